/**
 * A BCP 47 language tag (`de`, `it`, `nl-BE`, `pt-BR`, `sr-Latn`). A validated config holds every
 * tag in its canonical form (`Intl.getCanonicalLocales`), so tags compare as strings.
 */
export type Lang = string;

/**
 * A text as a config writes it: one string for every language (a proper name such as "DEFUS"),
 * or strings by language tag, at least one. A language a text lacks falls back to a text of the
 * same language (`pt` for `pt-BR`, or the other way round), else to the config's `defaultLang`,
 * else to the first language it has, and is then marked with its own `lang`.
 */
export type LocalizedText = string | { readonly [lang: Lang]: string };

export interface ConfigLink {
  /** Absolute `https:`, `http:`, `mailto:` or `tel:` URL. */
  readonly href: string;
  /** Link text that makes sense on its own, e.g. "DEFUS website: www.defus.de". */
  readonly label: LocalizedText;
  /** Open in a new window; the card then tells screen-reader users so. */
  readonly newWindow?: boolean;
}

export interface ConfigFact {
  readonly label: LocalizedText;
  readonly value: LocalizedText;
}

export interface ConfigOffice {
  /** Where the forum's office is, e.g. "Hannover". */
  readonly city: LocalizedText;
  /** Who leads the office. */
  readonly lead?: {
    readonly name: string;
    /** The lead's title, e.g. "Geschäftsführerin". */
    readonly role: LocalizedText;
  };
}

/**
 * Everything a card shows, for one Efus national forum (format version 1). A config is
 * complete in itself: the card never mixes two configs, so no fact of one forum can appear
 * on another forum's card.
 */
export interface ForumConfig {
  /** Where an editor finds the JSON Schema; the widget ignores it. */
  readonly $schema?: string;
  /** Format version; this widget reads version 1, which is also what a config without it means. */
  readonly version?: 1;
  /** The language the card is in when the page's language is not one the config has: any language tag. */
  readonly defaultLang: Lang;
  /** Full name, the card's heading. */
  readonly name: LocalizedText;
  /** Short name or acronym, shown above the full name. */
  readonly shortName?: LocalizedText;
  /** One or two sentences on what the forum is; both variants show it. */
  readonly summary: LocalizedText;
  /** More on what the forum does; only the full card shows it. */
  readonly description?: LocalizedText;
  /** What the forum offers its members: a lead-in sentence and a list. */
  readonly services?: {
    readonly intro: LocalizedText;
    readonly items: readonly LocalizedText[];
  };
  /** Label–value pairs, shown as a definition list. */
  readonly facts?: readonly ConfigFact[];
  readonly office?: ConfigOffice;
  /** Contact links; the first is the card's prominent contact link. At least one. */
  readonly links: readonly ConfigLink[];
}

/** Where a config came from, lowest precedence first. */
export type ConfigSource = 'builtin' | 'inline' | 'src' | 'property';

/** One thing wrong with a config or with getting it. */
export interface ConfigProblem {
  readonly source: ConfigSource;
  /** JSON path inside the config (`summary.en`, `links[0].href`), or `""` for the whole document. */
  readonly path: string;
  /** The `src` URL, when the config came from one. */
  readonly url?: string;
  /** What the widget expected there. */
  readonly expected: string;
  /** What it found instead. */
  readonly found: string;
  /** One readable line with all of the above; also what the console warning says. */
  readonly message: string;
}
