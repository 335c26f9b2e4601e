import type { Translation } from './translation.js';

/** The card's own words in Maltese. */
const translation: Translation = {
  $code: 'mt',
  $name: 'Malti',
  $dir: 'ltr',
  office: 'Uffiċċju',
  newWindow: '(jinfetaħ f’tieqa ġdida)',
};

export default translation;
