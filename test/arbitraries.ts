// fast-check generators for configs: valid ones near every limit of the format, and the same
// configs broken in one or two places. Used by the schema agreement test and the hostile-input
// tests, so both explore the same space.
import fc from 'fast-check';
import { MAX_LIST_LENGTH, MAX_TEXT_LANGS, MAX_TEXT_LENGTH } from '../src/config/validate.js';

/**
 * Well-formed language tags in many shapes and letter cases. Their canonical forms differ, so no
 * two keys of one generated text are the same language (the widget refuses that, which the schema
 * cannot express).
 */
export const LANG_TAGS = [
  'de',
  'en',
  'fr',
  'it',
  'es',
  'pt-PT',
  'nl-be',
  'SR-latn',
  'ar',
  'iw',
  'de-CH-1996',
  'de-x-ls',
  'zh-Hant-TW',
  'es-419',
  'fil',
];
/**
 * Keys that are no language tag. Not among them: a tag that repeats a variant (`de-1996-1996`),
 * which matches the schema's pattern but not `Intl` (the one difference the schema states).
 */
export const BAD_LANG_TAGS = [
  'italiano',
  'de-',
  'x-de',
  'en_GB',
  '',
  ' en',
  '__proto__',
  'constructor',
  'toString',
  'en-GB-oed',
  'i-klingon',
  'd',
];
const CITYSCAPE = '\u{1F3D9}'; // one code point, two UTF-16 units

/** Naughty strings: markup, script URLs in every disguise, and the whitespace the format refuses. */
export const NAUGHTY_STRINGS = [
  '<script>window.__defusPwned = 1</script>',
  '<img src=x onerror="window.__defusPwned = 1">',
  '"><svg onload="window.__defusPwned = 1">',
  '{{constructor.constructor("window.__defusPwned = 1")()}}',
  '${window.__defusPwned = 1}',
  'javascript:window.__defusPwned=1',
  'JaVaScRiPt:window.__defusPwned=1',
  ' javascript:window.__defusPwned=1',
  'java\tscript:window.__defusPwned=1',
  'java\nscript:window.__defusPwned=1',
  '\u0000javascript:window.__defusPwned=1',
  '\u0001\u0002javascript:window.__defusPwned=1',
  '&#106;avascript:window.__defusPwned=1',
  '&#x6A;avascript&colon;window.__defusPwned=1',
  'javascript&#58;window.__defusPwned=1',
  'data:text/html,<script>window.__defusPwned=1</script>',
  'vbscript:msgbox(1)',
  'https://example.org\u0000javascript:alert(1)',
  'https://example.org/ javascript:alert(1)',
  '//example.org',
  'HTTPS://EXAMPLE.ORG',
  'tel:+49 000 000',
  'mailto://[',
  '\u202Eevil\u202C',
  '\uFEFF',
  ' ',
  '\u00a0\u2003\n\t',
  '',
  '\uD800',
  '__proto__',
  'constructor',
  'prototype',
];

const boundaryText = fc
  .tuple(fc.constantFrom('x', CITYSCAPE, ' ', 'ä'), fc.integer({ min: MAX_TEXT_LENGTH - 3, max: MAX_TEXT_LENGTH + 3 }))
  .map(([unit, count]) => (unit === ' ' ? `${'x'.repeat(count - 1)} ` : unit.repeat(count)));
// Mixes one- and two-unit characters so the UTF-16 length lies between the limit and twice it.
const mixedBoundaryText = fc
  .integer({ min: 0, max: 6 })
  .map((extra) => `${CITYSCAPE.repeat(MAX_TEXT_LENGTH / 2)}${'x'.repeat(MAX_TEXT_LENGTH / 2 - 3 + extra)}`);

// Rare near-misses per text: a config has some twenty texts, and most configs should stay valid.
export const plainText = fc.oneof(
  { weight: 40, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) },
  { weight: 10, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(...NAUGHTY_STRINGS) },
  { weight: 1, arbitrary: boundaryText },
  { weight: 1, arbitrary: mixedBoundaryText },
);

const langKey = fc.oneof(
  { weight: 600, arbitrary: fc.constantFrom(...LANG_TAGS) },
  { weight: 1, arbitrary: fc.constantFrom(...BAD_LANG_TAGS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);

/** Texts with languages just under, at and over the limit. */
const manyLanguages = fc
  .integer({ min: MAX_TEXT_LANGS - 1, max: MAX_TEXT_LANGS + 1 })
  .map((count) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`en-${100 + index}`, 'x'])));

