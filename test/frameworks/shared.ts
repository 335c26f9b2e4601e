// What the React and the Vue demo apps share: the configs behind their buttons and the line their
// event log shows for each event. Neither app holds any widget logic of its own.
import type { DefusInfoErrorDetail, DefusInfoLoadDetail, ForumConfig, Lang } from 'defus-info';
import exampleJson from '../fixtures/example-forum.config.json';

export type { Lang };

/** The language buttons, in the order the apps show them. */
export const LANGUAGES: readonly { lang: Lang; label: string }[] = [
  { lang: 'de', label: 'Deutsch' },
  { lang: 'en', label: 'English' },
  { lang: 'fr', label: 'Français' },
];

/** A plainly fictional forum (the tests' fixture), set as the `config` property. */
export const exampleForum = exampleJson as ForumConfig;

/**
 * A config the widget refuses as a whole, although its type is right: its only link is a
 * `javascript:` URL, so it has no usable link. The widget reports `links[0].href` and `links` in
 * `defus-info-error` and shows no card (never the DEFUS card) in its place.
 */
export const brokenConfig: ForumConfig = {
  ...exampleForum,
  links: [{ href: 'javascript:alert(1)', label: 'Example Forum website' }],
};

/** One line of an app's event log, e.g. `defus-info-load source=builtin lang=de`. */
export function describeEvent(event: Event): string {
  if (event.type === 'defus-info-error') {
    const { source, path } = (event as CustomEvent<DefusInfoErrorDetail>).detail;
    return `${event.type} source=${source} path=${path}`;
  }
  const { source, lang } = (event as CustomEvent<DefusInfoLoadDetail>).detail;
  return `${event.type} source=${source} lang=${lang}`;
}
