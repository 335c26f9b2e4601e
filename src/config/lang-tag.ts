/*
 * Language tags as configs write them: any well-formed BCP 47 language tag (`it`, `nl-BE`,
 * `pt-BR`, `sr-Latn`, `de-CH-1996`, `de-x-ls`), compared in the canonical form
 * `Intl.getCanonicalLocales` gives (`pt-br` → `pt-BR`, `iw` → `he`).
 */

/** Longest language tag a config may use, in characters; a longer key is refused before anything parses it. */
export const MAX_TAG_LENGTH = 64;

/**
 * A language tag: a language of 2 or 3 letters, then optionally a script, a region, variants and
 * private-use subtags, in any letter case. The same pattern is the schema's. BCP 47 also reserves
 * language subtags of 5 to 8 letters, but no language has one, and a key such as `titel` is far
 * more likely a misspelt key. `Intl` then also refuses a tag that repeats a variant
 * (`de-1996-1996`), which a pattern cannot see.
 */
export const LANG_TAG_PATTERN =
  /^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[0-9A-Za-z]{5,8}|[0-9][0-9A-Za-z]{3}))*(?:-[Xx](?:-[0-9A-Za-z]{1,8})+)?$/;

/** The canonical form of a well-formed language tag; `undefined` for anything else. Never throws. */
export function canonicalTag(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || tag.length > MAX_TAG_LENGTH || !LANG_TAG_PATTERN.test(tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * The tags to try for `tag`, longest first, as RFC 4647 lookup truncates: `de-CH-1996` → `de-CH`
 * → `de`; a private-use singleton goes with the subtag after it (`de-x-ls` → `de`).
 */
export function tagPrefixes(tag: string): string[] {
  const prefixes = [tag];
  for (let end = tag.lastIndexOf('-'); end > 0; end = tag.lastIndexOf('-', end - 1)) {
    if (tag[end - 2] === '-') continue; // "…-x" would end in a singleton
    prefixes.push(tag.slice(0, end));
  }
  return prefixes;
}

/** The language subtag alone: `pt-BR` → `pt`. */
export const primaryLanguage = (tag: string): string => tag.split('-')[0] as string;
