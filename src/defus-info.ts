import type { TemplateResult } from 'lit/html.js';
import { CardElement, type ChangedProperties, type PropertyOptions } from './card-element.js';
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
import { loadConfig, readInlineConfig, validateLoaded, type LoadResult } from './config/load.js';
import type { ConfigProblem, ConfigSource, ForumConfig, Lang } from './config/types.js';
import { toProblem } from './config/validate.js';
import { styles } from './defus-info.styles.js';
import { unwatchPageLang, watchPageLang } from './lang-watch.js';
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
/** Highest precedence first: a config set as a property beats `src`, which beats inline JSON. */
const PRECEDENCE: readonly ConfigSource[] = ['property', 'src', 'inline', 'builtin'];

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
 * The summary card of an Efus national forum, with its contact link. Without any config it
 * shows DEFUS, the Deutsch-Europäisches Forum für Urbane Sicherheit e. V.
 *
 * Config sources, lowest precedence first: built-in DEFUS config → a
 * `<script type="application/json">` child → `src` → the `config` property. Each replaces the
 * one below it whole. Other light-DOM children (e.g. a plain link) are the no-JavaScript
 * fallback and are not shown once the card renders.
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
 */
export class DefusInfo extends CardElement {
  static override styles = styles;

  static override properties: Readonly<Record<string, PropertyOptions>> = {
    src: {},
    variant: { default: DEFAULT_VARIANT },
    theme: { default: DEFAULT_THEME },
    headingLevel: { attribute: 'heading-level', number: true, default: DEFAULT_HEADING_LEVEL },
    config: { attribute: false },
  };

  /** `lang` is native, not a reactive property, but a change of it must re-render the card. */
  static override extraAttributes = ['lang'];

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

  #configs: Partial<Record<ConfigSource, ForumConfig>> = { builtin: BUILTIN };
  #source: ConfigSource = 'builtin';
  #config: ForumConfig = BUILTIN;
  #content: CardContent | undefined;
  #announced: ForumConfig | undefined;
  #ready = false;
  #waiting = false;
  #remote: { url: string; controller: AbortController } | undefined;
  #remoteUrl: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    watchPageLang(this);
    if (this.#ready) {
      this.#syncRemote();
    } else if (document.readyState !== 'loading') {
      this.#start();
    } else if (!this.#waiting) {
      // Upgraded while the parser is still inside us: wait for our children, or an inline
      // config would arrive after the built-in card had already been shown. Once, however often
      // the card is moved while the page loads.
      this.#waiting = true;
      // eslint-disable-next-line wc/require-listener-teardown -- once only, and it must outlive a move while the page loads.
      document.addEventListener('DOMContentLoaded', () => this.#start(), { once: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchPageLang(this);
    this.#syncRemote();
  }

  protected override shouldUpdate(): boolean {
    return this.#ready && this.isConnected;
  }

  protected override willUpdate(changed: ChangedProperties): void {
    if (changed.has('src')) this.#syncRemote();
    if (changed.has('config')) {
      const config = this.config == null ? undefined : this.#accept({ json: this.config }, 'property');
      this.#setConfig('property', config);
    }
    for (const { property, attribute, valid } of ATTRIBUTE_RULES) {
      const warning = changed.has(property) ? attributeWarning(attribute, this[property], valid) : undefined;
      if (warning) console.warn(warning);
    }
    [this.#source, this.#config] = this.#shown();
    this.#content = contentOf(this.#config, inheritedLang(this));
  }

  protected override render(): TemplateResult {
    return cardTemplate(this.#content as CardContent, toCardOptions(this.variant, this.theme, this.headingLevel));
  }

  protected override updated(): void {
    if (this.#config === this.#announced) return;
    this.#announced = this.#config;
    const detail: DefusInfoLoadDetail = { source: this.#source, lang: (this.#content as CardContent).lang };
    this.dispatchEvent(new CustomEvent('defus-info-load', { bubbles: true, composed: true, detail }));
  }

  #start(): void {
    this.#ready = true;
    const inline = readInlineConfig(this);
    if (inline) this.#setConfig('inline', this.#accept(inline, 'inline'));
    this.#syncRemote();
    this.requestUpdate();
  }

  #shown(): [ConfigSource, ForumConfig] {
    for (const source of PRECEDENCE) {
      const config = this.#configs[source];
      if (config) return [source, config];
    }
    return ['builtin', BUILTIN];
  }

  #setConfig(source: ConfigSource, config: ForumConfig | undefined): void {
    if (this.#configs[source] === config) return;
    if (config) this.#configs[source] = config;
    else delete this.#configs[source];
    this.requestUpdate();
  }

  /** Validates what a source gave; reports every issue; returns the config if the card can use it. */
  #accept(result: LoadResult, source: ConfigSource, url?: string): ForumConfig | undefined {
    const { config, issues } = validateLoaded(result);
    for (const issue of issues) this.#report(toProblem(issue, source, url));
    return config;
  }

  #report(problem: ConfigProblem): void {
    console.warn(problem.message);
    this.dispatchEvent(
      new CustomEvent<DefusInfoErrorDetail>('defus-info-error', { bubbles: true, composed: true, detail: problem }),
    );
  }

  /** Starts, keeps or stops the `src` request so that only the current `src` of a connected card can win. */
  #syncRemote(): void {
    if (this.src != null && typeof this.src !== 'string') {
      // Only the type: a hostile value's own toString could throw.
      console.warn(`<defus-info> src: expected a URL string, found a ${typeof this.src}; ignoring it.`);
    }
    const url = typeof this.src === 'string' && this.src ? this.src : undefined;
    if (!url) {
      this.#remoteUrl = undefined;
      this.#setConfig('src', undefined);
    }
    const wanted = this.isConnected && this.#ready ? url : undefined;
    if (this.#remote && this.#remote.url === wanted) return;
    this.#remote?.controller.abort();
    this.#remote = undefined;
    if (!wanted || wanted === this.#remoteUrl) return;
    const controller = new AbortController();
    this.#remote = { url: wanted, controller };
    void loadConfig(wanted, controller.signal).then((result) => {
      if (!result || this.#remote?.controller !== controller) return;
      this.#remote = undefined;
      const config = this.#accept(result, 'src', wanted);
      if (config) {
        this.#remoteUrl = wanted;
        this.#setConfig('src', config);
      } else if (this.#remoteUrl !== wanted) {
        // The config of an earlier src must not stand in for this one: the source below shows.
        this.#remoteUrl = undefined;
        this.#setConfig('src', undefined);
      }
    });
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
