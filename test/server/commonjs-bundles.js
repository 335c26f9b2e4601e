// Serves CommonJS-only test dependencies (ajv) to the browser as one ES module each. The dev
// server resolves bare imports but does not convert CommonJS; bundling just these few files with
// esbuild on first request is smaller than a CommonJS transform for every module it serves.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * @param {string[]} paths served paths to bundle, as the dev server resolves them
 *   (`/node_modules/ajv/dist/2020.js`)
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function commonJsBundles(paths) {
  const bundles = new Map();
  const root = new URL('../../', import.meta.url);
  return {
    name: 'commonjs-bundles',
    async serve(context) {
      if (!paths.includes(context.path)) return undefined;
      if (!bundles.has(context.path)) {
        const result = build({
          entryPoints: [fileURLToPath(new URL(`.${context.path}`, root))],
          bundle: true,
          format: 'esm',
          platform: 'browser',
          write: false,
          logLevel: 'silent',
        }).then(({ outputFiles }) => outputFiles[0].text);
        bundles.set(context.path, result);
      }
      return { body: await bundles.get(context.path), type: 'js' };
    },
  };
}
