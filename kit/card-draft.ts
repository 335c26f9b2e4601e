// The card editor's model ("Die Karte Ihres Forums"): a forum's card as the form holds it, one text
// per field and language, and the two ways between it and a config file. The form never checks a
// value itself: the config it writes goes through the card's own validator (src/config/validate.ts),
// and each problem's path names the field it belongs to.
import { canonicalTag } from '../src/config/lang-tag.js';
import { MAX_LIST_LENGTH, validateConfig, type ConfigIssue } from '../src/config/validate.js';

/** One field's text by language tag; an empty or blank text is left out of the config. */
export type Texts = Record<string, string>;

/** Rows of a list keep an id of their own, so that a moved row keeps its fields (and the focus). */
export interface ServiceRow {
  id: number;
  text: Texts;
}
export interface FactRow {
  id: number;
  label: Texts;
  value: Texts;
}
export interface LinkRow {
  id: number;
  href: string;
  label: Texts;
  newWindow: boolean;
}

export interface CardDraft {
  /** The card's languages, in the order the config lists them. */
  langs: string[];
  defaultLang: string;
  name: Texts;
  shortName: Texts;
  summary: Texts;
  description: Texts;
  servicesIntro: Texts;
  services: ServiceRow[];
  facts: FactRow[];
  officeCity: Texts;
  leadName: string;
  leadRole: Texts;
  links: LinkRow[];
}

export type ListName = 'services' | 'facts' | 'links';

/** Where the schema lives beside a config in the kit, as the template defus.config.json is. */
export const SCHEMA_REFERENCE = './defus-info.schema.json';

let lastRowId = 0;
const rowId = (): number => (lastRowId += 1);

export const emptyLink = (): LinkRow => ({ id: rowId(), href: '', label: {}, newWindow: false });

export function emptyRow(list: ListName): ServiceRow | FactRow | LinkRow {
  if (list === 'services') return { id: rowId(), text: {} };
  if (list === 'facts') return { id: rowId(), label: {}, value: {} };
  return emptyLink();
}

/** A new card in one language: no DEFUS text in it, only an empty contact link, which every card needs. */
export function emptyDraft(lang: string): CardDraft {
  return {
    langs: [lang],
    defaultLang: lang,
    name: {},
    shortName: {},
    summary: {},
    description: {},
    servicesIntro: {},
    services: [],
    facts: [],
    officeCity: {},
    leadName: '',
    leadRole: {},
    links: [emptyLink()],
  };
}

export const MAX_ROWS = MAX_LIST_LENGTH;

const hasText = (text: string | undefined): text is string => text !== undefined && /\S/.test(text);

/** A text in the card's languages, in their order; undefined when no language has one. */
function localized(texts: Texts, langs: readonly string[]): Texts | undefined {
  const filled = langs.filter((lang) => hasText(texts[lang]));
  return filled.length ? Object.fromEntries(filled.map((lang) => [lang, texts[lang] as string])) : undefined;
}

const anyText = (texts: Texts, langs: readonly string[]): boolean => langs.some((lang) => hasText(texts[lang]));

/**
 * The config the form says, as the card and the snippet get it. Optional parts the editor left
 * empty are left out; a required part left empty is left out too, so that the validator names it.
 * An empty row stays (as an empty text), so that its problem shows at its own fields.
 */
export function draftConfig(draft: CardDraft): Record<string, unknown> {
  const { langs } = draft;
  const text = (texts: Texts) => localized(texts, langs);
  const config: Record<string, unknown> = { version: 1, defaultLang: draft.defaultLang };
  const put = (key: string, value: unknown) => {
    if (value !== undefined) config[key] = value;
  };
  put('name', text(draft.name));
  put('shortName', text(draft.shortName));
  put('summary', text(draft.summary));
  put('description', text(draft.description));
  if (anyText(draft.servicesIntro, langs) || draft.services.length) {
    config.services = {
      ...(text(draft.servicesIntro) ? { intro: text(draft.servicesIntro) } : {}),
      items: draft.services.map((row) => text(row.text) ?? {}),
    };
  }
  if (draft.facts.length) {
    config.facts = draft.facts.map((row) => ({
      ...(text(row.label) ? { label: text(row.label) } : {}),
      ...(text(row.value) ? { value: text(row.value) } : {}),
    }));
  }
  const hasLead = hasText(draft.leadName) || anyText(draft.leadRole, langs);
  if (anyText(draft.officeCity, langs) || hasLead) {
    config.office = {
      ...(text(draft.officeCity) ? { city: text(draft.officeCity) } : {}),
      ...(hasLead
        ? {
            lead: {
              ...(hasText(draft.leadName) ? { name: draft.leadName } : {}),
              ...(text(draft.leadRole) ? { role: text(draft.leadRole) } : {}),
            },
          }
        : {}),
    };
  }
  config.links = draft.links.map((row) => ({
    ...(hasText(row.href) ? { href: row.href } : {}),
    ...(text(row.label) ? { label: text(row.label) } : {}),
    ...(row.newWindow ? { newWindow: true } : {}),
  }));
  return config;
}

/** The config file the editor saves: the config with the schema's address first, for editors that check it. */
export function configFileText(draft: CardDraft): string {
  return `${JSON.stringify({ $schema: SCHEMA_REFERENCE, ...draftConfig(draft) }, null, 2)}\n`;
}

