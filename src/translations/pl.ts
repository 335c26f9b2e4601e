import type { Translation } from './translation.js';

/** The card's own words in Polish. */
const translation: Translation = {
  $code: 'pl',
  $name: 'polski',
  $dir: 'ltr',
  office: 'Siedziba',
  newWindow: '(otwiera się w nowym oknie)',
};

export default translation;
