import type { Translation } from './translation.js';

/** The card's own words in German. */
const translation: Translation = {
  $code: 'de',
  $name: 'Deutsch',
  $dir: 'ltr',
  office: 'Geschäftsstelle',
  newWindow: '(öffnet in neuem Fenster)',
};

export default translation;
