import type { Plugin } from 'vite';
import { handleDevApi } from '../scripts/dev-api.js';

/**
 * `npm start`: the built files at /dist/, as they ship. The browser tests mount the same handler
 * (web-test-runner.config.js).
 */
export function configuratorApi(): Plugin {
  return {
    name: 'defus-info:configurator-api',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        handleDevApi({ method: request.method ?? 'GET', path })
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
