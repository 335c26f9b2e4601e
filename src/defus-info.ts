import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import {
  ATTRIBUTE_RULES,
  attributeWarning,
  DEFAULT_HEADING_LEVEL,
  DEFAULT_THEME,
  DEFAULT_VARIANT,
  toCardOptions,
  type DefusInfoTheme,
  type DefusInfoVariant,
} from './card-options.js';
import { cardTemplate } from './card-template.js';
import { version } from '../package.json';
import { BUILTIN } from './config/builtin.js';
import { canonicalTag } from './config/lang-tag.js';
import { readInlineConfig, validateLoaded } from './config/load.js';
import { RemoteConfigController, srcUrl } from './config/remote-config.js';
import type { ConfigProblem, ConfigSource, ForumConfig, Lang } from './config/types.js';
import { toProblem, type ValidationResult } from './config/validate.js';
import { styles } from './defus-info.styles.js';
import { PageLangController } from './lang-watch.js';
import { inheritedLang, localize, type CardContent } from './locale.js';

export type { ConfigProblem, ConfigSource, ForumConfig, Lang, LocalizedText } from './config/types.js';

export type { DefusInfoTheme, DefusInfoVariant } from './card-options.js';

/** Detail of `defus-info-load`. */
export interface DefusInfoLoadDetail {
  /** Where the config now shown came from. */
  source: ConfigSource;
  /** The language the card is rendered in. */
  lang: Lang;
}

/** Detail of `defus-info-error`: the same fields the console warning is made of. */
export type DefusInfoErrorDetail = ConfigProblem;

const TAG = 'defus-info';

/** A config chosen to show, where it came from, and its content in the card's language. */
interface Shown {
  source: ConfigSource;
  config: ForumConfig;
  content: CardContent;
}

/**
 * Cards that show the same config in the same language share its resolved content (read only).
 * Keyed by the canonical tag, so a page's odd or huge `lang` values add no entries.
 */
const resolved = new WeakMap<ForumConfig, Map<string | undefined, CardContent>>();
function contentOf(config: ForumConfig, pageLang: string | undefined): CardContent {
  const lang = canonicalTag(pageLang?.trim());
  let byLang = resolved.get(config);
  if (!byLang) resolved.set(config, (byLang = new Map<string | undefined, CardContent>()));
  let content = byLang.get(lang);
  if (!content) byLang.set(lang, (content = localize(config, lang)));
  return content;
}

/**
 * The summary card of an Efus national forum, with its contact link. Without any config of its
 * own it shows DEFUS, the Deutsch-Europäisches Forum für Urbane Sicherheit e. V.
 *
 * Config sources, lowest precedence first: a `<script type="application/json">` child → `src` →
 * the `config` property. Each replaces the one below it whole. The built-in DEFUS config shows
 * only on a card that has none of these: a card with its own config never shows a DEFUS fact.
 * Other light-DOM children (e.g. a plain link) are the fallback: shown before the module runs,
 * and while no config of the card's own can be shown (refused, or its `src` still on its way).
 *
 * @summary The DEFUS (or another Efus national forum's) summary card with its contact link.
 *
 * @attr lang - Language of the card, any BCP 47 tag (`it`, `nl-BE`, `pt-BR`). Without it, the nearest ancestor's `lang`, followed when the page changes it. Matched against the config's languages: the same tag, its shorter forms (`de-CH` → `de`), the same language in another form (`pt` → `pt-PT`), else the config's `defaultLang`, without a warning. The built-in DEFUS card is in German, English, French, Italian, Spanish, Portuguese and Dutch.
 * @prop {string} lang - The native `HTMLElement.lang`, reflected to the `lang` attribute.
 *
 * @fires {CustomEvent<DefusInfoLoadDetail>} defus-info-load - A config is shown: at the first render, and whenever the shown config changes. `detail` is `{ source, lang }`; `source` is `builtin`, `inline`, `src` or `property`.
 * @fires {CustomEvent<DefusInfoErrorDetail>} defus-info-error - A config, a part of one, or a `src` request was rejected. `detail` is `{ source, path, url?, expected, found, message }`, the fields of the console warning.
 *
 * @cssprop [--defus-info-accent=#0a4d8c] - Links, the contact button, the short name and the focus outline. Dark theme: `#9fcbff`.
 * @cssprop [--defus-info-on-accent=#fff] - Text on the contact button. Dark theme: `#0d1b29`.
 * @cssprop [--defus-info-text=#1d252c] - Body text. Dark theme: `#e7edf3`.
 * @cssprop [--defus-info-muted=#4a5561] - Fact labels. Dark theme: `#b4c0cc`.
 * @cssprop [--defus-info-background=#fff] - The card's background. Dark theme: `#16212c`.
 * @cssprop [--defus-info-border=#c3ccd5] - The card's border. Dark theme: `#4b5b6b`.
 * @cssprop [--defus-info-radius=12px] - The card's corner radius.
 * @cssprop [--defus-info-font-family=inherit] - All text; by default the host page's font.
 * @cssprop [--defus-info-spacing=24px] - The card's padding; compact, or narrower than 360 px: `16px`.
 * @cssprop [--defus-info-max-width=720px] - The widest the card grows.
 *
 * @csspart card - The card's box, an `<article>` labelled by its heading.
 * @csspart heading - The `<h1>`–`<h6>` with the forum's names.
 * @csspart short-name - The short name above the full name.
 * @csspart summary - The one- or two-sentence summary (both variants).
 * @csspart description - The longer description (full card).
 * @csspart services - The list of what the forum offers.
 * @csspart facts - The definition list of facts and the office.
 * @csspart contact-link - The prominent contact link.
 * @csspart link - Any further link.
 *
 * @slot - The partner's fallback, e.g. a link to the forum: shown before the module runs, and while the card's own config is refused or its `src` is still on its way; hidden while a card shows.
 */
