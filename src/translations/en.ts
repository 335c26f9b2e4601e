import type { Translation } from './translation.js';

/** The card's own words in English. */
const translation: Translation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  office: 'Office',
  newWindow: '(opens in a new window)',
};

export default translation;
