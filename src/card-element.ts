import { render, type TemplateResult } from 'lit/html.js';

/** How a reactive property meets its attribute. */
export interface PropertyOptions {
  /** The attribute's name; `false` for a property without one. Default: the property's name. */
  attribute?: string | false;
  /** Read the attribute as a number, as `heading-level="3"` is. */
  number?: boolean;
  /** The value before anything sets one. */
  default?: unknown;
}

/** What changed since the last render: property name → its previous value. */
export type ChangedProperties = ReadonlyMap<string, unknown>;

/**
 * The small part of LitElement this card needs, on Lit's own template engine (`lit-html`):
 * reactive properties fed by attributes, one batched render per microtask into an open shadow
 * root, a constructable style sheet, and the `willUpdate` / `render` / `updated` /
 * `updateComplete` life cycle with Lit's names. One difference: while `shouldUpdate` says no,
 * changes are kept for the next render (Lit drops them). LitElement's reactive layer costs
 * about 2.4 KB brotli; a card with a 10 KB budget and four attributes does not use the rest of it
 * (controllers, reflection, converters, decorators, styles fallbacks for old browsers).
 */
// Per subclass: static private fields would live on CardElement alone, not on its subclasses.
const sheets = new WeakMap<typeof CardElement, CSSStyleSheet>();
const propertyByAttribute = new WeakMap<typeof CardElement, Map<string, string>>();

export abstract class CardElement extends HTMLElement {
  /** Reactive properties, declared by the subclass. */
  static properties: Readonly<Record<string, PropertyOptions>> = {};
  /** Style sheet text, adopted by every instance's shadow root. */
  static styles = '';
  /** Attributes to observe besides those of `properties` (a native one such as `lang`). */
  static extraAttributes: readonly string[] = [];

  /**
   * Read once by `customElements.define`: the moment to turn `properties` into accessors on the
   * prototype, as LitElement does.
   */
  static get observedAttributes(): string[] {
    let propertyOf = propertyByAttribute.get(this);
    if (!propertyOf) {
      propertyOf = new Map();
      propertyByAttribute.set(this, propertyOf);
      for (const [name, options] of Object.entries(this.properties)) {
        Object.defineProperty(this.prototype, name, {
          get(this: CardElement) {
            // On the prototype itself (tools that inspect it) there is no instance state to read.
            return #values in this ? this.#values.get(name) : undefined;
          },
          set(this: CardElement, value: unknown) {
            const old = this.#values.get(name);
            if (Object.is(old, value)) return;
            this.#values.set(name, value);
            this.requestUpdate(name, old);
          },
          configurable: true,
        });
        // HTML lower-cases attribute names, so a camelCase property's default attribute is too.
        if (options.attribute !== false) propertyOf.set(options.attribute ?? name.toLowerCase(), name);
      }
      // Parsed once, when the element is defined, like a linked style sheet at page load: the
      // first card on a page then only adopts it.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(this.styles);
      sheets.set(this, sheet);
    }
    return [...propertyOf.keys(), ...this.extraAttributes];
  }

  #renderRoot: ShadowRoot | undefined;
  #values = new Map<string, unknown>();
  #changed = new Map<string, unknown>();
  #pending = false;
  #inWillUpdate = false;
  #updateComplete: Promise<boolean> = Promise.resolve(true);

  constructor() {
    super();
    const card = this.constructor as typeof CardElement;
    for (const [name, options] of Object.entries(card.properties)) {
      // A framework may set properties before the element is defined; such an own property
      // would shadow the accessor, and must win over the default.
      const early = Object.hasOwn(this, name);
      const value = early ? (this as Record<string, unknown>)[name] : options.default;
      if (early) delete (this as Record<string, unknown>)[name];
      if (value !== undefined) (this as Record<string, unknown>)[name] = value;
    }
  }

  connectedCallback(): void {
    this.requestUpdate();
  }

  disconnectedCallback(): void {}

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const name = propertyByAttribute.get(this.constructor as typeof CardElement)?.get(attribute);
    if (name === undefined) {
      this.requestUpdate();
      return;
    }
    const options = (this.constructor as typeof CardElement).properties[name];
    (this as Record<string, unknown>)[name] = options?.number && value !== null ? Number(value) : value;
  }

  /** Schedules one render for everything that changes in this task. */
  requestUpdate(name?: string, old?: unknown): void {
    if (name !== undefined && !this.#changed.has(name)) this.#changed.set(name, old);
    // A change made in willUpdate is part of the render that follows it, as in Lit.
    if (this.#pending || this.#inWillUpdate) return;
    this.#pending = true;
    this.#updateComplete = Promise.resolve().then(() => {
      this.#pending = false;
      this.#update();
      return !this.#pending;
    });
  }

  /**
   * The open shadow root the card renders into, made at the first render. Not earlier: an element
   * the parser creates after the module has run gets its pre-rendered (declarative) shadow root
   * from the children that follow, and a root attached in the constructor would make the parser
   * refuse it.
   */
  get renderRoot(): ShadowRoot {
    if (!this.#renderRoot) {
      // A pre-rendered card brings its root: it stays on screen until the first render replaces
      // its children, in one task, so nothing blinks or shifts in between.
      // eslint-disable-next-line wc/attach-shadow-constructor -- not in the constructor: the parser would refuse a pre-rendered root.
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      root.replaceChildren();
      root.adoptedStyleSheets = [sheets.get(this.constructor as typeof CardElement) as CSSStyleSheet];
      this.#renderRoot = root;
    }
    return this.#renderRoot;
  }

  /** Resolves when the scheduled render is done; `true` if no other is scheduled. */
  get updateComplete(): Promise<boolean> {
    return this.#updateComplete;
  }

  /** Whether to render now; changes wait for the next render when this says no. */
  protected shouldUpdate(): boolean {
    return this.isConnected;
  }

  protected willUpdate(_changed: ChangedProperties): void {}

  protected abstract render(): TemplateResult;

  protected updated(_changed: ChangedProperties): void {}

  #update(): void {
    if (!this.shouldUpdate()) return;
    const changed = this.#changed;
    this.#changed = new Map();
    this.#inWillUpdate = true;
    try {
      this.willUpdate(changed);
    } finally {
      this.#inWillUpdate = false;
    }
    render(this.render(), this.renderRoot, { host: this });
    this.updated(changed);
  }
}
