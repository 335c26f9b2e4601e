// The package's JSON files through its exports map, and the server renderer's API.
import builtin from 'defus-info/config.json';
import manifest from 'defus-info/custom-elements.json';
import schema from 'defus-info/schema.json';
import { BUILTIN_LANGS, canonicalTag, prerender, STYLE_HASH, VARIANTS, type Prerendered } from 'defus-info/ssr';

const { html, warnings, problems, source, lang }: Prerendered = prerender({ lang: 'en', variant: 'compact', config: builtin });
const first: string | undefined = problems[0]?.path;
const italian: string | undefined = canonicalTag('IT');
console.log(
  html,
  warnings,
  first,
  source,
  lang,
  italian,
  STYLE_HASH,
  BUILTIN_LANGS,
  VARIANTS,
  schema.title,
  manifest.schemaVersion,
);
// @ts-expect-error -- not a variant
prerender({ variant: 'large' });
// @ts-expect-error -- the result has no DOM, only markup
void prerender().element;
