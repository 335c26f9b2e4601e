// The built-in card pre-rendered (declarative shadow DOM) for every language × variant × theme ×
// heading level, for CMS integrations whose server cannot run Lit's server renderer (PHP): each
// release carries these files and picks one per card. Needs dist/ssr.js (`npm run build`).
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The name a release gives one pre-rendered card: `de-card-light-h2`. */
export const prerenderedName = ({ lang, variant, theme, headingLevel }) => `${lang}-${variant}-${theme}-h${headingLevel}`;

/**
 * Every combination's inner markup (what goes inside `<defus-info>`), by `prerenderedName`, with the
 * built-in card's languages, its default language and the CSP hash of the `<style>` all cards share.
 */
export async function prerenderedBuiltin() {
  const { prerender, BUILTIN_LANGS, VARIANTS, THEMES, HEADING_LEVELS, STYLE_HASH } = await import(
    pathToFileURL(join(ROOT, 'dist/ssr.js')).href
  );
  const cards = {};
  for (const lang of BUILTIN_LANGS) {
    for (const variant of VARIANTS) {
      for (const theme of THEMES) {
        for (const headingLevel of HEADING_LEVELS) {
          const options = { lang, variant, theme, headingLevel };
          const { html, warnings } = prerender(options);
          if (warnings.length) throw new Error(`The built-in card warns: ${warnings.join(' ')}`);
          const inner = html.match(/^<defus-info[^>]*>([\s\S]*)<\/defus-info>\s*$/)?.[1];
          if (!inner) throw new Error(`Unexpected pre-rendered card for ${prerenderedName(options)}`);
          cards[prerenderedName(options)] = inner;
        }
      }
    }
  }
  return { cards, langs: [...BUILTIN_LANGS], styleHash: STYLE_HASH };
}
