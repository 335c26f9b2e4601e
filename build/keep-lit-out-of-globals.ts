import type { Plugin } from 'vite';

/**
 * lit-html pushes its version onto a page global (`litHtmlVersions`, read only by Lit's dev mode).
 * The widget promises to add nothing to a host page's globals, so the shipped bundle leaves that
 * write out. (The rest of Lit's global writes belong to LitElement and ReactiveElement, which the
 * card does not use; see src/card-element.ts.) The rewrite must match exactly once, so a Lit
 * update that changes the line stops the build; the dist tests check `window` too.
 */
const LIT_GLOBAL_WRITES: { file: RegExp; pattern: RegExp; replacement: string; count: number }[] = [
  {
    file: /lit-html[\\/]lit-html\.js$/,
    pattern: /\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]*"\)/g,
    replacement: 'void 0',
    count: 1,
  },
];

export function keepLitOutOfGlobals(): Plugin {
  return {
    name: 'defus-info:keep-lit-out-of-globals',
    apply: 'build',
    transform(code, id) {
      const rewrites = LIT_GLOBAL_WRITES.filter(({ file }) => file.test(id));
      if (!rewrites.length) return null;
      let result = code;
      for (const { pattern, replacement, count } of rewrites) {
        const found = result.match(pattern)?.length ?? 0;
        if (found !== count)
          this.error(`${id}: expected ${count} match(es) of ${pattern}, found ${found}; Lit changed, review this rewrite.`);
        result = result.replace(pattern, replacement);
      }
      return { code: result, map: null };
    },
  };
}
