import type { Translation } from './translation.js';

/** The card's own words in Slovak. */
const translation: Translation = {
  $code: 'sk',
  $name: 'slovenčina',
  $dir: 'ltr',
  office: 'Sídlo',
  newWindow: '(otvorí sa v novom okne)',
};

export default translation;