export class DefusInfo extends LitElement {
  static override styles = styles;

  // Reactive properties as Lit documents them for code without decorators: `static properties`,
  // a `declare`d field for each (a class field would shadow Lit's accessor), defaults set in the
  // constructor. A value a framework set before the element was defined still wins over the
  // default: Lit applies it at the first update.
  static override properties = {
    src: {},
    variant: {},
    theme: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    config: { attribute: false },
  };

  /** `lang` is native, not a reactive property, but a change of it must re-render the card. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of a JSON config, fetched without cookies or credentials and with a timeout; it replaces an inline config. */
  declare src: string | undefined;
  /** `card`: the full card; `compact`: name, summary and links, without description, services or facts. */
  declare variant: DefusInfoVariant;
  /** `light`, `dark` (its own palette, not an inversion), or `auto` to follow `prefers-color-scheme`. */
  declare theme: DefusInfoTheme;
  /** Level of the card's heading, `1`–`6`, so that the card fits the host page's outline. */
  declare headingLevel: number;
  /** A config object (`ForumConfig`); it replaces every other source. Set `undefined` to remove it. No attribute. */
  declare config: unknown;

  readonly #remote = new RemoteConfigController(this);
  /** The inline JSON config, read once when the card's children are there. */
  #inline: ValidationResult | undefined;
  /** The `config` property, validated when it changes. */
  #property: ValidationResult | undefined;
  /** What willUpdate chose to show, for render and updated; nothing while the partner's own config is refused or on its way. */
  #shown: Shown | undefined;
  #announced: ForumConfig | undefined;
  /** Validation results whose issues were told already: each is told once, after the render it caused. */
  readonly #reported = new WeakSet<ValidationResult>();
  /** Property changes made while the card was off the page, with their old values. */
  readonly #changedWhileAway = new Map<PropertyKey, unknown>();
  #started = false;
  #waiting = false;

  constructor() {
    super();
    new PageLangController(this);
    this.variant = DEFAULT_VARIANT;
    this.theme = DEFAULT_THEME;
    this.headingLevel = DEFAULT_HEADING_LEVEL;
  }

