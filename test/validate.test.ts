import { expect } from '@open-wc/testing';
import builtin from '../src/config/defus.config.json';
import { MAX_LIST_LENGTH, MAX_TEXT_LENGTH, describeValue, toProblem, validateConfig } from '../src/config/validate.js';
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

  it('refuses other format versions and unknown default languages', () => {
    expect(validateConfig(exampleConfig({ version: 2 })).config).to.equal(undefined);
    expect(paths(exampleConfig({ version: 2 }))).to.deep.equal(['version']);
    expect(validateConfig(exampleConfig({ defaultLang: 'it' })).config).to.equal(undefined);
    expect(paths(exampleConfig({ defaultLang: 'it' }))).to.deep.equal(['defaultLang']);
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
      { path: 'services.items[2]', expected: 'a string, or an object of strings by language (de, en, fr)', found: 'number 5' },
    ]);
  });

  it('needs at least one language in a per-language text, not necessarily the default one', () => {
    expect(validateConfig(exampleConfig({ summary: { fr: 'Seulement en français.' } })).issues).to.deep.equal([]);
    const { config, issues } = validateConfig(exampleConfig({ summary: {} }));
    expect(config).to.equal(undefined);
    expect(issues).to.deep.equal([{ path: 'summary', expected: 'a text in at least one language', found: 'an object' }]);
  });

  it('names a text in an unknown language and keeps the known ones', () => {
    const { config, issues } = validateConfig(exampleConfig({ name: { en: 'Example', it: 'Esempio' } }));
    expect(config?.name).to.deep.equal({ en: 'Example' });
    expect(issues).to.deep.equal([{ path: 'name.it', expected: 'one of the keys de, en, fr', found: 'unknown key "it"' }]);
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