/**
 * What is wrong with the form's config, by the card's own validator. A list's "at least one"
 * goes only where the list is empty: a list with rows has each row's own problem to show.
 */
export function draftIssues(draft: CardDraft): ConfigIssue[] {
  const rows: Record<string, number> = {
    links: draft.links.length,
    'services.items': draft.services.length,
    facts: draft.facts.length,
  };
  return validateConfig(draftConfig(draft)).issues.filter(
    (issue) => !(issue.expected.startsWith('at least') && (rows[issue.path] ?? 0) > 0),
  );
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value.slice(0, MAX_ROWS) : []);

/** What opening a file found besides the card: parts the form does not hold, which it leaves out. */
export interface OpenedFile {
  draft: CardDraft;
  /** Paths of keys the config format does not know. */
  unknownKeys: string[];
  /** A `version` other than 1, as the file says it. */
  otherVersion: string | undefined;
}

/**
 * A config file's content in the form. A text written once for every language ("DEFUS") fills
 * the field in each language; a value that is not text leaves its field empty, which the form
 * then marks. Languages come in the order the file first names them, its default language first.
 */
export function openConfig(raw: unknown, fallbackLang: string): OpenedFile | undefined {
  if (!isObject(raw)) return undefined;
  const langs: string[] = [];
  const addLang = (tag: unknown) => {
    const lang = canonicalTag(tag);
    if (lang !== undefined && !langs.includes(lang)) langs.push(lang);
  };
  addLang(raw.defaultLang);
  const services = isObject(raw.services) ? raw.services : {};
  const office = isObject(raw.office) ? raw.office : {};
  const lead = isObject(office.lead) ? office.lead : {};
  const field = (value: unknown, key: string): unknown => (isObject(value) ? value[key] : undefined);
  // Only the texts the format translates name languages: a link's `href` or an unknown key is no language.
  const translated = [
    raw.name,
    raw.shortName,
    raw.summary,
    raw.description,
    services.intro,
    ...asList(services.items),
    ...asList(raw.facts).flatMap((fact) => [field(fact, 'label'), field(fact, 'value')]),
    office.city,
    lead.role,
    ...asList(raw.links).map((link) => field(link, 'label')),
  ];
  for (const texts of translated) {
    if (!isObject(texts)) continue;
    for (const [key, text] of Object.entries(texts)) if (typeof text === 'string') addLang(key);
  }
  if (!langs.length) langs.push(fallbackLang);

  const texts = (value: unknown): Texts => {
    if (typeof value === 'string') return Object.fromEntries(langs.map((lang) => [lang, value]));
    if (!isObject(value)) return {};
    const result: Texts = {};
    for (const [key, text] of Object.entries(value)) {
      const lang = canonicalTag(key);
      if (lang !== undefined && typeof text === 'string' && !(lang in result)) result[lang] = text;
    }
    return result;
  };
  const draft: CardDraft = {
    langs,
    defaultLang: langs[0] as string,
    name: texts(raw.name),
    shortName: texts(raw.shortName),
    summary: texts(raw.summary),
    description: texts(raw.description),
    servicesIntro: texts(services.intro),
    services: asList(services.items).map((item) => ({ id: rowId(), text: texts(item) })),
    facts: asList(raw.facts).map((fact) => ({
      id: rowId(),
      label: texts(field(fact, 'label')),
      value: texts(field(fact, 'value')),
    })),
    officeCity: texts(office.city),
    leadName: typeof lead.name === 'string' ? lead.name : '',
    leadRole: texts(lead.role),
    links: asList(raw.links).map((link) => ({
      id: rowId(),
      href: isObject(link) && typeof link.href === 'string' ? link.href : '',
      label: texts(field(link, 'label')),
      newWindow: isObject(link) && link.newWindow === true,
    })),
  };
  const unknownKeys = validateConfig(raw)
    .issues.filter((issue) => issue.found.startsWith('unknown key') || issue.found.endsWith('more unknown keys'))
    .map((issue) => issue.path);
  const version = raw.version;
  return {
    draft,
    unknownKeys,
    otherVersion: version === undefined || version === 1 ? undefined : JSON.stringify(version),
  };
}

/** Moves a row one place up (-1) or down (+1); the list stays as it is at either end. */
export function moveRow<T>(rows: T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= rows.length) return rows;
  const moved = rows.slice();
  [moved[index], moved[target]] = [moved[target] as T, moved[index] as T];
  return moved;
}

/** The languages an editor can add, named in their own language: the EU's and its neighbours'. */
export const OFFERED_LANGS = [
  'bg',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'eu',
  'fi',
  'fr',
  'ga',
  'gl',
  'hr',
  'hu',
  'is',
  'it',
  'lb',
  'lt',
  'lv',
  'mk',
  'mt',
  'nb',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sq',
  'sr',
  'sv',
  'tr',
  'uk',
] as const;

/** A language's name in that language ("Italiano", "Nederlands"), or its tag where the browser knows no name. */
export function ownName(lang: string): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
    if (name && name !== lang) return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    // A tag Intl cannot name: the tag is its name.
  }
  return lang;
}
