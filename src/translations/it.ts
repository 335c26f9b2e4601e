import type { Translation } from './translation.js';

/** The card's own words in Italian. */
const translation: Translation = {
  $code: 'it',
  $name: 'italiano',
  $dir: 'ltr',
  office: 'Sede',
  newWindow: '(si apre in una nuova finestra)',
};

export default translation;
