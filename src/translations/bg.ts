import type { Translation } from './translation.js';

/** The card's own words in Bulgarian. */
const translation: Translation = {
  $code: 'bg',
  $name: 'български',
  $dir: 'ltr',
  office: 'Седалище',
  newWindow: '(отваря се в нов прозорец)',
};

export default translation;
