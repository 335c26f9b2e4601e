import type { Translation } from './translation.js';

/** The card's own words in Danish. */
const translation: Translation = {
  $code: 'da',
  $name: 'dansk',
  $dir: 'ltr',
  office: 'Sekretariat',
  newWindow: '(åbner i et nyt vindue)',
};

export default translation;
