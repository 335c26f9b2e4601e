import type { Plugin } from 'vite';
import { handleDevApi } from '../scripts/dev-api.js';

/**
 * `npm start`: the built module at /dist/ and the built server renderer at /api/prerender, which
 * the configurator page (demo/configurator.html) needs to hash and pre-render what partners get.
 * The browser tests mount the same handler (web-test-runner.config.js).
 */
export function configuratorApi(): Plugin {
  return {
    name: 'defus-info:configurator-api',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        handleDevApi({ method: request.method ?? 'GET', path, body: request })
          .then((answer) => {
            if (!answer) return next();
            response.writeHead(answer.status, answer.headers);
            response.end(answer.body);
          })
          .catch(next);
      });
    },
  };
}
