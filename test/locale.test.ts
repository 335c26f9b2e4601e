import { expect, fixture, html } from '@open-wc/testing';
import builtin from '../src/config/defus.config.json';
import type { ForumConfig } from '../src/config/types.js';
import { validateConfig } from '../src/config/validate.js';
import { UI_STRINGS, inheritedLang, localize, toLang } from '../src/locale.js';
import exampleForum from './fixtures/example-forum.config.json';

const defus = validateConfig(builtin).config as ForumConfig;
const example = validateConfig(exampleForum).config as ForumConfig;

describe('toLang', () => {
  it('reduces a language tag to a supported language', () => {
    expect(toLang('de')).to.equal('de');
    expect(toLang('de-AT')).to.equal('de');
    expect(toLang('EN-gb')).to.equal('en');
    expect(toLang(' fr-CA ')).to.equal('fr');
  });
  it('returns undefined for anything else', () => {
    for (const tag of ['it', 'deu', '', null, undefined, 'x-de']) expect(toLang(tag), String(tag)).to.equal(undefined);
  });
});

describe('inheritedLang', () => {
  it('finds the nearest lang, through shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="fr"><section><span></span></section></div>`);
    const span = outer.querySelector('span') as HTMLSpanElement;
    expect(inheritedLang(span)).to.equal('fr');

    const host = document.createElement('div');
    host.lang = 'en';
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    root.append(inner);
    outer.append(host);
    expect(inheritedLang(inner)).to.equal('en');
  });
  it('prefers the element’s own lang', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="fr"><p lang="de"></p></div>`);
    expect(inheritedLang(outer.querySelector('p') as Element)).to.equal('de');
  });
});

describe('localize', () => {
  it('renders DEFUS in each of its three languages, with that language’s interface words', () => {
    for (const lang of ['de', 'en', 'fr'] as const) {
      const content = localize(defus, lang);
      expect(content.lang).to.equal(lang);
      expect(content.ui).to.equal(UI_STRINGS[lang]);
      expect(content.summary.lang).to.equal(undefined);
      expect(content.links[0]?.href).to.equal('https://www.defus.de');
    }
    expect(localize(defus, 'en').name.text).to.equal('German-European Forum for Urban Security');
    expect(localize(defus, 'fr').facts.map((fact) => fact.label.text)).to.include('Bureau');
  });

  it('falls back to the config’s default language when the requested one is missing', () => {
    expect(localize(example, 'de').lang).to.equal('en');
    expect(localize(example, undefined).lang).to.equal('en');
    expect(localize(defus, undefined).lang).to.equal('de');
  });

  it('marks a single untranslated text with its own language', () => {
    const config = validateConfig({ ...exampleForum, facts: [{ label: { en: 'Only English' }, value: 'Example' }] })
      .config as ForumConfig;
    const content = localize(config, 'fr');
    expect(content.lang).to.equal('fr');
    expect(content.facts[0]?.label).to.deep.equal({ text: 'Only English', lang: 'en' });
    expect(content.facts[0]?.value).to.deep.equal({ text: 'Example', lang: undefined });
  });

  it('lists the office after the facts, with the lead’s role as the label', () => {
    const facts = localize(defus, 'de').facts.map((fact) => `${fact.label.text}: ${fact.value.text}`);
    expect(facts.slice(-2)).to.deep.equal(['Geschäftsstelle: Hannover', 'Geschäftsführerin: Anna Rau']);
  });

  it('tells web links from others', () => {
    const links = localize(example, 'en').links;
    expect(links.map((link) => link.external)).to.deep.equal([true, false]);
  });
});
