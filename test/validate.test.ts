import { expect } from '@open-wc/testing';
import builtin from '../src/config/defus.config.json';
import {
  MAX_LIST_LENGTH,
  MAX_TEXT_LANGS,
  MAX_TEXT_LENGTH,
  describeThrown,
  describeValue,
  toProblem,
  validateConfig,
} from '../src/config/validate.js';
import { MAX_TAG_LENGTH } from '../src/config/lang-tag.js';
import exampleForum from './fixtures/example-forum.config.json';
import { exampleConfig } from './helpers.js';

const paths = (input: unknown) => validateConfig(input).issues.map((issue) => issue.path);

describe('validateConfig', () => {
  it('accepts the built-in DEFUS config without a single issue', () => {
    const { config, issues } = validateConfig(builtin);
    expect(issues).to.deep.equal([]);
    expect(config?.shortName).to.equal('DEFUS');
    expect(config?.links[0]?.href).to.equal('https://www.defus.de');
  });

  it('accepts the fictional example forum config', () => {
    const { config, issues } = validateConfig(exampleForum);
    expect(issues).to.deep.equal([]);
    expect(config?.defaultLang).to.equal('en');
    expect(config?.links).to.have.length(2);
  });

  it('refuses what is not an object, naming the whole document', () => {
    for (const input of [null, 42, 'text', [1, 2], undefined]) {
      const { config, issues } = validateConfig(input);
      expect(config).to.equal(undefined);
      expect(issues[0]?.path).to.equal('');
      expect(issues[0]?.expected).to.equal('an object');
    }
  });

  it('refuses other format versions and malformed default languages', () => {
    expect(validateConfig(exampleConfig({ version: 2 })).config).to.equal(undefined);
    expect(paths(exampleConfig({ version: 2 }))).to.deep.equal(['version']);
    for (const defaultLang of ['italiano', 'i-klingon', 'de-', '', 'x-de', 'de-1996-1996', 'en_GB', 7, null, ['en']]) {
      expect(validateConfig(exampleConfig({ defaultLang })).config, String(defaultLang)).to.equal(undefined);
      expect(paths(exampleConfig({ defaultLang })), String(defaultLang)).to.deep.equal(['defaultLang']);
    }
  });

  it('takes any well-formed language tag as the default language, in its canonical form', () => {
    const cases = {
      it: 'it',
      'nl-be': 'nl-BE',
      'PT-br': 'pt-BR',
      'sr-latn': 'sr-Latn',
      iw: 'he',
      'de-CH-1996': 'de-CH-1996',
      'de-x-ls': 'de-x-ls',
    };
    for (const [given, canonical] of Object.entries(cases)) {
      const { config, issues } = validateConfig(exampleConfig({ defaultLang: given }));
      expect(issues, given).to.deep.equal([]);
      expect(config?.defaultLang, given).to.equal(canonical);
    }
  });

  it('treats a missing version as version 1', () => {
    const input = exampleConfig();
    delete input.version;
    const { config, issues } = validateConfig(input);
    expect(issues).to.deep.equal([]);
    expect(config?.name).to.equal('Example Forum for Urban Security');
  });

  it('refuses a config without what a card needs: name, summary and a usable link', () => {
    for (const key of ['name', 'summary', 'links']) {
      const input = exampleConfig();
      delete input[key];
      const { config, issues } = validateConfig(input);
      expect(config, key).to.equal(undefined);
      expect(issues.map((issue) => issue.path)).to.include(key);
    }
    const noUsableLink = exampleConfig({ links: [{ href: 'javascript:alert(1)', label: 'x' }] });
    expect(validateConfig(noUsableLink).config).to.equal(undefined);
    expect(paths(noUsableLink)).to.deep.equal(['links[0].href', 'links']);
  });

  it('names the exact path, what it expected and what it found', () => {
    const { issues } = validateConfig(exampleConfig({ services: { intro: 'We offer:', items: ['one', 'two', 5] } }));
    expect(issues).to.deep.equal([
      { path: 'services.items[2]', expected: 'a string, or an object of strings by language tag', found: 'number 5' },
    ]);
  });

  it('needs at least one language in a per-language text, not necessarily the default one', () => {
    expect(validateConfig(exampleConfig({ summary: { fr: 'Seulement en français.' } })).issues).to.deep.equal([]);
    const { config, issues } = validateConfig(exampleConfig({ summary: {} }));
    expect(config).to.equal(undefined);
    expect(issues).to.deep.equal([{ path: 'summary', expected: 'a text in at least one language', found: 'an object' }]);
  });

  it('keys texts by any language tag, in canonical form', () => {
    const { config, issues } = validateConfig(
      exampleConfig({
        defaultLang: 'it',
        name: {
          it: 'Esempio',
          'nl-be': 'Voorbeeld',
          'pt-BR': 'Exemplo',
          'SR-LATN': 'Primer',
          'ar-eg': 'مثال',
          'de-x-ls': 'Beispiel',
        },
      }),
    );
    expect(issues).to.deep.equal([]);
    expect(config?.defaultLang).to.equal('it');
    expect(config?.name).to.deep.equal({
      it: 'Esempio',
      'nl-BE': 'Voorbeeld',
      'pt-BR': 'Exemplo',
      'sr-Latn': 'Primer',
      'ar-EG': 'مثال',
      'de-x-ls': 'Beispiel',
    });
  });

  it('names a malformed language key with its path, drops it and keeps the others', () => {
    const { config, issues } = validateConfig(exampleConfig({ name: { en: 'Example', italiano: 'Esempio', 'de-': 'Beispiel' } }));
    expect(config?.name).to.deep.equal({ en: 'Example' });
    const expected = 'a BCP 47 language tag of at most 64 characters, such as "it", "nl-BE" or "pt-BR"';
    expect(issues).to.deep.equal([
      { path: 'name.italiano', expected, found: 'the key "italiano"' },
      { path: 'name.de-', expected, found: 'the key "de-"' },
    ]);
  });

  it('refuses a second text in the same language, however it is written', () => {
    const { config, issues } = validateConfig(
      exampleConfig({ summary: { 'en-GB': 'First.', 'en-gb': 'Second.', EN: 'Third.' } }),
    );
    expect(config?.summary).to.deep.equal({ 'en-GB': 'First.', en: 'Third.' });
    expect(issues).to.deep.equal([{ path: 'summary.en-gb', expected: 'one text per language', found: 'a second text in en-GB' }]);
  });

  it('counts length in characters, as JSON Schema does, not in UTF-16 units', () => {
    const emoji = '\u{1F3D9}'.repeat(MAX_TEXT_LENGTH);
    expect(emoji.length).to.equal(2 * MAX_TEXT_LENGTH);
    expect(validateConfig(exampleConfig({ description: emoji })).issues).to.deep.equal([]);
    expect(paths(exampleConfig({ description: `${emoji}x` }))).to.deep.equal(['description']);
  });

  it('refuses whitespace-only texts', () => {
    expect(paths(exampleConfig({ shortName: ' \n\u00a0\u2003' }))).to.deep.equal(['shortName']);
  });

  it('drops an invalid optional part, keeps the rest, and says why', () => {
    const { config, issues } = validateConfig(
      exampleConfig({
        shortName: 42,
        facts: [{ label: 'Members', value: 'Example City' }, { label: 'Broken' }],
        office: { city: '' },
      }),
    );
    expect(config?.name).to.equal('Example Forum for Urban Security');
    expect(config?.shortName).to.equal(undefined);
    expect(config?.facts).to.deep.equal([{ label: 'Members', value: 'Example City' }]);
    expect(config?.office).to.equal(undefined);
    expect(issues.map((issue) => issue.path)).to.deep.equal(['shortName', 'facts[1].value', 'office.city']);
  });

  it('drops links with unsafe schemes and keeps the safe ones', () => {
    const { config, issues } = validateConfig(
      exampleConfig({
        links: [
          { href: ' JavaScript:alert(1)', label: 'bad' },
          { href: 'tel:+00-000', label: 'Phone' },
          { href: 'https://example.org/contact', label: 'Contact', newWindow: true },
        ],
      }),
    );
    expect(config?.links).to.deep.equal([
      { href: 'tel:+00-000', label: 'Phone' },
      { href: 'https://example.org/contact', label: 'Contact', newWindow: true },
    ]);
    expect(issues).to.have.length(1);
    expect(issues[0]).to.include({
      path: 'links[0].href',
      expected: 'an absolute https:, http:, mailto: or tel: URL, lower-case and without spaces',
    });
  });

  it('warns once for each unknown key, as typo help', () => {
    const { config, issues } = validateConfig(
      exampleConfig({ summry: 'typo', links: [{ href: 'https://example.org', label: 'x', titel: 'y' }] }),
    );
    expect(config).not.to.equal(undefined);
    expect(issues.map((issue) => issue.path)).to.deep.equal(['summry', 'links[0].titel']);
    expect(issues[0]?.found).to.equal('unknown key "summry"');
  });

  it('takes hostile language keys as data: never throws, never touches Object.prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort().join();
    const longTag = `de-${'x'.repeat(100_000)}`;
    const text: unknown = JSON.parse(
      `{"__proto__":"p","constructor":"c","prototype":"t","toString":"s","valueOf":"v","hasOwnProperty":"h","":"e"," en":"s","en":"English",${JSON.stringify(longTag)}:"long"}`,
    );
    const { config, issues } = validateConfig(exampleConfig({ summary: text }));
    expect(config?.summary).to.deep.equal({ en: 'English' });
    // Every key but "en" is refused, by its own path; the 100 KB key by its first 40 characters.
    expect(issues.map((issue) => issue.path)).to.deep.equal([
      'summary.__proto__',
      'summary.constructor',
      'summary.prototype',
      'summary.toString',
      'summary.valueOf',
      'summary.hasOwnProperty',
      'summary.',
      'summary. en',
      `summary.${longTag.slice(0, 40)}…`,
    ]);
    expect(Math.max(...issues.map((issue) => JSON.stringify(issue).length))).to.be.below(400);
    expect(Object.getPrototypeOf(config?.summary)).to.equal(Object.prototype);
    expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).to.equal(before);
    // Not as a default language either.
    for (const defaultLang of ['__proto__', 'constructor', longTag, 'toString']) {
      expect(validateConfig(exampleConfig({ defaultLang })).config).to.equal(undefined);
    }
  });

  it('refuses a text with thousands of languages as a whole, with one issue', () => {
    const many = Object.fromEntries(Array.from({ length: 5000 }, (_, index) => [`en-${String(index).padStart(3, '0')}`, 'x']));
    const { config, issues } = validateConfig(exampleConfig({ description: many }));
    expect(config?.description).to.equal(undefined);
    expect(config?.name).to.equal('Example Forum for Urban Security');
    expect(issues).to.deep.equal([
      { path: 'description', expected: `an object of at most ${MAX_TEXT_LANGS} languages`, found: 'an object of 5000 keys' },
    ]);
    const atLimit = Object.fromEntries(Array.from({ length: MAX_TEXT_LANGS }, (_, index) => [`en-${100 + index}`, 'x']));
    expect(validateConfig(exampleConfig({ description: atLimit })).issues).to.deep.equal([]);
  });

  it('names the first unknown keys of an object and counts the rest', () => {
    const junk = Object.fromEntries(Array.from({ length: 3000 }, (_, index) => [`junk${index}`, 1]));
    const { config, issues } = validateConfig({ ...exampleConfig(), ...junk });
    expect(config?.name).to.equal('Example Forum for Urban Security');
    expect(issues).to.have.length(MAX_LIST_LENGTH + 1);
    expect(issues.at(-1)).to.include({ path: '', found: `${3000 - MAX_LIST_LENGTH} more unknown keys` });
  });

  it('states the longest language tag it takes', () => {
    const tag = `de-x-${'abcdefgh-'.repeat(10)}`.slice(0, MAX_TAG_LENGTH).replace(/-$/, 'a');
    expect(tag.length).to.be.at.most(MAX_TAG_LENGTH);
    expect(validateConfig(exampleConfig({ defaultLang: tag })).issues).to.deep.equal([]);
    expect(paths(exampleConfig({ defaultLang: `${tag}-b` }))).to.deep.equal(['defaultLang']);
  });

  it('copies no key it does not know, so __proto__ and constructor go nowhere', () => {
    const input: unknown = JSON.parse(
      '{"version":1,"defaultLang":"en","name":"N","summary":"S","links":[{"href":"https://example.org","label":"L","__proto__":{"polluted":1}}],"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}',
    );
    const { config } = validateConfig(input);
    expect(config).not.to.equal(undefined);
    expect(Object.keys(config as object)).to.not.include('__proto__');
    expect(Object.getPrototypeOf(config)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('refuses oversized texts and lists cheaply', () => {
    const long = 'x'.repeat(1_000_000);
    const { issues } = validateConfig(exampleConfig({ description: long }));
    expect(issues[0]).to.include({ path: 'description', expected: `a string of at most ${MAX_TEXT_LENGTH} characters` });
    expect(issues[0]?.found).to.match(/\(1000000 characters\)$/);
    const many = Array.from({ length: MAX_LIST_LENGTH + 1 }, () => ({ label: 'a', value: 'b' }));
    expect(paths(exampleConfig({ facts: many }))).to.deep.equal(['facts']);
  });
});

describe('describeValue', () => {
  it('says what a value is, briefly', () => {
    expect(describeValue(undefined)).to.equal('nothing');
    expect(describeValue(null)).to.equal('null');
    expect(describeValue([1, 2])).to.equal('an array of 2');
    expect(describeValue({})).to.equal('an object');
    expect(describeValue(true)).to.equal('boolean true');
    expect(describeValue('short')).to.equal('the string "short"');
  });

  it('never throws, whatever a script hands it', () => {
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    const unreadable = new Proxy([], {
      get: () => {
        throw new Error('boom');
      },
    });
    expect(describeValue(revoked.proxy)).to.equal('a value that could not be read');
    expect(describeValue(unreadable)).to.equal('a value that could not be read');
  });
});

describe('describeThrown', () => {
  it('shows what was thrown, shortened, and never throws itself', () => {
    expect(describeThrown(new Error('boom'))).to.equal('Error: boom');
    expect(describeThrown('x'.repeat(300))).to.equal(`${'x'.repeat(200)}…`);
    expect(describeThrown(Object.create(null))).to.equal('a value that could not be shown');
  });
});

describe('toProblem', () => {
  it('builds one message naming source, URL, path, expectation and finding', () => {
    const issue = { path: 'summary.en', expected: 'a non-empty string', found: 'number 5' };
    expect(toProblem(issue, 'inline').message).to.equal(
      '<defus-info> inline config at summary.en: expected a non-empty string, found number 5.',
    );
    const remote = toProblem(issue, 'src', 'https://example.org/forum.json');
    expect(remote.url).to.equal('https://example.org/forum.json');
    expect(remote.message).to.equal(
      '<defus-info> config from https://example.org/forum.json at summary.en: expected a non-empty string, found number 5.',
    );
  });
});
