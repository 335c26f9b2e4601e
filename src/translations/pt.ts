import type { Translation } from './translation.js';

/** The card's own words in Portuguese. */
const translation: Translation = {
  $code: 'pt',
  $name: 'português',
  $dir: 'ltr',
  office: 'Sede',
  newWindow: '(abre numa nova janela)',
};

export default translation;
