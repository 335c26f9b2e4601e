import type { Plugin } from 'vite';

/**
 * `defus-info/react`: the module itself, imported under the name whose declarations
 * (src/react.ts) type `<defus-info>` in React's JSX.
 */
export function emitReactEntry(): Plugin {
  return {
    name: 'defus-info:react-entry',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'react.js', source: "import './defus-info.js';\n" });
    },
  };
}
