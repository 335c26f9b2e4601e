import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { build, type Plugin, type Rollup } from 'vite';
import { configuratorPage } from '../scripts/release.js';

const KIT_CONFIG = new URL('../kit/vite.config.ts', import.meta.url);
const BUILT_MODULE = new URL('../dist/defus-info.js', import.meta.url);
const PACKAGE = new URL('../package.json', import.meta.url);

/**
 * The release kit's configurator page as `npm start` serves it, at /configurator.html: the page
 * scripts/release.js writes into the kit, from the built module (dist/defus-info.js, which `npm start`
 * builds first) and the configurator's code, bundled afresh from kit/ on each request, so that the
 * developers' demo and the editors' kit share one configurator.
 */
export function kitPage(): Plugin {
  return {
    name: 'defus-info:kit-page',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        if (request.method !== 'GET' || path !== '/configurator.html') return next();
        renderPage()
          .then((page) => {
            response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
            response.end(page);
          })
          .catch(next);
      });
    },
  };
}

async function renderPage(): Promise<string> {
  const [moduleText, packageText, output] = await Promise.all([
    readFile(BUILT_MODULE, 'utf8'),
    readFile(PACKAGE, 'utf8'),
    build({ configFile: KIT_CONFIG.pathname, logLevel: 'warn', build: { write: false } }),
  ]);
  const chunk = (Array.isArray(output) ? output : [output as Rollup.RollupOutput])
    .flatMap((result) => result.output)
    .find((file): file is Rollup.OutputChunk => file.type === 'chunk' && file.fileName === 'configurator.js');
  if (!chunk) throw new Error('kit/vite.config.ts gave no configurator.js');
  const { version } = JSON.parse(packageText) as { version: string };
  const integrity = `sha384-${createHash('sha384').update(moduleText).digest('base64')}`;
  return configuratorPage({ version, module: moduleText, integrity, code: chunk.code });
}
