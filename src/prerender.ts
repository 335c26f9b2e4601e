/**
 * The pre-rendered card as HTML text: `<defus-info>` with a declarative shadow root, drawn from the
 * element's own template and style sheet by `@lit-labs/ssr`. Free of Node APIs, so that the server
 * renderer (src/ssr.ts) and the release kit's configurator (kit/configurator.ts, in the browser)
 * run this very code and give the same markup for the same input (tested in test/kit/).
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import {
  ATTRIBUTE_RULES,
  attributeWarning,
  toCardOptions,
  type AttributeRule,
  type DefusInfoTheme,
  type DefusInfoVariant,
} from './card-options.js';
import { cardTemplate } from './card-template.js';
import { BUILTIN } from './config/builtin.js';
import type { ConfigProblem, ForumConfig, Lang } from './config/types.js';
import { parseJson, validateLoaded, type LoadResult } from './config/load.js';
import { toProblem } from './config/validate.js';
import { styles } from './defus-info.styles.js';
import { escapeAttribute, escapeText, fallbackName, jsonScriptData } from './embed-markup.js';
import { localize } from './locale.js';

/** The element's inputs: its config and its attributes. */
export interface PrerenderOptions {
  /** A parsed JSON config; without it (and without `configText`), the built-in DEFUS card. */
  config?: unknown;
  /** A config as JSON text, e.g. a file's content; a syntax error is reported as the element reports it. */
  configText?: string;
  /**
   * Where `config` came from (a file name or URL), named in warnings as the element names a `src`.
   * Without it, warnings speak of the inline config, which is how the snippet carries it.
   */
  configSource?: string;
  /**
   * Any BCP 47 language tag, as the element's `lang` attribute; without it, the config's default
   * language. The card is in the config's language nearest to it. Written to the host's `lang`.
   */
  lang?: string;
  /**
   * Leaves the host without `lang`, so that the live element follows the page's language as it does
   * without the attribute. The card is drawn in `lang` or the config's default language: a page in
   * that language sees no change when the module runs, a page in another of the config's languages
   * sees the card change to it then (and the text below it move).
   */
  followPageLanguage?: boolean;
  variant?: DefusInfoVariant;
  theme?: DefusInfoTheme;
  headingLevel?: number;
}

export interface Prerendered {
  /**
   * The `<defus-info>` element with its declarative shadow root, ready to paste into a page.
   * Empty when the given config is refused: a card with its own config never shows DEFUS.
   */
  html: string;
  /** Every warning the element would print for the same inputs, in the same words. */
  warnings: string[];
  /** The config problems among `warnings`, with their paths. */
  problems: ConfigProblem[];
  /** `inline` when the given config is shown; `builtin` when none was given; `none` when it was refused. */
  source: 'inline' | 'builtin' | 'none';
  /** The language the card is in; `undefined` when there is no card. */
  lang: Lang | undefined;
}

/** The sheet the element adopts, as the text of the pre-rendered card's `<style>`. */
export const STYLE_TEXT = styles.cssText;

// @lit-labs/ssr marks template parts for hydration. The element does not hydrate (its first render
// replaces the pre-rendered root), so the markers would only be bytes in the partner's page.
const HYDRATION_MARKERS = /<!--\/?lit-(?:part|node)[^>]*-->|<\?lit\$\d+\$>/g;

/** Renders one card, exactly as `<defus-info>` would render it with the same config and attributes. */
export function prerender(options: PrerenderOptions = {}): Prerendered {
  let problems: ConfigProblem[] = [];
  let config: ForumConfig | undefined;
  const given: LoadResult | undefined =
    options.configText !== undefined
      ? parseJson(options.configText)
      : options.config !== undefined
        ? { json: options.config }
        : undefined;
  if (given) {
    let issues;
    ({ config, issues } = validateLoaded(given));
    problems = issues.map((issue) => toProblem(issue, options.configSource ? 'src' : 'inline', options.configSource));
  }
  const warnings = problems.map((problem) => problem.message);
  // Read as the element reads its attributes: heading-level as a number ("3" is 3), the others as text.
  const lang = options.lang == null ? undefined : String(options.lang);
  const values: Record<AttributeRule['property'], string | number | undefined> = {
    variant: options.variant == null ? undefined : String(options.variant),
    theme: options.theme == null ? undefined : String(options.theme),
    headingLevel: options.headingLevel == null ? undefined : Number(options.headingLevel),
  };
  // `lang` unless asked to follow the page, so the card does not switch to the page's language then;
  // the others only where they are valid and not the default, so the element renders what was
  // rendered here (an invalid value rendered the default here, and leaving it out does there too).
  // A refused config leaves no card to draw: the built-in one stands in only for no config at all.
  const content = given && !config ? undefined : localize(config ?? BUILTIN, lang);
  const hostAttributes = options.followPageLanguage ? [] : [`lang="${escapeAttribute(lang ?? content?.lang ?? '')}"`];
  for (const { property, attribute, valid, fallback } of ATTRIBUTE_RULES) {
    const value = values[property];
    if (value === undefined) continue;
    const warning = attributeWarning(attribute, value, valid);
    if (warning) warnings.push(warning);
    else if (value !== fallback) hostAttributes.push(`${attribute}="${escapeAttribute(String(value))}"`);
  }

  if (!content) return { html: '', warnings, problems, source: 'none', lang: undefined };

  const card = cardTemplate(content, toCardOptions(values.variant, values.theme, values.headingLevel));
  const shadow = collectResultSync(render(card)).replace(HYDRATION_MARKERS, '');

  const [contact] = content.links;
  const name = fallbackName(content.shortName?.text, content.name.text);
  const html = [
    `<defus-info${hostAttributes.map((attribute) => ` ${attribute}`).join('')}>`,
    `<template shadowrootmode="open"><style>${STYLE_TEXT}</style>${shadow}</template>`,
    config ? `<script type="application/json">${jsonScriptData(JSON.stringify(config))}</script>` : '',
    // Shown only by a browser without declarative shadow DOM and without scripts.
    contact ? `<a href="${escapeAttribute(contact.href)}">${escapeText(name)}</a>` : '',
    '</defus-info>',
  ].join('');
  return { html, warnings, problems, source: config ? 'inline' : 'builtin', lang: content.lang };
}
