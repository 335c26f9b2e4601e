// The element's types as a page script or a bundled app sees them: `import 'defus-info'`.
import { DefusInfo, type ConfigSource, type DefusInfoErrorDetail, type ForumConfig, type Lang } from 'defus-info';

const card = document.createElement('defus-info');
const typed: DefusInfo = card; // HTMLElementTagNameMap
const found: DefusInfo | null = document.querySelector('defus-info');
console.log(typed instanceof DefusInfo, found?.variant);

card.variant = 'compact';
card.theme = 'auto';
card.headingLevel = 3;
card.src = 'https://example.org/forum.json';
card.lang = 'fr';
// @ts-expect-error -- not a variant
card.variant = 'large';
// @ts-expect-error -- not a theme
card.theme = 'blue';
// @ts-expect-error -- a number, not a string
card.headingLevel = '3';

card.addEventListener('defus-info-load', (event) => {
  const source: ConfigSource = event.detail.source;
  const lang: Lang = event.detail.lang;
  console.log(source, lang);
  // @ts-expect-error -- a load has no config path
  console.log(event.detail.path);
});
card.addEventListener('defus-info-error', (event) => {
  const detail: DefusInfoErrorDetail = event.detail;
  const where: string = `${detail.source} ${detail.path} ${detail.url ?? ''}: expected ${detail.expected}, found ${detail.found}`;
  console.log(where, detail.message);
});
// Bubbling and composed: a listener on the document gets the same typed event.
document.addEventListener('defus-info-error', (event) => console.log(event.detail.path));

const example: ForumConfig = {
  defaultLang: 'en',
  name: { en: 'Example Forum for Urban Security', fr: 'Forum d’exemple pour la sécurité urbaine' },
  shortName: 'EFUS-X',
  summary: { en: 'A fictional forum for tests.' },
  facts: [{ label: { en: 'Founded' }, value: 'never' }],
  links: [{ href: 'https://example.org', label: { en: 'Example website' }, newWindow: true }],
};
card.config = example;
card.config = undefined;

// @ts-expect-error -- a config needs its links
const incomplete: ForumConfig = { defaultLang: 'en', name: 'Example', summary: 'Example' };
// Any language tag, in texts and as the default language.
const italian: ForumConfig = {
  ...example,
  defaultLang: 'it',
  summary: { it: 'Un forum fittizio.', 'pt-BR': 'Um fórum fictício.' },
};
// @ts-expect-error -- a text by language is strings only
const numbered: ForumConfig = { ...example, summary: { it: 42 } };
console.log(incomplete, italian, numbered);
window.addEventListener('defus-info-load', (event) => console.log(event.detail.source));
