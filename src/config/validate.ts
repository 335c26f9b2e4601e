import { isSafeHref } from '../url-safety.js';
import { canonicalTag, MAX_TAG_LENGTH } from './lang-tag.js';
import type { ConfigProblem, ConfigSource, ForumConfig, LocalizedText } from './types.js';

/*
 * Config format version 1, as small readers that each check one kind of value at one JSON path.
 * They mirror the published JSON Schema (`defus-info.schema.json`) keyword for keyword: a
 * property-based test runs both over thousands of generated configs and fails on any config one
 * accepts and the other does not, so "no issues here" means "valid there". Two rules go beyond
 * what a schema keyword can state, and the schema's descriptions say so: a language tag that
 * repeats a variant (`de-1996-1996`), and two keys of one text for the same language (`en`, `EN`).
 */

/** Longest text the card accepts, in characters (code points, as JSON Schema counts them). */
export const MAX_TEXT_LENGTH = 2000;
/** Most items in any list (services, facts, links). */
export const MAX_LIST_LENGTH = 20;
/** Most languages one text may have: far more than any forum writes, few enough to read cheaply. */
export const MAX_TEXT_LANGS = 100;

/** A problem found at a place in the config, before we know where the config came from. */
export interface ConfigIssue {
  path: string;
  expected: string;
  found: string;
}

export interface ValidationResult {
  /** The config, with every invalid optional part dropped; `undefined` if the card cannot use it. */
  config: ForumConfig | undefined;
  issues: ConfigIssue[];
}

/** Reads one value at one path: the checked value, or `undefined` after recording why not. */
type Reader<T> = (value: unknown, path: string, issues: ConfigIssue[]) => T | undefined;

type JsonObject = { readonly [key: string]: unknown };

/**
 * Describes a value for a message: its type, and a short preview of what it is. Never throws: a
 * value set from script may be a revoked Proxy, or an array whose `length` getter throws.
 */
export function describeValue(value: unknown): string {
  try {
    return previewOf(value);
  } catch {
    return 'a value that could not be read';
  }
}

/** What was thrown, as a message can show it: its text, shortened; never throws itself. */
export function describeThrown(error: unknown): string {
  try {
    const text = String(error);
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  } catch {
    return 'a value that could not be shown';
  }
}

function previewOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') {
    const long = value.length > 40;
    return `the string ${JSON.stringify(long ? `${value.slice(0, 40)}…` : value)}${long ? ` (${value.length} characters)` : ''}`;
  }
  if (typeof value === 'object') return 'an object';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- TypeScript sees `{}`; what is left is a primitive or a function.
  return `${typeof value} ${String(value)}`;
}