export const text = fc.oneof(
  { weight: 150, arbitrary: plainText },
  { weight: 150, arbitrary: fc.dictionary(langKey, plainText, { minKeys: 1, maxKeys: 3, noNullPrototype: true }) },
  { weight: 1, arbitrary: manyLanguages },
);

export const href = fc.oneof(
  { weight: 4, arbitrary: fc.webUrl({ withFragments: true, withQueryParameters: true }) },
  { weight: 2, arbitrary: fc.emailAddress().map((address) => `mailto:${address}`) },
  { weight: 1, arbitrary: fc.stringMatching(/^\+?[0-9][0-9-]{2,14}$/).map((number) => `tel:${number}`) },
  { weight: 1, arbitrary: fc.constantFrom(...NAUGHTY_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 30 }).map((rest) => `https://example.org/${rest}`) },
);

const list = <T>(item: fc.Arbitrary<T>, minLength: number) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.array(item, { minLength, maxLength: 4 }) },
    { weight: 1, arbitrary: fc.array(item, { minLength: MAX_LIST_LENGTH - 1, maxLength: MAX_LIST_LENGTH + 1 }) },
  );

const link = fc.record({ href, label: text, newWindow: fc.boolean() }, { requiredKeys: ['href', 'label'] });
const fact = fc.record({ label: text, value: text });

/** Configs shaped like the format, many of them valid, some at its limits. */
export const configShaped = fc.record(
  {
    $schema: fc.constant('./defus-info.schema.json'),
    version: fc.constant(1),
    defaultLang: fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...LANG_TAGS) }, { weight: 1, arbitrary: langKey }),
    name: text,
    shortName: text,
    summary: text,
    description: text,
    services: fc.record({ intro: text, items: list(text, 1) }),
    facts: list(fact, 0),
    office: fc.record({ city: text, lead: fc.record({ name: plainText, role: text }) }, { requiredKeys: ['city'] }),
    links: list(link, 1),
  },
  { requiredKeys: ['defaultLang', 'name', 'summary', 'links'] },
);

/** Values a config must not hold where it holds them: wrong types, near misses, limits crossed. */
export const wrongValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom<unknown>(
    '',
    ' ',
    2,
    0,
    true,
    null,
    [],
    {},
    { de: '' },
    { it: 'testo' },
    'it',
    'x'.repeat(MAX_TEXT_LENGTH + 1),
    Array.from({ length: MAX_LIST_LENGTH + 1 }, () => 'x'),
  ),
);

interface Mutation {
  steps: number[];
  kind: 'replace' | 'delete' | 'add-key';
  value: unknown;
  key: string;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  steps: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
  kind: fc.constantFrom('replace', 'delete', 'add-key'),
  value: wrongValue,
  key: fc.constantFrom('summry', 'titel', 'it', 'pt-BR', 'italiano', '__proto__', 'constructor', 'href '),
});

type Container = Record<string, unknown> | unknown[];
const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** Walks `steps` into `root` (each step picks a child by index, modulo the count) and breaks it there. */
function applyMutation(root: Container, { steps, kind, value: shared, key }: Mutation): void {
  // A copy: constant values are shared between runs, and a second mutation may walk into this
  // one; writing into a shared object could make it contain itself.
  const value: unknown = shared === undefined ? undefined : JSON.parse(JSON.stringify(shared));
  let container: Container = root;
  for (const [index, step] of steps.entries()) {
    const keys = Object.keys(container);
    if (!keys.length) break;
    const picked = keys[step % keys.length] as string;
    const child: unknown = (container as Record<string, unknown>)[picked];
    if (index < steps.length - 1 && isContainer(child) && Object.keys(child).length) {
      container = child;
      continue;
    }
    if (kind === 'delete') {
      if (Array.isArray(container)) container.splice(Number(picked), 1);
      else delete container[picked];
    } else if (kind === 'replace') {
      (container as Record<string, unknown>)[picked] = value;
    } else if (!Array.isArray(container)) {
      // defineProperty, so that "__proto__" becomes an own key as JSON.parse would make it.
      Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return;
  }
}

/**
 * Configs as a partner's JSON might really look: shaped like the format, then broken in up to
 * two places. Serialised and parsed again, so every consumer sees plain JSON values.
 */
export const configJson = fc
  .tuple(configShaped, fc.oneof(fc.constant([]), fc.array(mutation, { minLength: 1, maxLength: 2 })))
  .map(([config, mutations]) => {
    const copy = JSON.parse(JSON.stringify(config)) as Container;
    for (const each of mutations) applyMutation(copy, each);
    return JSON.stringify(copy);
  });
