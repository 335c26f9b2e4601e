import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * The demo pages import `defus-info` from the sources, as the element's own module. Resolved here
 * rather than by an alias, to say that importing it has an effect (it defines <defus-info>):
 * package.json's `sideEffects` names only the shipped dist files, and a build would otherwise drop
 * the import.
 */
export function elementFromSources(): Plugin {
  const element = fileURLToPath(new URL('../src/defus-info.ts', import.meta.url));
  return {
    name: 'defus-info:element-from-sources',
    enforce: 'pre',
    resolveId: (source) => (source === 'defus-info' ? { id: element, moduleSideEffects: true } : null),
  };
}
