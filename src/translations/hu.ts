import type { Translation } from './translation.js';

/** The card's own words in Hungarian. */
const translation: Translation = {
  $code: 'hu',
  $name: 'magyar',
  $dir: 'ltr',
  office: 'Székhely',
  newWindow: '(új ablakban nyílik meg)',
};

export default translation;
