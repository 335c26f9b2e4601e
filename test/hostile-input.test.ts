import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { DefusInfo } from '../src/defus-info.js';
import '../src/defus-info.js';
import { LINK_HREF_PATTERN } from '../src/url-safety.js';
import { NAUGHTY_STRINGS, configJson, wrongValue } from './arbitraries.js';
import { captureWarnings, exampleConfig, shadowQuery } from './helpers.js';

/** The only elements the card's template makes; anything else would be markup from a config. */
const TEMPLATE_TAGS = new Set([
  'ARTICLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SPAN',
  'P',
  'UL',
  'LI',
  'DL',
  'DIV',
  'DT',
  'DD',
  'A',
]);
const SAFE_PROTOCOLS = ['https:', 'http:', 'mailto:', 'tel:'];
const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join();
const PROTOTYPE_KEYS = prototypeKeys();

declare global {
  interface Window {
    __defusPwned?: number;
  }
}

/** Errors that escaped into the page, from a render or a promise, while `run` ran. */
async function pageErrors(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    // Let anything scheduled by the render surface before listening stops.
    await new Promise((resolve) => setTimeout(resolve));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

/** Resolves at the first load or error event that comes from the `src` config (the card has no other config to show first). */
function firstEventFromSrc(el: DefusInfo): Promise<void> {
  return new Promise((resolve) => {
    const check = (event: Event) => {
      if ((event as CustomEvent<{ source: string }>).detail.source === 'src') resolve();
    };
    el.addEventListener('defus-info-load', check);
    el.addEventListener('defus-info-error', check);
  });
}

/** What must hold for any card, whatever it was given: a readable card, or the partner's fallback, and never DEFUS. */
function expectSafeReadableCard(el: DefusInfo, ownConfig: boolean): void {
  const root = el.shadowRoot as ShadowRoot;
  expect(window.__defusPwned, 'script ran').to.equal(undefined);
  expect(prototypeKeys(), 'Object.prototype').to.equal(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype.polluted').to.equal(undefined);
  // The built-in DEFUS card must never stand in for a config of the card's own.
  if (ownConfig) expect(root.textContent, 'a DEFUS text').not.to.match(/DEFUS|Deutsch-Europäisches|Hannover/);
  if (root.querySelector('slot')) {
    expect(root.children.length, 'only the fallback slot').to.equal(1);
    expect(el.innerText, 'the partner’s fallback').to.contain('Example fallback link');
    return;
  }
  const foreign = [...root.querySelectorAll('*')].map((node) => node.tagName).filter((tag) => !TEMPLATE_TAGS.has(tag));
  expect(foreign, 'elements the template does not make').to.deep.equal([]);
  for (const link of root.querySelectorAll('a')) {
    const href = link.getAttribute('href') ?? '';
    expect(href, 'link href').to.match(LINK_HREF_PATTERN);
    expect(SAFE_PROTOCOLS).to.include(new URL(href).protocol);
  }
  expect(shadowQuery(el, '.heading').textContent?.trim(), 'heading').to.not.equal('');
  expect(shadowQuery(el, '.contact-link').textContent?.trim(), 'contact link').to.not.equal('');
}

/** Mounts a card, lets `feed` give it a config, waits for it to settle, checks it, removes it. */
async function mountAndCheck(feed: (el: DefusInfo) => void | Promise<void>): Promise<void> {
  const el = document.createElement('defus-info');
  const fallback = Object.assign(document.createElement('a'), {
    href: 'https://example.org/',
    textContent: 'Example fallback link',
  });
  el.append(fallback);
  const errors = await pageErrors(async () => {
    await feed(el);
    await el.updateComplete;
  });
  try {
    expect(errors, 'errors thrown into the page').to.deep.equal([]);
    expectSafeReadableCard(el, el.config != null || Boolean(el.src) || el.querySelector('script') !== null);
  } finally {
    el.remove();
  }
}

const LONG_TAG = `de-${'x'.repeat(100_000)}`;
/** Language keys a config must take as data: prototype names, empty, malformed, 100 KB long. */
const HOSTILE_LANG_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  'de-',
  'x-de',
  'i-klingon',
  'de-1996-1996',
  '\u0000',
  LONG_TAG,
];

/**
 * Configs whose language keys are hostile: in one text, in every text, as the default language,
 * or thousands of them. As JSON text, so "__proto__" is an own key as a partner's file makes it.
 */
const hostileLanguageJson = fc.oneof(
  fc
    .tuple(
      fc.subarray(HOSTILE_LANG_KEYS, { minLength: 1 }),
      fc.boolean(),
      fc.constantFrom(['summary'], ['name', 'summary'], ['description']),
    )
    .map(([keys, english, places]) => {
      // Each key once, with a text, beside a usable English text or alone.
      const text = `{${[...keys.map((key) => `${JSON.stringify(key)}:"hostile"`), ...(english ? ['"en":"English"'] : [])].join(',')}}`;
      return configWithRawTexts(Object.fromEntries(places.map((place) => [place, text])));
    }),
  fc.constantFrom(...HOSTILE_LANG_KEYS).map((key) => JSON.stringify(exampleConfig({ defaultLang: key }))),
  fc.integer({ min: 101, max: 5000 }).map((count) =>
    JSON.stringify(
      exampleConfig({
        summary: Object.fromEntries(Array.from({ length: count }, (_, index) => [`en-${100 + (index % 900)}-x-k${index}`, 'x'])),
      }),
    ),
  ),
);

/** The example config as JSON, with these keys' values replaced by raw JSON text. */
function configWithRawTexts(texts: Record<string, string>): string {
  const placeholders = Object.fromEntries(Object.keys(texts).map((key) => [key, `@@${key}@@`]));
  let json = JSON.stringify(exampleConfig(placeholders));
  for (const [key, text] of Object.entries(texts)) json = json.replace(`"@@${key}@@"`, text);
  return json;
}

/** Generated configs plus naughty strings placed in every text and href of a valid config. */
const hostileJson = fc.oneof(
  hostileLanguageJson,
  configJson,
  fc.constantFrom(...NAUGHTY_STRINGS).map((naughty) => {
    const json = JSON.stringify(
      exampleConfig({
        name: naughty,
        shortName: { en: naughty },
        summary: naughty,
        description: naughty,
        facts: [{ label: naughty, value: naughty }],
        links: [
          { href: naughty, label: naughty },
          { href: 'https://example.org', label: naughty },
        ],
      }),
    );
    // Own "__proto__" and "constructor" keys, as JSON.parse makes them (an object literal cannot).
    return `{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},${json.slice(1)}`;
  }),
  fc.constantFrom(
    '{',
    '[]',
    'null',
    '"text"',
    '{"__proto__": {"polluted": 1}}',
    '{"constructor": {"prototype": {"polluted": 1}}}',
  ),
);

/** Parsed JSON, or the text itself where it is not JSON: a script may set any value. */
function parseOrKeep(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

describe('hostile input', function () {
  // Each run renders a real card; the run counts keep a full engine under a few seconds. No timeout
  // of its own: the runner's (web-test-runner.config.js) catches a hang, and slowness is no failure.
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('through the config property: never throws, runs no script, makes no unsafe link', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileJson.map(parseOrKeep), wrongValue), async (value) => {
        await mountAndCheck((el) => {
          document.body.append(el);
          el.config = value;
        });
      }),
      { numRuns: 300 },
    );
    expect(warnings.messages.length, 'warnings about the bad parts').to.be.above(0);
  });

  it('through inline JSON', async () => {
    await fc.assert(
      fc.asyncProperty(hostileJson, async (json) => {
        await mountAndCheck((el) => {
          const script = document.createElement('script');
          script.type = 'application/json';
          script.textContent = json;
          el.append(script);
          document.body.append(el);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('through src', async () => {
    await fc.assert(
      fc.asyncProperty(hostileJson, async (json) => {
        const { url } = (await (await fetch('/test-api/store', { method: 'POST', body: json })).json()) as { url: string };
        await mountAndCheck(async (el) => {
          el.src = url;
          const answered = firstEventFromSrc(el);
          document.body.append(el);
          await answered;
        });
      }),
      { numRuns: 40 },
    );
  });

  it('through the page’s language: any lang on the card or an ancestor leaves a readable card', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...HOSTILE_LANG_KEYS), fc.string({ maxLength: 20 })),
        fc.boolean(),
        async (lang, onAncestor) => {
          await mountAndCheck((el) => {
            const wrapper = document.createElement('div');
            (onAncestor ? wrapper : el).setAttribute('lang', lang);
            wrapper.append(el);
            document.body.append(wrapper);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('takes hostile language keys as data, in every source', async () => {
    // Each hostile key in a text beside a usable one: the card shows, in English, no key's text.
    const keys = HOSTILE_LANG_KEYS.map((key) => `${JSON.stringify(key)}: "hostile"`).join(',');
    const json = configWithRawTexts({ summary: `{${keys}, "en": "English summary"}` });
    await mountAndCheck((el) => {
      el.config = JSON.parse(json);
      document.body.append(el);
    });
    const el = document.createElement('defus-info');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
    document.body.append(el);
    await el.updateComplete;
    expect(shadowQuery(el, '[part="summary"]').textContent).to.equal('English summary');
    expect(el.shadowRoot?.textContent).to.not.contain('hostile');
    // Every hostile key named, none of the messages longer than a line.
    const messages = warnings.messages.filter((message) => message.includes('at summary.'));
    expect(messages.length).to.be.at.least(HOSTILE_LANG_KEYS.length);
    expect(Math.max(...messages.map((message) => message.length))).to.be.below(300);
    el.remove();
  });

  it('refuses a 1 MB string without rendering it', async () => {
    const huge = 'x'.repeat(1_000_000);
    const el = document.createElement('defus-info');
    el.setAttribute('lang', 'en');
    document.body.append(el);
    el.config = exampleConfig({ summary: huge, description: huge });
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.not.contain('xxxxxxxxxx');
    expect(el.shadowRoot?.textContent).to.not.contain('DEFUS');
    expect(el.shadowRoot?.querySelector('slot'), 'the fallback').to.not.equal(null);
    expect(warnings.messages.join('\n')).to.contain('at summary: expected a string of at most 2000 characters');
    el.remove();
  });

  it('reads no further into 10 000-deep nesting than the format goes', async () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 10_000; level += 1) deep = [deep];
    let reads = 0;
    const counting = (value: unknown): unknown =>
      typeof value === 'object' && value !== null
        ? new Proxy(value, {
            get(target, key, receiver) {
              reads += 1;
              return counting(Reflect.get(target, key, receiver));
            },
          })
        : value;
    const config = exampleConfig({ facts: deep, office: { city: deep }, extra: deep });
    const el = document.createElement('defus-info');
    document.body.append(el);
    el.config = counting(config);
    await el.updateComplete;
    // The whole valid config takes some forty reads; walking the nesting would take 10 000 and more.
    expect(reads).to.be.below(100);
    expect(el.shadowRoot?.textContent).to.contain('Example Forum for Urban Security');
    expect(
      warnings.messages.some((message) => message.includes('at facts[0]: expected an object, found an array of 1')),
    ).to.equal(true);

    const inline = document.createElement('defus-info');
    const script = document.createElement('script');
    script.type = 'application/json';
    // Written out by hand: some engines' JSON.stringify cannot recurse that deep, JSON.parse can.
    const deepJson = `${'['.repeat(10_000)}"bottom"${']'.repeat(10_000)}`;
    script.textContent = JSON.stringify(exampleConfig({ description: 'DEEP' })).replace('"DEEP"', deepJson);
    inline.append(script);
    document.body.append(inline);
    await inline.updateComplete;
    expect(inline.shadowRoot?.textContent).to.contain('Example Forum for Urban Security');
    el.remove();
    inline.remove();
  });
});
