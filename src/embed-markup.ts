/**
 * Writing an embed snippet as HTML text: the server renderer (src/ssr.ts) and the configurator
 * page (demo/configurator.ts) both write `<defus-info>` markup that partners paste into pages.
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
