import type { Translation } from './translation.js';

/** The card's own words in Slovenian. */
const translation: Translation = {
  $code: 'sl',
  $name: 'slovenščina',
  $dir: 'ltr',
  office: 'Sedež',
  newWindow: '(odpre se v novem oknu)',
};

export default translation;
