import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/**
 * The two framework apps, built as one ES library with an entry each: dist/react-app.js and
 * dist/vue-app.js, each exporting `mount(container)`. React and Vue are bundled in, as production
 * builds; the widget they both import is bundled once, into a chunk both entries share, so a page
 * that loads both apps defines <defus-info> once.
 *
 * `import 'defus-info'` resolves as in a consumer's app: through the `exports` map of the package
 * (this repository's own package.json, reached by Node's self-reference), to the BUILT
 * dist/defus-info.js, never to src/.
 */
export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  // Library builds leave process.env.NODE_ENV to the consumer; these bundles are the consumer.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // JSX in .tsx, compiled by Vite's own Oxc transform: no @vitejs/plugin-react needed.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'defus-info' } } })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    lib: {
      entry: { 'react-app': 'react-app/main.tsx', 'vue-app': 'vue-app/main.ts' },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: { output: { chunkFileNames: '[name]-[hash].js' } },
  },
});
