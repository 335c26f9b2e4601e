import { readFile } from 'node:fs/promises';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplates } from './build/minify-templates.js';

/**
 * Lit announces itself in page globals (`litHtmlVersions` and friends), which only its dev mode
 * reads. The widget promises to add nothing to a host page's globals, so the shipped bundle drops
 * those lines; a test of the built module checks that `window` gains no property.
 */
function dropLitVersionGlobals(): Plugin {
  const versionPush = /\((\w+)\.(?:litHtml|litElement|reactiveElement)Versions\s*\?\?=\s*\[\]\)\.push\([^)]*\)/g;
  return {
    name: 'defus-info:drop-lit-version-globals',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return null;
      return versionPush.test(code) ? code.replace(versionPush, 'void 0') : null;
    },
  };
}

/** Ships the built-in DEFUS config beside the module: the template partners copy. */
function emitBuiltinConfig(): Plugin {
  return {
    name: 'defus-info:emit-builtin-config',
    apply: 'build',
    async generateBundle() {
      const source = await readFile(new URL('./src/config/defus.config.json', import.meta.url), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'defus.config.json', source });
    },
  };
}

export default defineConfig(({ command }) =>
  command === 'serve'
    ? {
        // `npm start`: the demo page, importing the sources directly.
        root: 'demo',
        server: { fs: { allow: ['..'] } },
      }
    : {
        build: {
          lib: { entry: 'src/defus-info.ts', formats: ['es'], fileName: () => 'defus-info.js' },
          // Vite keeps whitespace in ES libraries for downstream bundlers; this module is loaded by
          // pages as it is, so it ships fully minified.
          rolldownOptions: { output: { minify: true } },
        },
        plugins: [minifyTemplates(/[\\/]src[\\/].*\.ts$/), dropLitVersionGlobals(), emitBuiltinConfig()],
      },
);
