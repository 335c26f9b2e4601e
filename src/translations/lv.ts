import type { Translation } from './translation.js';

/** The card's own words in Latvian. */
const translation: Translation = {
  $code: 'lv',
  $name: 'latviešu',
  $dir: 'ltr',
  office: 'Birojs',
  newWindow: '(atveras jaunā logā)',
};

export default translation;
