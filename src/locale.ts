import { keepHyphenWithWord } from './typography.js';
import { isWebHref } from './url-safety.js';
import { LANGS, type ForumConfig, type Lang, type LocalizedText } from './config/types.js';

/** The card's own words: the ones no config provides. */
export interface UiStrings {
  office: string;
  newWindow: string;
}

export const UI_STRINGS: Readonly<Record<Lang, UiStrings>> = {
  de: { office: 'Geschäftsstelle', newWindow: '(öffnet in neuem Fenster)' },
  en: { office: 'Office', newWindow: '(opens in a new window)' },
  fr: { office: 'Bureau', newWindow: '(s’ouvre dans une nouvelle fenêtre)' },
};

/** `de-AT` → `de`; anything that is not one of {@link LANGS} → `undefined`. */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().split('-')[0]?.toLowerCase();
  return LANGS.find((lang) => lang === primary);
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

/** A text ready to render; `lang` is set only where it differs from the card's language. */
export interface Text {
  text: string;
  lang: Lang | undefined;
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
  lang: Lang;
  ui: UiStrings;
  name: Text;
  shortName: Text | undefined;
  summary: Text;
  description: Text | undefined;
  services: { intro: Text; items: Text[] } | undefined;
  /** The config's facts followed by its office, as label–value pairs. */
  facts: CardFact[];
  links: CardLink[];
}

function hasLang(text: LocalizedText, lang: Lang): boolean {
  return typeof text === 'string' || text[lang] !== undefined;
}

/**
 * Resolves a validated config into one language. The card is in the requested language when the
 * config's summary exists in it, else in the config's default language. A single text missing in
 * the card's language falls back to the default language, else to the first language it has, and
 * says so with its own `lang`.
 */
export function localize(config: ForumConfig, requested: Lang | undefined): CardContent {
  const fallback = config.defaultLang;
  const lang = requested && hasLang(config.summary, requested) ? requested : fallback;
  const pickRaw = (text: LocalizedText): Text => {
    if (typeof text === 'string') return { text, lang: undefined };
    const own = text[lang];
    if (own !== undefined) return { text: own, lang: undefined };
    // Validation guarantees every per-language text has at least one language.
    const other = hasLang(text, fallback) ? fallback : (LANGS.find((candidate) => hasLang(text, candidate)) as Lang);
    return { text: text[other] as string, lang: other };
  };
  const pick = (text: LocalizedText): Text => {
    const picked = pickRaw(text);
    return { ...picked, text: keepHyphenWithWord(picked.text) };
  };
  const ui = UI_STRINGS[lang];
  const { office, services } = config;
  const facts = (config.facts ?? []).map((fact) => ({ label: pick(fact.label), value: pick(fact.value) }));
  if (office) {
    facts.push({ label: { text: ui.office, lang: undefined }, value: pick(office.city) });
    if (office.lead) facts.push({ label: pick(office.lead.role), value: { text: office.lead.name, lang: undefined } });
  }
  return {
    lang,
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
