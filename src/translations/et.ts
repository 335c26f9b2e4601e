import type { Translation } from './translation.js';

/** The card's own words in Estonian. */
const translation: Translation = {
  $code: 'et',
  $name: 'eesti',
  $dir: 'ltr',
  office: 'Büroo',
  newWindow: '(avaneb uues aknas)',
};

export default translation;
