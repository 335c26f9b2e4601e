import { expect } from '@open-wc/testing';
import { directionOf } from '../src/locale.js';
import { TRANSLATIONS, translationFor, type Translation } from '../src/translations/index.js';
import en from '../src/translations/en.js';

/** The 24 official languages of the EU. */
const EU_LANGUAGES = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' ');
/** Every word of a table; the English table is the reference, so a word added there must be added everywhere. */
const WORDS = Object.keys(en).filter((key) => !key.startsWith('$')) as (keyof Translation)[];

describe('the card’s own words', () => {
  it('exist in every official language of the EU, one table each', () => {
    expect(Object.keys(TRANSLATIONS).sort()).to.deep.equal(EU_LANGUAGES);
    expect(WORDS).to.deep.equal(['office', 'newWindow']);
  });

  for (const code of EU_LANGUAGES) {
    it(`${code}: every word, its own code, name and direction`, () => {
      const table = TRANSLATIONS[code] as Translation;
      expect(Object.keys(table)).to.deep.equal(Object.keys(en));
      expect(table.$code).to.equal(code);
      // The language's name in itself, as the engine's CLDR data has it (letter case aside), where
      // the engine has data for the language (Chromium ships none for Irish and Maltese).
      const names = new Intl.DisplayNames([code], { type: 'language' });
      if (names.resolvedOptions().locale === code) {
        expect(table.$name.toLocaleLowerCase(code)).to.equal(names.of(code)?.toLocaleLowerCase(code));
      }
      expect(table.$name.trim()).to.not.equal('');
      expect(table.$dir).to.equal(directionOf(code));
      for (const word of WORDS) {
        const text = table[word];
        expect(text, word).to.be.a('string');
        expect(text.trim(), word).to.equal(text);
        expect(text.length, word).to.be.above(1);
        if (code !== 'en') expect(text, `${code}.${word} is not the English word`).to.not.equal(en[word]);
      }
      // The hint is said in parentheses after the link text, as in English.
      expect(table.newWindow).to.match(/^\(.+\)$/u);
    });
  }

  it('are found by a tag’s prefixes, and are English for a language without a table', () => {
    expect(translationFor(['de-CH', 'de'])).to.equal(TRANSLATIONS.de);
    expect(translationFor(['pt-BR', 'pt'])).to.equal(TRANSLATIONS.pt);
    expect(translationFor(['ar'])).to.equal(en);
    expect(translationFor(['ja-JP', 'ja'])).to.equal(en);
    expect(translationFor(['constructor', '__proto__', 'toString', 'hasOwnProperty'])).to.equal(en);
  });
});
