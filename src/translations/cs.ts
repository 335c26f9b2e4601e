import type { Translation } from './translation.js';

/** The card's own words in Czech. */
const translation: Translation = {
  $code: 'cs',
  $name: 'čeština',
  $dir: 'ltr',
  office: 'Sídlo',
  newWindow: '(otevře se v novém okně)',
};

export default translation;
