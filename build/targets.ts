import { readFileSync } from 'node:fs';

/**
 * The oldest browsers the module is built for: Vite 8's "baseline widely available" set, written
 * out so that the docs can state it and a Vite update cannot change it unnoticed.
 */
export const BROWSER_TARGETS = ['chrome111', 'edge111', 'firefox114', 'safari16.4', 'ios16.4'];

/**
 * V8's explicit compile hint (Chrome 136+): compile every function of this file while the script
 * loads, on a background thread for module scripts, instead of lazily on the first card's render.
 * Nearly every function in the module runs for that first card, so eager compilation is not
 * wasted; other engines read it as a comment. Written after minification, which drops comments.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

// Read, not imported: a JSON import in the config is what Vite's config loader warns about.
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** First the compile hint (V8 reads it only at the top), then the licence notice. */
export const BANNER = `${COMPILE_HINT}\n/*! defus-info ${version} | EUPL-1.2 | bundles Lit, BSD-3-Clause, Copyright Google LLC: see THIRD-PARTY-LICENSES.txt */`;

/** The widget's own sources, whose templates the build minifies. */
export const SOURCES = /[\\/]src[\\/].*\.ts$/;
