import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplates } from './build/minify-templates.js';
import { handleDevApi } from './scripts/dev-api.js';
import { version } from './package.json';

/**
 * Ships the config contract beside the module: the JSON Schema, and the built-in DEFUS config as
 * the template partners copy, pointing at the schema so that editors check and complete it.
 */
function emitConfigContract(): Plugin {
  return {
    name: 'defus-info:emit-config-contract',
    apply: 'build',
    async generateBundle() {
      const read = (name: string) => readFile(new URL(`./src/config/${name}`, import.meta.url), 'utf8');
      const config = JSON.parse(await read('defus.config.json')) as Record<string, unknown>;
      const withSchema = { $schema: `./${SCHEMA_FILE}`, ...config };
      this.emitFile({ type: 'asset', fileName: 'defus.config.json', source: `${JSON.stringify(withSchema, null, 2)}\n` });
      this.emitFile({ type: 'asset', fileName: SCHEMA_FILE, source: await read(SCHEMA_FILE) });
    },
  };
}

const SCHEMA_FILE = 'defus-info.schema.json';

/**
 * Lit is bundled into the module, and its BSD-3-Clause licence asks that its notice travel with
 * it: the module names its licence and Lit's in one comment, and THIRD-PARTY-LICENSES.txt carries
 * the full texts of every package the bundle holds code from, found from the bundle itself.
 */
function thirdPartyLicenses(): Plugin {
  return {
    name: 'defus-info:third-party-licenses',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const packages = new Set<string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of Object.keys(chunk.modules)) {
          const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id);
          if (match?.[1]) packages.add(match[1]);
        }
      }
      const notices = [];
      for (const directory of [...packages].sort()) {
        const packageJson = await readFile(`${directory}/package.json`, 'utf8');
        const manifest = JSON.parse(packageJson) as { name: string; version: string; license: string };
        const licence = await readFile(`${directory}/LICENSE`, 'utf8').catch(() => {
          this.error(`${manifest.name}: bundled, but it has no LICENSE file to ship with it`);
        });
        notices.push(`${manifest.name} ${manifest.version} (${manifest.license})\n\n${licence.trim()}\n`);
      }
      this.emitFile({
        type: 'asset',
        fileName: 'THIRD-PARTY-LICENSES.txt',
        source: `dist/defus-info.js bundles code from these packages:\n\n${notices.join('\n---\n\n')}`,
      });
    },
  };
}

/**
 * `defus-info/react`: the module itself, imported under the name whose declarations
 * (src/react.ts) type `<defus-info>` in React's JSX.
 */
function emitReactEntry(): Plugin {
  return {
    name: 'defus-info:react-entry',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'react.js', source: "import './defus-info.js';\n" });
    },
  };
}

/**
 * The oldest browsers the module is built for: Vite 8's "baseline widely available" set, written
 * out so that the README can state it and a Vite update cannot change it unnoticed.
 */
export const BROWSER_TARGETS = ['chrome111', 'edge111', 'firefox114', 'safari16.4', 'ios16.4'];

/**
 * V8's explicit compile hint (Chrome 136+): compile every function of this file while the script
 * loads, on a background thread for module scripts, instead of lazily on the first card's render.
 * Nearly every function in the module runs for that first card, so eager compilation is not
 * wasted; other engines read it as a comment. Written after minification, which drops comments.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** First the compile hint (V8 reads it only at the top), then the licence notice. */
const BANNER = `${COMPILE_HINT}\n/*! defus-info ${version} | EUPL-1.2 | bundles Lit, BSD-3-Clause, Copyright Google LLC: see THIRD-PARTY-LICENSES.txt */`;

/** The widget's own sources, whose templates the build minifies. */
const SOURCES = /[\\/]src[\\/].*\.ts$/;

/**
 * Vite rewrites the demo's entry <script> and drops its `blocking="render"`; put it back, so the
 * built demo's first paint already shows its cards, as the source page intends.
 */
function keepRenderBlocking(): Plugin {
  return {
    name: 'defus-info:keep-render-blocking',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(/<script type="module" crossorigin src=/g, '<script type="module" blocking="render" crossorigin src='),
    },
  };
}

/**
 * `npm start`: the built module at /dist/ and the built server renderer at /api/prerender, which
 * the configurator page (demo/configurator.html) needs to hash and pre-render what partners get.
 * The browser tests mount the same handler (web-test-runner.config.js).
 */
function configuratorApi(): Plugin {
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

/**
 * The demo pages import `defus-info` from the sources, as the element's own module. Resolved here
 * rather than by an alias, to say that importing it has an effect (it defines <defus-info>):
 * package.json's `sideEffects` names only the shipped dist files, and a build would otherwise drop
 * the import.
 */
function elementFromSources(): Plugin {
  const element = fileURLToPath(new URL('./src/defus-info.ts', import.meta.url));
  return {
    name: 'defus-info:element-from-sources',
    enforce: 'pre',
    resolveId: (source) => (source === 'defus-info' ? { id: element, moduleSideEffects: true } : null),
  };
}

const demo = { root: 'demo' };

export default defineConfig(({ command, mode }) =>
  command === 'serve'
    ? // `npm start`: the demo pages, importing the sources directly.
      { ...demo, server: { fs: { allow: ['..'] } }, plugins: [elementFromSources(), configuratorApi()] }
    : mode === 'ssr'
      ? // The Node side: the server renderer and the command line, with Lit and @lit-labs/ssr left
        // to Node's resolution (dependencies of the package). Written beside the browser module.
        {
          build: {
            ssr: true,
            outDir: 'dist',
            emptyOutDir: false,
            target: 'node20',
            rolldownOptions: { input: { ssr: 'src/ssr.ts', cli: 'src/cli.ts' }, output: { entryFileNames: '[name].js' } },
          },
          // The same template and style minification as the browser build: the pre-rendered card
          // must be the markup and the sheet the element renders.
          plugins: [minifyTemplates(SOURCES)],
        }
      : mode === 'demo'
        ? // `npm run bench`: the demo built as a partner would deploy it, for Lighthouse.
          {
            ...demo,
            // Relative asset URLs: the built demo works from any folder (the benchmark serves it at /demo/).
            base: './',
            build: { outDir: '../bench/.demo', emptyOutDir: true, target: BROWSER_TARGETS },
            plugins: [elementFromSources(), minifyTemplates(SOURCES), keepRenderBlocking()],
          }
        : {
            build: {
              lib: { entry: 'src/defus-info.ts', formats: ['es'], fileName: () => 'defus-info.js' },
              target: BROWSER_TARGETS,
              // Vite keeps whitespace in ES libraries for downstream bundlers; this module is loaded by
              // pages as it is, so it ships fully minified.
              rolldownOptions: { output: { minify: true, postBanner: BANNER } },
            },
            plugins: [
              minifyTemplates(SOURCES),
              emitConfigContract(),
              emitReactEntry(),
              thirdPartyLicenses(),
            ],
          },
);
