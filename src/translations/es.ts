import type { Translation } from './translation.js';

/** The card's own words in Spanish. */
const translation: Translation = {
  $code: 'es',
  $name: 'español',
  $dir: 'ltr',
  office: 'Sede',
  newWindow: '(se abre en una ventana nueva)',
};

export default translation;
