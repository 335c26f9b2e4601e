// The four ways Vite runs here, each a named config; the plugins live in build/, one a module.
//   npm start              → devServer      (the demo pages, importing the sources, and the kit's configurator)
//   vite build             → library        (dist/defus-info.js and what ships beside it)
//   vite build --mode ssr  → serverRenderer (dist/ssr.js and dist/cli.js, for Node)
//   vite build --mode demo → demoBuild      (the demo as a partner deploys it, for npm run bench)
import { defineConfig, type UserConfig } from 'vite';
import { emitConfigContract } from './build/config-contract.js';
import { elementFromSources } from './build/element-from-sources.js';
import { keepRenderBlocking } from './build/keep-render-blocking.js';
import { kitPage } from './build/kit-page.js';
import { minifyTemplates } from './build/minify-templates.js';
import { emitReactEntry } from './build/react-entry.js';
import { BANNER, BROWSER_TARGETS, SOURCES } from './build/targets.js';
import { thirdPartyLicenses } from './build/third-party-licenses.js';

/**
 * `npm start`: the demo pages, importing the sources directly. Lit in its production build, as
 * partners get it: without the `development` condition Vite would otherwise add when serving, so
 * the console shows no "Lit is in dev mode" (test/node/start.test.js; the browser tests keep
 * Lit's development build for its extra checks).
 */
const devServer: UserConfig = {
  root: 'demo',
  server: { fs: { allow: ['..'] } },
  resolve: { conditions: ['module', 'browser', 'production'] },
  plugins: [elementFromSources(), kitPage()],
};

/** `vite build`: the browser module, fully minified, with its config contract and licences. */
const library: UserConfig = {
  build: {
    lib: { entry: 'src/defus-info.ts', formats: ['es'], fileName: () => 'defus-info.js' },
    target: BROWSER_TARGETS,
    // Vite keeps whitespace in ES libraries for downstream bundlers; this module is loaded by
    // pages as it is, so it ships fully minified.
    rolldownOptions: { output: { minify: true, postBanner: BANNER } },
  },
  plugins: [minifyTemplates(SOURCES), emitConfigContract(), emitReactEntry(), thirdPartyLicenses()],
};

/**
 * `vite build --mode ssr`: the server renderer and the command line, with Lit and @lit-labs/ssr
 * left to Node's resolution (dependencies of the package), written beside the browser module.
 * The same template and style minification as the library: the pre-rendered card must be the
 * markup and the sheet the element renders.
 */
const serverRenderer: UserConfig = {
  build: {
    ssr: true,
    outDir: 'dist',
    emptyOutDir: false,
    target: 'node20',
    rolldownOptions: { input: { ssr: 'src/ssr.ts', cli: 'src/cli.ts' }, output: { entryFileNames: '[name].js' } },
  },
  plugins: [minifyTemplates(SOURCES)],
};

/**
 * `vite build --mode demo` (`npm run bench`): the demo built as a partner would deploy it, for
 * Lighthouse, with relative asset URLs so that it works from any folder (the benchmark serves it
 * at /demo/).
 */
const demoBuild: UserConfig = {
  root: 'demo',
  base: './',
  build: { outDir: '../bench/.demo', emptyOutDir: true, target: BROWSER_TARGETS },
  plugins: [elementFromSources(), minifyTemplates(SOURCES), keepRenderBlocking()],
};

/** Each build by its `--mode` (`vite build` alone is `production`). */
const BUILDS: Record<string, UserConfig> = { production: library, ssr: serverRenderer, demo: demoBuild };

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') return devServer;
  const config = BUILDS[mode];
  if (!config) throw new Error(`vite.config.ts: no build for --mode ${mode}; known: ${Object.keys(BUILDS).join(', ')}`);
  return config;
});
