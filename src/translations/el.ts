import type { Translation } from './translation.js';

/** The card's own words in Greek. */
const translation: Translation = {
  $code: 'el',
  $name: 'Ελληνικά',
  $dir: 'ltr',
  office: 'Έδρα',
  newWindow: '(ανοίγει σε νέο παράθυρο)',
};

export default translation;
