/**
 * Server-side rendering of `<defus-info>` (Node): the card as HTML with a declarative shadow root,
 * readable before any script runs and where scripts are blocked. It draws the browser's own
 * template and style sheet with `@lit-labs/ssr`, and validates and localizes the config with the
 * browser's own code, so the markup is what the element renders. The element, once its module
 * loads, replaces the pre-rendered root with its first render in one task: nothing blinks or moves.
 *
 * Importing it installs Lit's minimal DOM shim (`customElements`, `HTMLElement` and a few more) on
 * the Node process's globals, as every use of `@lit-labs/ssr` does.
 */
import { createHash } from 'node:crypto';
import { BUILTIN } from './config/builtin.js';
import type { Lang } from './config/types.js';
import { configLangs } from './locale.js';
import { STYLE_TEXT } from './prerender.js';

export { prerender, type Prerendered, type PrerenderOptions } from './prerender.js';
export type { ConfigProblem, ForumConfig, Lang } from './config/types.js';
export { HEADING_LEVELS, THEMES, VARIANTS, type DefusInfoTheme, type DefusInfoVariant } from './card-options.js';
export { canonicalTag } from './config/lang-tag.js';
export { recommendedSnippet, reserveStyle } from './embed-markup.js';

/** The languages the built-in DEFUS card is written in; a card in any other language shows it in German. */
export const BUILTIN_LANGS: readonly Lang[] = configLangs(BUILTIN);

/**
 * The CSP source expression that allows the pre-rendered card's `<style>` under a
 * Content-Security-Policy without `'unsafe-inline'`. The same for every card.
 */
export const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE_TEXT).digest('base64')}'`;
