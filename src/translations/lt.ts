import type { Translation } from './translation.js';

/** The card's own words in Lithuanian. */
const translation: Translation = {
  $code: 'lt',
  $name: 'lietuvių',
  $dir: 'ltr',
  office: 'Būstinė',
  newWindow: '(atsidaro naujame lange)',
};

export default translation;
