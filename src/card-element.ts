import { render, type TemplateResult } from 'lit/html.js';

/** How a reactive property meets its attribute. */
export interface PropertyOptions {
  /** The attribute's name; `false` for a property without one. Default: the property's name. */
  attribute?: string | false;
  /** Read the attribute as a number, as `heading-level="3"` is. */
  number?: boolean;
}

/** What changed since the last render: property name → its previous value. */
export type ChangedProperties = ReadonlyMap<string, unknown>;

/**
 * The small part of LitElement this card needs, on Lit's own template engine (`lit-html`):
 * reactive properties fed by attributes, one batched render per microtask into an open shadow
 * root, a constructable style sheet, and the `willUpdate` / `render` / `updated` /
 * `updateComplete` life cycle with Lit's names and meaning. LitElement's reactive layer costs
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
            return this.#values.get(name);
          },
          set(this: CardElement, value: unknown) {
            const old = this.#values.get(name);
            if (Object.is(old, value)) return;
            this.#values.set(name, value);
            this.requestUpdate(name, old);
          },
          configurable: true,
        });
        if (options.attribute !== false) propertyOf.set(options.attribute ?? name, name);
      }
      // Parsed once, when the element is defined, like a linked style sheet at page load: the
      // first card on a page then only adopts it.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(this.styles);
      sheets.set(this, sheet);
    }
    return [...propertyOf.keys(), ...this.extraAttributes];
  }

  readonly renderRoot: ShadowRoot;
  #values = new Map<string, unknown>();
  #changed = new Map<string, unknown>();
  #pending = false;
  #updateComplete: Promise<boolean> = Promise.resolve(true);

  constructor() {
    super();
    const card = this.constructor as typeof CardElement;
    // A pre-rendered card already has its (declarative) shadow root.
    this.renderRoot = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    this.renderRoot.adoptedStyleSheets = [sheets.get(card) as CSSStyleSheet];
    // A framework may set properties before the element is defined; they would shadow the accessors.
    for (const name of Object.keys(card.properties)) {
      if (Object.hasOwn(this, name)) {
        const value = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = value;
      }
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
    if (this.#pending) return;
    this.#pending = true;
    this.#updateComplete = Promise.resolve().then(() => {
      this.#pending = false;
      this.#update();
      return !this.#pending;
    });
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
    this.willUpdate(changed);
    render(this.render(), this.renderRoot, { host: this });
    this.updated(changed);
  }
}
