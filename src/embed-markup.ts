/**
 * Writing an embed snippet as HTML text: the server renderer (src/ssr.ts), the docs (scripts/docs.js)
 * and the configurators write `<defus-info>` markup that partners paste into pages.
 */

/** A value for a double-quoted attribute. */
export const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Text between tags. */
export const escapeText = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * JSON text as the content of a `<script type="application/json">`. In a script only "</script"
 * and "<!--" end or disturb the data; valid JSON has a "<" only inside strings, where \u003c means
 * the same, and invalid JSON stays as invalid, at the same position.
 */
export const jsonScriptData = (json: string): string => json.replace(/</g, '\\u003c');

/** The no-JavaScript fallback link's text: the forum's names as the card's heading shows them. */
export const fallbackName = (shortName: string | undefined, name: string): string =>
  shortName ? `${shortName} – ${name}` : name;

/** Elements whose content the HTML parser reads as raw text, where character references mean nothing. */
const RAW_TEXT = /(<script\b[^>]*>[\s\S]*?<\/script>|<style\b[^>]*>[\s\S]*?<\/style>)/;

const hex = (character: string): string => (character.codePointAt(0) ?? 0).toString(16).toUpperCase();

/**
 * The same markup in ASCII only, so that it reads the same whatever encoding a server or a page
 * declares, or none (a `card.html` served without a charset is read as windows-1252). Outside raw
 * text each other character becomes a character reference; inside `<script type="application/json">`
 * a JSON `\u` escape (UTF-16 units, as JSON has them); inside `<style>` a CSS escape.
 */
export function asciiOnly(html: string): string {
  return html
    .split(RAW_TEXT)
    .map((part) => {
      if (part.startsWith('<script')) {
        return part.replace(/[^\0-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
      }
      if (part.startsWith('<style')) return part.replace(/[^\0-\x7f]/gu, (character) => `\\${hex(character)} `);
      return part.replace(/[^\0-\x7f]/gu, (character) => `&#x${hex(character)};`);
    })
    .join('');
}

/** The module's script tag as every snippet writes it: pinned to the exact file by its integrity. */
const moduleTag = (moduleUrl: string, integrity: string): string =>
  `<script type="module" src="${escapeAttribute(moduleUrl)}" integrity="${escapeAttribute(integrity)}" crossorigin="anonymous"></script>`;

/**
 * The snippet the docs and the release kit's configurator recommend: the module's script tag and the
 * pre-rendered card (`prerender()`'s `html`). A reserved height cannot follow the text's wrapping in
 * the page's font, a pre-rendered card is that text: exactly the card's height at every width, from
 * the first paint and without JavaScript, and the element takes it over with no shift. Its cost: about
 * 4.6–4.7 kB of markup, and a `style-src` hash under a strict Content-Security-Policy (`STYLE_HASH`).
 */
export const recommendedSnippet = (moduleUrl: string, integrity: string, prerenderedCard: string): string =>
  `${moduleTag(moduleUrl, integrity)}\n${prerenderedCard}`;

/**
 * The style that keeps a `src` config's card free, which cannot be pre-rendered (its text arrives
 * with the config): a container around the card and, for each column width in `heights`, the
 * tallest card's height at that width, kept free from that width up to the next. A card is never
 * taller within a band than at its narrowest width, so the text below it never moves; it is shorter
 * in other fonts and wider columns, and that space stays empty (docs/embedding.md).
 */
export function reserveStyle(heights: readonly (readonly [width: number, height: number])[]): string {
  const card = '.defus-info-slot>defus-info';
  const [first, ...rest] = heights;
  if (!first) return '';
  const rules = ['.defus-info-slot{container-type:inline-size}', `${card}{display:block;min-height:${first[1]}px}`];
  let previous = first[1];
  for (const [width, height] of rest) {
    // A band as tall as the one before needs no rule of its own.
    if (height !== previous) rules.push(`@container (min-width:${width}px){${card}{min-height:${height}px}}`);
    previous = height;
  }
  return rules.join('');
}

/** A card as a snippet describes it: the configurators build their preview and their snippet from it. */
export interface Embed {
  /** In the order the server renderer writes them, so that the snippet's start tag is the one `defus-info render` writes. */
  attributes: [name: string, value: string][];
  /** The text of its `<script type="application/json">`, exactly as the snippet writes it. */
  inlineJson: string | undefined;
}

/** The card as the snippet describes it, built with DOM APIs: nothing an editor typed is parsed as HTML. */
export function cardFor(embed: Embed): HTMLElementTagNameMap['defus-info'] {
  const card = document.createElement('defus-info');
  for (const [name, value] of embed.attributes) card.setAttribute(name, value);
  if (embed.inlineJson !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = embed.inlineJson;
    card.append(script);
  }
  return card;
}
