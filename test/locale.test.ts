import { expect, fixture, html } from '@open-wc/testing';
import builtin from '../src/config/defus.config.json';
import type { ForumConfig } from '../src/config/types.js';
import { validateConfig } from '../src/config/validate.js';
import { configLangs, directionOf, inheritedLang, localize, matchLang } from '../src/locale.js';
import { TRANSLATIONS } from '../src/translations/index.js';
import exampleForum from './fixtures/example-forum.config.json';
import { NETWORK_FORUMS } from './fixtures/network-forums.js';

const defus = validateConfig(builtin).config as ForumConfig;
const example = validateConfig(exampleForum).config as ForumConfig;
const valid = (input: unknown) => {
  const { config, issues } = validateConfig(input);
  expect(issues).to.deep.equal([]);
  return config as ForumConfig;
};

describe('matchLang', () => {
  const available = ['de', 'en', 'fr-CA', 'pt-PT', 'pt-BR', 'sr-Latn'];
  it('takes the same tag first', () => {
    expect(matchLang('pt-BR', available)).to.equal('pt-BR');
    expect(matchLang('en', available)).to.equal('en');
  });
  it('then its shorter prefixes', () => {
    expect(matchLang('de-CH', available)).to.equal('de');
    expect(matchLang('de-CH-1996', available)).to.equal('de');
    expect(matchLang('de-x-ls', available)).to.equal('de');
    expect(matchLang('sr-Latn-RS', available)).to.equal('sr-Latn');
  });
  it('then the first text of the same language in another form', () => {
    expect(matchLang('pt', available)).to.equal('pt-PT');
    expect(matchLang('pt-AO', available)).to.equal('pt-PT');
    expect(matchLang('fr', available)).to.equal('fr-CA');
    expect(matchLang('sr-Cyrl', available)).to.equal('sr-Latn');
  });
  it('finds nothing for another language or none', () => {
    expect(matchLang('it', available)).to.equal(undefined);
    expect(matchLang(undefined, available)).to.equal(undefined);
    expect(matchLang('en', [])).to.equal(undefined);
  });
});

