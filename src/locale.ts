import { keepHyphenWithWord } from './typography.js';
import { isWebHref } from './url-safety.js';
import { canonicalTag, primaryLanguage, tagPrefixes } from './config/lang-tag.js';
import type { ForumConfig, Lang, LocalizedText } from './config/types.js';
import { translationFor, type Translation } from './translations/index.js';

export type Direction = 'ltr' | 'rtl';

/** Scripts written right to left that living languages use. */
const RTL_SCRIPTS = /^(?:Adlm|Arab|Hebr|Mand|Nkoo|Rohg|Samr|Syrc|Thaa|Yezi)$/;
/** Every two-letter language written right to left when no script is given, as CLDR's likely subtags say. */
const RTL_LANGUAGES = /^(?:ar|dv|fa|he|ks|ps|sd|ug|ur|yi)$/;

/**
 * The writing direction of a canonical language tag, from its script, written (`az-Arab`) or likely
 * (`ar` → Arab). Two-letter languages by a list, because the engine's likely-subtags lookup
 * (`Intl.Locale#maximize`) costs tens of milliseconds the first time on a page; only a rarer
 * three-letter language (`ckb`, `syr`) pays for it.
 */
export function directionOf(lang: Lang): Direction {
  const [language = '', script] = lang.split('-');
  if (script?.length === 4) return RTL_SCRIPTS.test(script) ? 'rtl' : 'ltr';
  if (language.length === 2) return RTL_LANGUAGES.test(language) ? 'rtl' : 'ltr';
  try {
    return RTL_SCRIPTS.test(new Intl.Locale(lang).maximize().script ?? '') ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/**
 * The language of `available` to use for `requested`: the same tag, else its shorter prefixes
 * (`de-CH` → `de`), else the first of the same language in another form (`pt` → `pt-PT`). All
 * tags canonical; `undefined` when none fits.
 */
export function matchLang(requested: Lang | undefined, available: readonly Lang[]): Lang | undefined {
  if (requested === undefined) return undefined;
  const exact = tagPrefixes(requested).find((prefix) => available.includes(prefix));
  const language = primaryLanguage(requested);
  return exact ?? available.find((tag) => primaryLanguage(tag) === language);
}

/**
 * The language an element is in: its own `lang`, else the nearest ancestor's, looking through
 * shadow roots, because a card inside another component still belongs to that page's text.
 */
export function inheritedLang(element: Element): string | undefined {
  for (let node: Element | null = element; node;) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return lang;
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return undefined;
}

/**
 * A text ready to render; `lang` is set only where it differs from the card's language (a text
 * that fell back to another language), `dir` only where that language's direction differs too.
 */
export interface Text {
  text: string;
  lang: Lang | undefined;
  dir?: Direction;
}

export interface CardFact {
  label: Text;
  value: Text;
}

export interface CardLink {
  href: string;
  label: Text;
  /** http(s) link: gets `rel="noopener noreferrer"`. */
  external: boolean;
  newWindow: boolean;
}

/** One config in one language: everything the template needs, nothing it has to look up. */
export interface CardContent {
  /** The language the card's texts are written in: canonical, one the config has (or its `defaultLang`). */
  lang: Lang;
  dir: Direction;
  /** The card's own words, in its language or, from English, marked as English. */
  ui: { office: Text; newWindow: Text };
  name: Text;
  shortName: Text | undefined;
  summary: Text;
  description: Text | undefined;
  services: { intro: Text; items: Text[] } | undefined;
  /** The config's facts followed by its office, as label–value pairs. */
  facts: CardFact[];
  links: CardLink[];
}

/** Every text of a config, to learn which languages it has. */
function textsOf({ name, shortName, summary, description, services, facts, office, links }: ForumConfig): LocalizedText[] {
  return [
    name,
    shortName ?? '',
    summary,
    description ?? '',
    ...(services ? [services.intro, ...services.items] : []),
    ...(facts ?? []).flatMap((fact) => [fact.label, fact.value]),
    office?.city ?? '',
    office?.lead?.role ?? '',
    ...links.map((link) => link.label),
  ];
}

/**
 * The languages a config is written in: its summary's, since the card is only in a language its
 * summary has; for a summary that is one string in every language, every language any text has.
 */
export function configLangs(config: ForumConfig): Lang[] {
  const { summary, defaultLang } = config;
  if (typeof summary !== 'string') return Object.keys(summary);
  const langs = new Set<Lang>([defaultLang]);
  for (const text of textsOf(config)) if (typeof text !== 'string') for (const lang of Object.keys(text)) langs.add(lang);
  return [...langs];
}

/**
 * Resolves a validated config into one language. `requested` (the card's `lang`, else its
 * ancestors') is matched against the languages the config has: the same tag, its shorter prefixes
 * (`de-CH` → `de`), a form of the same language (`pt` → `pt-PT`); else the config's `defaultLang`.
 * A single text missing in that language falls back by the same steps, then to `defaultLang`, then
 * to the first language it has, and carries its own `lang` (and `dir`, where it differs).
 */
export function localize(config: ForumConfig, requested: string | null | undefined): CardContent {
  const fallback = config.defaultLang;
  const lang = matchLang(canonicalTag(requested?.trim()), configLangs(config)) ?? fallback;
  const dir = directionOf(lang);
  const marked = (text: string, own: Lang, ownDir: Direction = directionOf(own)): Text =>
    ownDir === dir ? { text, lang: own } : { text, lang: own, dir: ownDir };
  const pickRaw = (text: LocalizedText): Text => {
    if (typeof text === 'string') return { text, lang: undefined };
    const langs = Object.keys(text);
    // Validation guarantees every per-language text has at least one language.
    const used = (matchLang(lang, langs) ?? matchLang(fallback, langs) ?? langs[0]) as Lang;
    return used === lang ? { text: text[used] as string, lang: undefined } : marked(text[used] as string, used);
  };
  const words: Translation = translationFor(tagPrefixes(lang));
  const word = (text: string): Text =>
    words.$code === primaryLanguage(lang) ? { text, lang: undefined } : marked(text, words.$code, words.$dir);
  const ui = { office: word(words.office), newWindow: word(words.newWindow) };
  const pick = (text: LocalizedText): Text => {
    const picked = pickRaw(text);
    return { ...picked, text: keepHyphenWithWord(picked.text) };
  };
  const { office, services } = config;
  const facts = (config.facts ?? []).map((fact) => ({ label: pick(fact.label), value: pick(fact.value) }));
  if (office) {
    facts.push({ label: ui.office, value: pick(office.city) });
    if (office.lead) facts.push({ label: pick(office.lead.role), value: { text: office.lead.name, lang: undefined } });
  }
  return {
    lang,
    dir,
    ui,
    name: pick(config.name),
    shortName: config.shortName === undefined ? undefined : pick(config.shortName),
    summary: pick(config.summary),
    description: config.description === undefined ? undefined : pick(config.description),
    services: services && { intro: pick(services.intro), items: services.items.map(pick) },
    facts,
    links: config.links.map((link) => ({
      href: link.href,
      label: pick(link.label),
      external: isWebHref(link.href),
      newWindow: link.newWindow === true,
    })),
  };
}
