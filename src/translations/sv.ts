import type { Translation } from './translation.js';

/** The card's own words in Swedish. */
const translation: Translation = {
  $code: 'sv',
  $name: 'svenska',
  $dir: 'ltr',
  office: 'Kansli',
  newWindow: '(öppnas i ett nytt fönster)',
};

export default translation;
