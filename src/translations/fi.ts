import type { Translation } from './translation.js';

/** The card's own words in Finnish. */
const translation: Translation = {
  $code: 'fi',
  $name: 'suomi',
  $dir: 'ltr',
  office: 'Toimisto',
  newWindow: '(avautuu uuteen ikkunaan)',
};

export default translation;
