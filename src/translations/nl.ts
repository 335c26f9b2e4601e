import type { Translation } from './translation.js';

/** The card's own words in Dutch. */
const translation: Translation = {
  $code: 'nl',
  $name: 'Nederlands',
  $dir: 'ltr',
  office: 'Bureau',
  newWindow: '(opent in een nieuw venster)',
};

export default translation;
