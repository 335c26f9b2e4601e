// The release kit's configurator script (kit/configurator.ts) as one ES module, which
// scripts/release.js writes into kit/index.html. The server renderer's code comes with it, with the
// same template and style minification as dist/ssr.js, so both give the same markup.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplates } from '../build/minify-templates.js';
import { SOURCES } from '../build/targets.js';
import { bundledPackageDirectories } from '../build/third-party-licenses.js';

/**
 * Names the packages the bundle holds code from (packages.json beside it), so that release.js puts
 * their licences in the kit, as the module's build does for dist/THIRD-PARTY-LICENSES.txt.
 */
function bundledPackages(): Plugin {
  return {
    name: 'defus-info:kit-bundled-packages',
    generateBundle(_options, bundle) {
      this.emitFile({
        type: 'asset',
        fileName: 'packages.json',
        source: JSON.stringify(bundledPackageDirectories(bundle), null, 2),
      });
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('../dist/kit', import.meta.url)),
    emptyOutDir: true,
    target: ['chrome111', 'edge111', 'firefox114', 'safari16.4'],
    lib: { entry: 'configurator.ts', formats: ['es'], fileName: () => 'configurator.js' },
    rolldownOptions: { output: { minify: true } },
  },
  plugins: [minifyTemplates(SOURCES), bundledPackages()],
});