  override connectedCallback(): void {
    if (this.#started || document.readyState !== 'loading') {
      this.#start();
    } else if (!this.#waiting) {
      // Upgraded while the parser is still inside us. Lit's connection attaches the shadow root
      // and renders, so it waits for our children: the parser would refuse a pre-rendered
      // declarative root after that, and an inline config would arrive after the built-in card
      // had shown. Once, however often the card is moved while the page loads.
      this.#waiting = true;
      // eslint-disable-next-line wc/require-listener-teardown -- once only, and it must outlive a move while the page loads.
      document.addEventListener('DOMContentLoaded', () => this.isConnected && this.#start(), { once: true });
    }
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /**
   * The open shadow root, with the card's sheet adopted. A pre-rendered card brings its own root,
   * emptied here: the first render fills it in the same task, so nothing blinks or shifts.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  /**
   * A card off the page does not render; it catches up when it is back. Lit forgets the changes
   * of an update that is refused, so they wait here for that first update back on the page.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (this.isConnected) return true;
    for (const [key, old] of changed as Map<PropertyKey, unknown>) {
      if (!this.#changedWhileAway.has(key)) this.#changedWhileAway.set(key, old);
    }
    return false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const all = changed as Map<PropertyKey, unknown>;
    for (const [key, old] of this.#changedWhileAway) if (!all.has(key)) all.set(key, old);
    this.#changedWhileAway.clear();
    if (changed.has('config')) this.#property = this.config == null ? undefined : validateLoaded({ json: this.config });
    const chosen = this.#chosen();
    this.#shown = chosen && { ...chosen, content: contentOf(chosen.config, inheritedLang(this)) };
  }

  /** The card; or, while no config of the partner's can be shown, the partner's own fallback children. */
  protected override render(): TemplateResult {
    if (!this.#shown) return html`<slot></slot>`;
    return cardTemplate(this.#shown.content, toCardOptions(this.variant, this.theme, this.headingLevel));
  }

  /** What a render changed, told to the page: warnings and errors for new input, a load event for a new config. */
  protected override updated(changed: PropertyValues<this>): void {
    this.#reportNew(this.#inline, 'inline');
    this.#reportNew(this.#property, 'property');
    this.#reportNew(this.#remote.result, 'src', this.#remote.result?.url);
    if (changed.has('src') && this.src != null && typeof this.src !== 'string') {
      // Only the type: a hostile value's own toString could throw.
      console.warn(`<defus-info> src: expected a URL string, found a ${typeof this.src}; ignoring it.`);
    }
    for (const { property, attribute, valid } of ATTRIBUTE_RULES) {
      const warning = changed.has(property) ? attributeWarning(attribute, this[property], valid) : undefined;
      if (warning) console.warn(warning);
    }
    if (!this.#shown || this.#shown.config === this.#announced) return;
    const { source, config, content } = this.#shown;
    this.#announced = config;
    const detail: DefusInfoLoadDetail = { source, lang: content.lang };
    this.dispatchEvent(new CustomEvent('defus-info-load', { bubbles: true, composed: true, detail }));
  }

  /** Lit's connection, once the card's children are there; the first one reads the inline config. */
  #start(): void {
    if (!this.#started) {
      this.#started = true;
      const inline = readInlineConfig(this);
      if (inline) this.#inline = validateLoaded(inline);
    }
    super.connectedCallback();
  }

  /**
   * The config to show and where it came from: a property beats `src`, which beats inline JSON.
   * The built-in DEFUS card only on a card that has no config of its own: another forum's card
   * whose config is refused or still on its way shows none.
   */
  #chosen(): Omit<Shown, 'content'> | undefined {
    const property = this.#property?.config;
    if (property) return { source: 'property', config: property };
    const remote = this.#remote.config;
    if (remote) return { source: 'src', config: remote };
    const inline = this.#inline?.config;
    if (inline) return { source: 'inline', config: inline };
    const ownConfig = this.config != null || srcUrl(this.src) || this.#inline;
    return ownConfig ? undefined : { source: 'builtin', config: BUILTIN };
  }

  /** Warns and fires `defus-info-error` for each issue of a result not told before. */
  #reportNew(result: ValidationResult | undefined, source: ConfigSource, url?: string): void {
    if (!result || this.#reported.has(result)) return;
    this.#reported.add(result);
    for (const issue of result.issues) {
      const problem = toProblem(issue, source, url);
      console.warn(problem.message);
      this.dispatchEvent(
        new CustomEvent<DefusInfoErrorDetail>('defus-info-error', { bubbles: true, composed: true, detail: problem }),
      );
    }
  }
}

/** The element's events by name; they bubble and are composed, so the document and window get them too. */
export interface DefusInfoEventMap {
  'defus-info-load': CustomEvent<DefusInfoLoadDetail>;
  'defus-info-error': CustomEvent<DefusInfoErrorDetail>;
}

/* eslint-disable @typescript-eslint/no-empty-object-type -- merging into the DOM's own maps */
declare global {
  interface HTMLElementTagNameMap {
    'defus-info': DefusInfo;
  }
  interface HTMLElementEventMap extends DefusInfoEventMap {}
  interface DocumentEventMap extends DefusInfoEventMap {}
  interface WindowEventMap extends DefusInfoEventMap {}
}
/* eslint-enable @typescript-eslint/no-empty-object-type */

// Two copies on one page (a CMS plugin and a theme, say) must not throw: the first one wins.
if (customElements.get(TAG)) {
  console.warn(`<defus-info> ${version}: <${TAG}> is already defined on this page; this copy is not used.`);
} else {
  customElements.define(TAG, DefusInfo);
}
