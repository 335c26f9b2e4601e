import { safeHref } from '../url-safety.js';
import {
  LANGS,
  type ConfigFact,
  type ConfigLink,
  type ConfigOffice,
  type ConfigProblem,
  type ConfigSource,
  type ForumConfig,
  type Lang,
  type LocalizedText,
} from './types.js';

/** Longest text the card accepts; a longer one is refused before anything renders it. */
export const MAX_TEXT_LENGTH = 2000;
/** Most items in any list (services, facts, links). */
export const MAX_LIST_LENGTH = 20;

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

type JsonObject = { readonly [key: string]: unknown };

const TOP_LEVEL_KEYS = [
  '$schema',
  'version',
  'defaultLang',
  'name',
  'shortName',
  'summary',
  'description',
  'services',
  'facts',
  'office',
  'links',
];

/** Describes a value for a message: its type, and a short preview of what it is. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') {
    const preview = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the string ${JSON.stringify(preview)}${value.length > 40 ? ` (${value.length} characters)` : ''}`;
  }
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/**
 * Checks anything (parsed JSON or a value set from script) against config format version 1 and
 * builds a fresh config from the parts that are right. Nothing of the input is copied except
 * checked strings and booleans, so unknown keys, `__proto__` and getters never reach the card.
 */
export function validateConfig(input: unknown): ValidationResult {
  const issues: ConfigIssue[] = [];
  const fail = (path: string, expected: string, found: unknown): undefined => {
    issues.push({ path, expected, found: describeValue(found) });
    return undefined;
  };

  const warnUnknownKeys = (value: JsonObject, path: string, known: readonly string[]): void => {
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) {
        issues.push({ path: childPath(path, key), expected: `one of the keys ${known.join(', ')}`, found: `unknown key "${key}"` });
      }
    }
  };

  const readObject = (value: unknown, path: string, known: readonly string[]): JsonObject | undefined => {
    if (!isObject(value)) return fail(path, 'an object', value);
    warnUnknownKeys(value, path, known);
    return value;
  };

  const readString = (value: unknown, path: string): string | undefined => {
    if (typeof value !== 'string' || value.trim() === '') return fail(path, 'a non-empty string', value);
    if (value.length > MAX_TEXT_LENGTH) return fail(path, `a string of at most ${MAX_TEXT_LENGTH} characters`, value);
    return value;
  };

  const readList = <T>(
    value: unknown,
    path: string,
    readItem: (item: unknown, itemPath: string) => T | undefined,
  ): T[] | undefined => {
    if (!Array.isArray(value)) return fail(path, 'an array', value);
    if (value.length > MAX_LIST_LENGTH) return fail(path, `an array of at most ${MAX_LIST_LENGTH} items`, value);
    const items: T[] = [];
    value.forEach((item, index) => {
      const read = readItem(item, childPath(path, index));
      if (read !== undefined) items.push(read);
    });
    return items;
  };

  // Required parts are read before optional ones, so a hopeless config stops early and cheaply.
  if (!isObject(input)) {
    fail('', 'a JSON object', input);
    return { config: undefined, issues };
  }
  warnUnknownKeys(input, '', TOP_LEVEL_KEYS);

  if (input.version !== undefined && input.version !== 1) {
    fail('version', '1, the format version this widget reads', input.version);
    return { config: undefined, issues };
  }
  const defaultLang = LANGS.find((lang) => lang === input.defaultLang);
  if (!defaultLang) {
    fail('defaultLang', `one of ${LANGS.map((lang) => `"${lang}"`).join(', ')}`, input.defaultLang);
    return { config: undefined, issues };
  }

  const readText = (value: unknown, path: string): LocalizedText | undefined => {
    if (typeof value === 'string') return readString(value, path);
    if (!isObject(value)) return fail(path, `a string, or an object of strings by language (${LANGS.join(', ')})`, value);
    warnUnknownKeys(value, path, LANGS);
    const text: { [lang in Lang]?: string } = {};
    for (const lang of LANGS) {
      if (value[lang] === undefined) continue;
      const read = readString(value[lang], childPath(path, lang));
      if (read !== undefined) text[lang] = read;
    }
    if (text[defaultLang] === undefined) {
      return fail(childPath(path, defaultLang), `a text in the default language "${defaultLang}"`, value[defaultLang]);
    }
    return text;
  };

  const readLink = (value: unknown, path: string): ConfigLink | undefined => {
    const link = readObject(value, path, ['href', 'label', 'newWindow']);
    if (!link) return undefined;
    const hrefPath = childPath(path, 'href');
    const raw = readString(link.href, hrefPath);
    const href = raw === undefined ? undefined : safeHref(raw);
    if (raw !== undefined && href === undefined) {
      fail(hrefPath, 'an absolute https:, http:, mailto: or tel: URL', raw);
    }
    const label = readText(link.label, childPath(path, 'label'));
    if (link.newWindow !== undefined && typeof link.newWindow !== 'boolean') {
      fail(childPath(path, 'newWindow'), 'true or false', link.newWindow);
    }
    if (href === undefined || label === undefined) return undefined;
    return link.newWindow === true ? { href, label, newWindow: true } : { href, label };
  };

  const name = readText(input.name, 'name');
  const summary = readText(input.summary, 'summary');
  const links = readList(input.links, 'links', readLink);
  if (links && links.length === 0) fail('links', 'at least one usable link', input.links);
  if (!name || !summary || !links?.length) return { config: undefined, issues };

  const readFact = (value: unknown, path: string): ConfigFact | undefined => {
    const fact = readObject(value, path, ['label', 'value']);
    if (!fact) return undefined;
    const label = readText(fact.label, childPath(path, 'label'));
    const text = readText(fact.value, childPath(path, 'value'));
    return label !== undefined && text !== undefined ? { label, value: text } : undefined;
  };

  const readServices = (value: unknown, path: string): ForumConfig['services'] => {
    const services = readObject(value, path, ['intro', 'items']);
    if (!services) return undefined;
    const intro = readText(services.intro, childPath(path, 'intro'));
    const items = readList(services.items, childPath(path, 'items'), readText);
    return intro !== undefined && items?.length ? { intro, items } : undefined;
  };

  const readOffice = (value: unknown, path: string): ConfigOffice | undefined => {
    const office = readObject(value, path, ['city', 'lead']);
    if (!office) return undefined;
    const city = readText(office.city, childPath(path, 'city'));
    if (city === undefined) return undefined;
    if (office.lead === undefined) return { city };
    const leadPath = childPath(path, 'lead');
    const lead = readObject(office.lead, leadPath, ['name', 'role']);
    const leadName = lead && readString(lead.name, childPath(leadPath, 'name'));
    const role = lead && readText(lead.role, childPath(leadPath, 'role'));
    return leadName !== undefined && role !== undefined ? { city, lead: { name: leadName, role } } : { city };
  };

  const optional = <T>(key: string, read: (value: unknown, path: string) => T | undefined): T | undefined =>
    input[key] === undefined ? undefined : read(input[key], key);

  const config: { -readonly [key in keyof ForumConfig]: ForumConfig[key] } = {
    version: 1,
    defaultLang,
    name,
    summary,
    links,
  };
  const shortName = optional('shortName', readText);
  const description = optional('description', readText);
  const services = optional('services', readServices);
  const facts = optional('facts', (value, path) => readList(value, path, readFact));
  const office = optional('office', readOffice);
  if (shortName !== undefined) config.shortName = shortName;
  if (description !== undefined) config.description = description;
  if (services !== undefined) config.services = services;
  if (facts?.length) config.facts = facts;
  if (office !== undefined) config.office = office;
  return { config, issues };
}

/** Turns an issue into the problem the element reports, with one readable message. */
export function toProblem(issue: ConfigIssue, source: ConfigSource, url?: string): ConfigProblem {
  const from = url === undefined ? `${source} config` : `config from ${url}`;
  const where = issue.path ? ` at ${issue.path}` : '';
  const message = `<defus-info> ${from}${where}: expected ${issue.expected}, found ${issue.found}.`;
  return url === undefined ? { source, ...issue, message } : { source, ...issue, url, message };
}
