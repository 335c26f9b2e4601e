import type { Translation } from './translation.js';

/** The card's own words in Irish. */
const translation: Translation = {
  $code: 'ga',
  $name: 'Gaeilge',
  $dir: 'ltr',
  office: 'Oifig',
  newWindow: '(osclaíonn sé i bhfuinneog nua)',
};

export default translation;
