import type { Translation } from './translation.js';

/** The card's own words in Croatian. */
const translation: Translation = {
  $code: 'hr',
  $name: 'hrvatski',
  $dir: 'ltr',
  office: 'Sjedište',
  newWindow: '(otvara se u novom prozoru)',
};

export default translation;