function fail(issues: ConfigIssue[], path: string, expected: string, found: unknown): undefined {
  issues.push({ path, expected, found: describeValue(found) });
  return undefined;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A key as a message shows it: a 100 KB key is named by its first 40 characters. */
const shortKey = (key: string): string => (key.length > 40 ? `${key.slice(0, 40)}…` : key);

function childPath(path: string, key: string): string {
  return path ? `${path}.${shortKey(key)}` : shortKey(key);
}

/** Names each unknown key, the first {@link MAX_LIST_LENGTH} of them; thousands make one more issue, not thousands. */
function warnUnknownKeys(value: JsonObject, path: string, known: readonly string[], issues: ConfigIssue[]): void {
  const unknown = Object.keys(value).filter((key) => !known.includes(key));
  for (const key of unknown.slice(0, MAX_LIST_LENGTH)) {
    issues.push({
      path: childPath(path, key),
      expected: `one of the keys ${known.join(', ')}`,
      found: `unknown key "${shortKey(key)}"`,
    });
  }
  if (unknown.length > MAX_LIST_LENGTH) {
    issues.push({
      path,
      expected: `one of the keys ${known.join(', ')}`,
      found: `${unknown.length - MAX_LIST_LENGTH} more unknown keys`,
    });
  }
}

// A code point takes one or two UTF-16 units, so only lengths between the limit and twice the
// limit need counting; a 1 MB string is refused from its `length` alone.
const tooLong = (text: string): boolean =>
  text.length > MAX_TEXT_LENGTH && (text.length > 2 * MAX_TEXT_LENGTH || [...text].length > MAX_TEXT_LENGTH);

/** A string with at least one non-whitespace character: schema `plainText`. */
export const readPlainText: Reader<string> = (value, path, issues) =>
  typeof value !== 'string' || !/\S/.test(value)
    ? fail(issues, path, 'a string with some text', value)
    : tooLong(value)
      ? fail(issues, path, `a string of at most ${MAX_TEXT_LENGTH} characters`, value)
      : value;

const readHref: Reader<string> = (value, path, issues) => {
  const href = readPlainText(value, path, issues);
  return href === undefined || isSafeHref(href)
    ? href
    : fail(issues, path, 'an absolute https:, http:, mailto: or tel: URL, lower-case and without spaces', href);
};

const LANG_TAG = `a BCP 47 language tag of at most ${MAX_TAG_LENGTH} characters, such as "it", "nl-BE" or "pt-BR"`;

/** A language tag, returned in its canonical form (`pt-br` → `pt-BR`): schema `langTag`. */
const readLangTag: Reader<string> = (value, path, issues) => canonicalTag(value) ?? fail(issues, path, LANG_TAG, value);

/**
 * One string for every language, or strings by language tag: schema `text`. Keys come back in
 * their canonical form; a malformed key, or a second key for a language already given (`en` and
 * `EN`), is reported and dropped, and the text keeps its other languages.
 */
const readText: Reader<LocalizedText> = (value, path, issues) => {
  if (typeof value === 'string') return readPlainText(value, path, issues);
  if (!isObject(value)) return fail(issues, path, 'a string, or an object of strings by language tag', value);
  const keys = Object.keys(value);
  if (keys.length > MAX_TEXT_LANGS) {
    issues.push({
      path,
      expected: `an object of at most ${MAX_TEXT_LANGS} languages`,
      found: `an object of ${keys.length} keys`,
    });
    return undefined;
  }
  // Keys are canonical tags only (letters, digits, hyphens), so no key of Object.prototype.
  const text: { [lang: string]: string } = {};
  for (const key of keys) {
    const at = childPath(path, key);
    const lang = canonicalTag(key);
    if (lang === undefined) {
      issues.push({ path: at, expected: LANG_TAG, found: `the key "${shortKey(key)}"` });
    } else if (Object.prototype.hasOwnProperty.call(text, lang)) {
      issues.push({ path: at, expected: `one text per language`, found: `a second text in ${lang}` });
    } else {
      const read = readPlainText(value[key], at, issues);
      if (read !== undefined) text[lang] = read;
    }
  }
  return Object.keys(text).length ? text : fail(issues, path, 'a text in at least one language', value);
};

const readBoolean: Reader<boolean> = (value, path, issues) =>
  typeof value === 'boolean' ? value : fail(issues, path, 'true or false', value);

function oneOf<const T>(values: readonly T[]): Reader<T> {
  return (value, path, issues) =>
    values.find((candidate) => candidate === value) ??
    fail(issues, path, `one of ${values.map((candidate) => JSON.stringify(candidate)).join(', ')}`, value);
}

/** An array of at most {@link MAX_LIST_LENGTH} items; invalid items are dropped, then `min` is checked. */
function list<T>(readItem: Reader<T>, min: number): Reader<T[]> {
  return (value, path, issues) => {
    if (!Array.isArray(value)) return fail(issues, path, 'an array', value);
    if (value.length > MAX_LIST_LENGTH) return fail(issues, path, `an array of at most ${MAX_LIST_LENGTH} items`, value);
    const items: T[] = [];
    value.forEach((item, index) => {
      const read = readItem(item, `${path}[${index}]`, issues);
      if (read !== undefined) items.push(read);
    });
    return items.length < min ? fail(issues, path, `at least ${min} usable item${min > 1 ? 's' : ''}`, value) : items;
  };
}

interface Field<T, Needed extends boolean> {
  read: Reader<T>;
  needed: Needed;
}
const required = <T>(read: Reader<T>): Field<T, true> => ({ read, needed: true });
const optional = <T>(read: Reader<T>): Field<T, false> => ({ read, needed: false });

type Fields = Record<string, Field<unknown, boolean>>;
type FieldValue<F> = F extends Field<infer T, boolean> ? T : never;
type RecordOf<F extends Fields> = { -readonly [K in keyof F as F[K]['needed'] extends true ? K : never]: FieldValue<F[K]> } & {
  -readonly [K in keyof F as F[K]['needed'] extends true ? never : K]?: FieldValue<F[K]>;
};

/**
 * An object with exactly these keys: unknown keys are reported, a missing or invalid required
 * field makes the whole object unusable, an invalid optional one is dropped. The result is a
 * fresh object holding checked values only, so `__proto__`, getters and anything unknown in the
 * input never reach the card.
 */
function record<F extends Fields>(fields: F): Reader<RecordOf<F>> {
  const known = Object.keys(fields);
  return (value, path, issues) => {
    if (!isObject(value)) return fail(issues, path, 'an object', value);
    warnUnknownKeys(value, path, known, issues);
    const checked: Record<string, unknown> = {};
    let usable = true;
    for (const key of known) {
      const { read, needed } = fields[key] as Fields[string];
      const raw = value[key];
      if (raw === undefined && !needed) continue;
      const result = read(raw, childPath(path, key), issues);
      if (result !== undefined) checked[key] = result;
      else if (needed) usable = false;
    }
    return usable ? (checked as RecordOf<F>) : undefined;
  };
}

const readLink = record({ href: required(readHref), label: required(readText), newWindow: optional(readBoolean) });
const readFact = record({ label: required(readText), value: required(readText) });
const readServices = record({ intro: required(readText), items: required(list(readText, 1)) });
const readLead = record({ name: required(readPlainText), role: required(readText) });
const readOffice = record({ city: required(readText), lead: optional(readLead) });

/** The whole config; assigning it to `Reader<ForumConfig>` makes the compiler check it against the types. */
const readConfig: Reader<ForumConfig> = record({
  $schema: optional(readPlainText),
  version: optional(oneOf([1])),
  defaultLang: required(readLangTag),
  name: required(readText),
  shortName: optional(readText),
  summary: required(readText),
  description: optional(readText),
  services: optional(readServices),
  facts: optional(list(readFact, 0)),
  office: optional(readOffice),
  links: required(list(readLink, 1)),
});

/**
 * Checks anything (parsed JSON or a value set from script) against config format version 1 and
 * builds a fresh config from the parts that are right. Another `version` stops at once: its keys
 * would only produce a list of confusing "unknown key" messages.
 */
export function validateConfig(input: unknown): ValidationResult {
  const issues: ConfigIssue[] = [];
  const version = isObject(input) ? input.version : undefined;
  const config =
    version === undefined || version === 1
      ? readConfig(input, '', issues)
      : fail(issues, 'version', '1, the format version this widget reads', version);
  return { config, issues };
}

/** Turns an issue into the problem the element reports, with one readable message. */
export function toProblem(issue: ConfigIssue, source: ConfigSource, url?: string): ConfigProblem {
  const from = url === undefined ? `${source} config` : `config from ${url}`;
  const where = issue.path ? ` at ${issue.path}` : '';
  const message = `<defus-info> ${from}${where}: expected ${issue.expected}, found ${issue.found}.`;
  return url === undefined ? { source, ...issue, message } : { source, ...issue, url, message };
}
