import type { Translation } from './translation.js';

/** The card's own words in French. */
const translation: Translation = {
  $code: 'fr',
  $name: 'français',
  $dir: 'ltr',
  office: 'Siège',
  newWindow: '(s’ouvre dans une nouvelle fenêtre)',
};

export default translation;
