// `cem analyze` (run by `npm run build`): dist/custom-elements.json and, from it, the editors'
// data (VS Code HTML/CSS custom data, JetBrains web-types), all referenced from package.json.
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { shippedApiPlugin } from './build/manifest-plugin.js';

const editorData = { outdir: 'dist', hideLogs: true };

export default {
  // The element, and the module its attribute defaults are read from.
  globs: ['src/defus-info.ts', 'src/card-options.ts'],
  outdir: 'dist',
  // The element is a LitElement: `static properties` is read as Lit reads it.
  litelement: true,
  // package.json points at the manifest itself; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [
    shippedApiPlugin(),
    customElementVsCodePlugin({
      ...editorData,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    customElementJetBrainsPlugin({ ...editorData, webTypesFileName: 'web-types.json', packageJson: false }),
  ],
};