describe('directionOf', () => {
  it('agrees with the engine’s likely scripts for every two-letter language', () => {
    const rtl = /^(?:Adlm|Arab|Hebr|Mand|Nkoo|Rohg|Samr|Syrc|Thaa|Yezi)$/;
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const disagree: string[] = [];
    for (const first of letters) {
      for (const second of letters) {
        const lang = first + second;
        const likely = new Intl.Locale(lang).maximize();
        // Only languages the engine knows, and only as themselves (not aliases such as iw → he).
        if (likely.language !== lang || !likely.script) continue;
        if ((rtl.test(likely.script) ? 'rtl' : 'ltr') !== directionOf(lang)) disagree.push(`${lang} (${likely.script})`);
      }
    }
    expect(disagree).to.deep.equal([]);
  });

  it('reads the direction from the written or likely script', () => {
    for (const lang of ['ar', 'ar-EG', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'az-Arab', 'ckb'])
      expect(directionOf(lang), lang).to.equal('rtl');
    for (const lang of ['de', 'en', 'el', 'bg', 'sr-Latn', 'az', 'ja', 'und', 'qaa'])
      expect(directionOf(lang), lang).to.equal('ltr');
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
  const BUILTIN_LANGS = ['de', 'en', 'fr', 'it', 'es', 'pt', 'nl'];

  it('has the built-in DEFUS card in the network’s seven languages, each with its own words', () => {
    expect(configLangs(defus)).to.deep.equal(BUILTIN_LANGS);
    for (const lang of BUILTIN_LANGS) {
      const content = localize(defus, lang);
      expect(content.lang).to.equal(lang);
      expect(content.dir).to.equal('ltr');
      expect(content.ui.office).to.deep.equal({ text: TRANSLATIONS[lang]?.office, lang: undefined });
      expect(content.ui.newWindow).to.deep.equal({ text: TRANSLATIONS[lang]?.newWindow, lang: undefined });
      // Every text of the card is in that language: nothing fell back.
      const texts = [
        content.name,
        content.summary,
        content.description,
        content.services?.intro,
        ...(content.services?.items ?? []),
      ].concat(
        content.facts.flatMap((fact) => [fact.label, fact.value]),
        content.links.map((link) => link.label),
      );
      expect(
        texts.filter((text) => text?.lang !== undefined),
        lang,
      ).to.deep.equal([]);
      expect(content.links[0]?.href).to.equal('https://www.defus.de');
    }
    expect(localize(defus, 'en').name.text).to.equal('German-European Forum for Urban Security');
    expect(localize(defus, 'it').name.text).to.equal('Forum tedesco-europeo per la sicurezza urbana');
    expect(localize(defus, 'es').summary.text).to.match(/^DEFUS es uno de los seis foros nacionales/);
    expect(localize(defus, 'pt').facts.map((fact) => fact.label.text)).to.include('Sede');
    expect(localize(defus, 'nl').links[0]?.label.text).to.equal('Website van DEFUS: www.defus.de');
  });

  it('states in every language of the built-in card the same figures and names as in German, and no others', () => {
    // A translation that adds or changes a figure, a name or an address states a fact the German text does not.
    const marks = (lang: string) => {
      const content = localize(defus, lang);
      const text = [
        content.name,
        content.summary,
        content.description,
        ...content.facts.flatMap((fact) => [fact.label, fact.value]),
      ]
        .concat(
          content.services?.items ?? [],
          content.links.map((link) => link.label),
        )
        .map((each) => each?.text)
        .join(' ');
      return {
        figures: text.match(/\d+/g),
        names: ['DEFUS', 'Efus', 'Anna Rau', 'www.defus.de'].map((name) => text.split(name).length - 1 > 0),
      };
    };
    for (const lang of BUILTIN_LANGS) expect(marks(lang), lang).to.deep.equal(marks('de'));
  });

  it('shows the built-in card in a regional page language’s own language', () => {
    const cases = {
      'de-CH': 'de',
      'en-GB': 'en',
      'fr-BE': 'fr',
      'it-CH': 'it',
      'es-419': 'es',
      'pt-BR': 'pt',
      'nl-BE': 'nl',
      'PT-br': 'pt',
    };
    for (const [page, lang] of Object.entries(cases)) expect(localize(defus, page).lang, page).to.equal(lang);
  });

  it('falls back to the config’s default language for another or an unreadable page language', () => {
    for (const page of [
      'ja',
      'pl',
      'ar',
      '',
      ' ',
      'x-de',
      'deu-',
      'i-klingon',
      '__proto__',
      'constructor',
      'de'.padEnd(100_000, '-x'),
      undefined,
      null,
    ])
      expect(localize(defus, page).lang, String(page).slice(0, 20)).to.equal('de');
    expect(localize(example, 'de').lang).to.equal('en');
    expect(localize(example, undefined).lang).to.equal('en');
    expect(localize(example, ' fr-CA ').lang).to.equal('fr');
  });

  it('marks a single untranslated text with its own language', () => {
    const config = validateConfig({ ...exampleForum, facts: [{ label: { en: 'Only English' }, value: 'Example' }] })
      .config as ForumConfig;
    const content = localize(config, 'fr');
    expect(content.lang).to.equal('fr');
    expect(content.facts[0]?.label).to.deep.equal({ text: 'Only English', lang: 'en' });
    expect(content.facts[0]?.value).to.deep.equal({ text: 'Example', lang: undefined });
  });

  it('takes a text’s other form of the card’s language before the default language, and says which', () => {
    const config = valid({
      defaultLang: 'en',
      name: { en: 'Example Forum', pt: 'Fórum exemplo' },
      summary: { en: 'Fictional.', 'pt-BR': 'Fictício.' },
      links: [{ href: 'https://example.org', label: { en: 'Website', 'pt-PT': 'Sítio' } }],
    });
    const content = localize(config, 'pt-BR');
    expect(content.lang).to.equal('pt-BR');
    expect(content.summary).to.deep.equal({ text: 'Fictício.', lang: undefined });
    expect(content.name).to.deep.equal({ text: 'Fórum exemplo', lang: 'pt' });
    expect(content.links[0]?.label).to.deep.equal({ text: 'Sítio', lang: 'pt-PT' });
  });

  it('gives a text that fell back into another direction its own dir', () => {
    const config = valid({
      defaultLang: 'ar',
      name: { ar: 'منتدى المثال', en: 'Example Forum' },
      summary: { ar: 'منتدى خيالي.', en: 'Fictional.' },
      links: [{ href: 'https://example.org', label: { en: 'Website' } }],
    });
    const arabic = localize(config, 'ar');
    expect([arabic.lang, arabic.dir]).to.deep.equal(['ar', 'rtl']);
    expect(arabic.links[0]?.label).to.deep.equal({ text: 'Website', lang: 'en', dir: 'ltr' });
    // No word table for Arabic: the card's own words are English, marked as such.
    expect(arabic.ui.office).to.deep.equal({ text: 'Office', lang: 'en', dir: 'ltr' });
    const english = localize(config, 'en');
    expect([english.lang, english.dir]).to.deep.equal(['en', 'ltr']);
  });

  it('uses the words of the card’s language, not of the page’s', () => {
    // A Polish page, a config without Polish: the card is in English, and so are its words.
    const content = localize(example, 'pl');
    expect(content.lang).to.equal('en');
    expect(content.ui.office.text).to.equal('Office');
    // A config in Swedish on an English page shows Swedish words, unmarked.
    const swedish = localize(valid({ ...exampleConfigIn('sv'), office: { city: 'Exempelstad' } }), 'en-GB');
    expect(swedish.lang).to.equal('sv');
    expect(swedish.facts[0]?.label).to.deep.equal({ text: 'Kansli', lang: undefined });
  });

  it('reads a config whose summary is one string in every language by all its texts’ languages', () => {
    const config = valid({
      defaultLang: 'en',
      name: { en: 'Example', it: 'Esempio' },
      summary: 'EFUS-X',
      links: [{ href: 'https://example.org', label: 'example.org' }],
    });
    expect(configLangs(config)).to.deep.equal(['en', 'it']);
    expect(localize(config, 'it').name).to.deep.equal({ text: 'Esempio', lang: undefined });
    expect(localize(config, 'ja').lang).to.equal('en');
  });

  it('shows each fictional network forum in its own language', () => {
    for (const forum of NETWORK_FORUMS) {
      const content = localize(valid(forum.config), forum.pageLang);
      expect([content.lang, content.dir, content.name.text], forum.pageLang).to.deep.equal([forum.lang, forum.dir, forum.name]);
      expect(content.ui.office.text).to.equal(forum.office);
    }
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

/** A minimal config written in one language only. */
function exampleConfigIn(lang: string): Record<string, unknown> {
  return {
    defaultLang: lang,
    name: { [lang]: 'Exempelforum' },
    summary: { [lang]: 'Ett påhittat forum.' },
    links: [{ href: 'https://example.org', label: { [lang]: 'Webbplats' } }],
  };
}
