import type { Translation } from './translation.js';

/** The card's own words in Romanian. */
const translation: Translation = {
  $code: 'ro',
  $name: 'română',
  $dir: 'ltr',
  office: 'Sediu',
  newWindow: '(se deschide într-o fereastră nouă)',
};

export default translation;
