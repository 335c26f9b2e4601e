// DEFUS's own text hedges what it says about repression: prevention and social cohesion are brought
// into line "mit eventuell notwendigen Repressionen" (with repression where it may be needed), not
// with repression as a given. The built-in card's description keeps that hedge in every language it
// is written in; a translation that drops it says something DEFUS does not (the card once said
// "im Einklang mit notwendiger Repression" and "avec la répression nécessaire").
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const CONFIG = 'src/config/defus.config.json';
const { description } = JSON.parse(readFileSync(new URL(`../../${CONFIG}`, import.meta.url), 'utf8'));

/** Each built-in language's wording of the hedge, as its description has it. */
const HEDGES = {
  de: 'mit eventuell notwendigen Repressionen in Einklang',
  en: 'with repression where needed',
  fr: 'avec la répression, lorsqu’elle est nécessaire',
  it: 'con la repressione, ove necessaria',
  es: 'con la represión cuando sea necesaria',
  pt: 'com a repressão, quando necessária',
  nl: 'met repressie waar die nodig is',
};

/** The unhedged wordings the card had before, which must not come back beside the hedge. */
const UNHEDGED = {
  de: 'notwendiger Repression',
  fr: 'la répression nécessaire',
};

test('the built-in description keeps the hedge of DEFUS’s own text in every language', () => {
  assert.deepEqual(Object.keys(description).sort(), Object.keys(HEDGES).sort(), `${CONFIG}: a hedge for each language`);
  for (const [lang, hedge] of Object.entries(HEDGES)) assert.ok(description[lang].includes(hedge), `${lang}: "${hedge}"`);
  for (const [lang, unhedged] of Object.entries(UNHEDGED))
    assert.ok(!description[lang].includes(unhedged), `${lang}: "${unhedged}" again`);
});
