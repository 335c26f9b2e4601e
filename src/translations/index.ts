/*
 * The card's own words (the few no config provides) in the 24 official languages of the EU, one
 * typed table per language, as Web Awesome keeps its translations. A card shows the words of the
 * language it is shown in (`pt-BR` → `pt`), and English for a language without a table.
 */
import bg from './bg.js';
import cs from './cs.js';
import da from './da.js';
import de from './de.js';
import el from './el.js';
import en from './en.js';
import es from './es.js';
import et from './et.js';
import fi from './fi.js';
import fr from './fr.js';
import ga from './ga.js';
import hr from './hr.js';
import hu from './hu.js';
import it from './it.js';
import lt from './lt.js';
import lv from './lv.js';
import mt from './mt.js';
import nl from './nl.js';
import pl from './pl.js';
import pt from './pt.js';
import ro from './ro.js';
import sk from './sk.js';
import sl from './sl.js';
import sv from './sv.js';
import type { Translation } from './translation.js';

export type { Translation } from './translation.js';

/** Every table by its language tag. */
export const TRANSLATIONS: Readonly<Record<string, Translation>> = {
  bg,
  cs,
  da,
  de,
  el,
  en,
  es,
  et,
  fi,
  fr,
  ga,
  hr,
  hu,
  it,
  lt,
  lv,
  mt,
  nl,
  pl,
  pt,
  ro,
  sk,
  sl,
  sv,
};

/** The table for a canonical language tag, by its prefixes (`de-CH-1996` → `de-CH` → `de`); English if none. */
export function translationFor(prefixes: readonly string[]): Translation {
  const found = prefixes.find((prefix) => Object.prototype.hasOwnProperty.call(TRANSLATIONS, prefix));
  return found === undefined ? en : (TRANSLATIONS[found] as Translation);
}
