// dist/custom-elements.json against the element it describes: the shipped module, live in the
// browser. The API tables in docs/api.md and the editors' data are generated from the manifest, so
// this is where a doc comment that no longer tells the truth is caught.
import { expect, fixture, html } from '@open-wc/testing';
import exampleForum from './fixtures/example-forum.config.json';
import { BUILT_MODULE_URL as MODULE_URL } from './helpers.js';

interface ManifestEntry {
  name: string;
  default?: string;
  type?: { text: string };
  fieldName?: string;
  attribute?: string;
  kind?: string;
  static?: boolean;
}
interface ManifestElement {
  tagName: string;
  name: string;
  attributes: ManifestEntry[];
  members: ManifestEntry[];
  events: ManifestEntry[];
  cssParts: ManifestEntry[];
  cssProperties: ManifestEntry[];
  slots?: ManifestEntry[];
}
type CardHost = HTMLElement & Record<string, unknown>;

/** Manifest defaults and union members are source text: `'card'`, `2`, `"light"`. */
const valueOf = (text: string): unknown => JSON.parse(text.replaceAll("'", '"'));
const unionMembers = (type: string): unknown[] =>
  type
    .split('|')
    .map((member) => member.trim())
    .filter((m) => m !== 'undefined')
    .map(valueOf);

let element: ManifestElement;
let exported: Record<string, unknown>;
let definitions: { kind: string; name: string }[];

async function card(template = html`<defus-info></defus-info>`): Promise<CardHost> {
  const host = await fixture<CardHost>(template);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return host;
}

const sheetText = (host: CardHost): string =>
  (host.shadowRoot?.adoptedStyleSheets ?? [])
    .flatMap((sheet) => [...sheet.cssRules])
    .map((rule) => rule.cssText)
    .join('\n');

/** A colour as the browser computes it, so that `#fff` and `#ffffff` compare equal. */
function computedColour(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

describe('dist/custom-elements.json', () => {
  before(async () => {
    exported = (await import(MODULE_URL)) as Record<string, unknown>;
    const manifest = (await (await fetch('/test-api/dist/custom-elements.json')).json()) as {
      modules: { path: string; declarations: ManifestElement[]; exports: { kind: string; name: string }[] }[];
    };
    expect(manifest.modules.map((module) => module.path)).to.deep.equal(['dist/defus-info.js']);
    definitions = manifest.modules[0]!.exports.filter((entry) => entry.kind === 'custom-element-definition');
    element = manifest.modules[0]!.declarations[0]!;
  });

  it('names the tag the module defines, and the class it exports and defines it with', () => {
    const defined = customElements.get(element.tagName);
    expect(defined, element.tagName).to.be.a('function');
    expect(exported[element.name]).to.equal(defined);
    expect(Object.keys(exported)).to.deep.equal([element.name]);
    expect(definitions.map((entry) => entry.name)).to.deep.equal([element.tagName]);
  });

  it('lists exactly the attributes the element observes', () => {
    const observed = (customElements.get(element.tagName) as unknown as { observedAttributes: string[] }).observedAttributes;
    expect(element.attributes.map((attribute) => attribute.name).sort()).to.deep.equal([...observed].sort());
  });

  it('gives each property its real default, and each attribute the property it sets', async () => {
    const host = await card();
    const fields = element.members.filter((member) => member.kind === 'field' && !member.static);
    for (const field of fields) {
      expect(field.name in host, field.name).to.equal(true);
      if (field.default !== undefined) expect(host[field.name], `${field.name} default`).to.equal(valueOf(field.default));
    }
    for (const attribute of element.attributes.filter((entry) => entry.fieldName && entry.fieldName !== 'lang')) {
      const field = fields.find((member) => member.name === attribute.fieldName)!;
      const values = field.type?.text.includes('"') ? unionMembers(field.type.text) : field.type?.text === 'number' ? [3] : ['x'];
      const value = values.find((candidate) => candidate !== host[field.name]) ?? values[0];
      host.setAttribute(attribute.name, String(value));
      expect(host[field.name], `${attribute.name}="${String(value)}" → ${field.name}`).to.equal(value);
      host.removeAttribute(attribute.name);
    }
  });

  it('lists as a property with an attribute only what really has one', () => {
    for (const member of element.members.filter((entry) => entry.attribute)) {
      expect(
        element.attributes.some((attribute) => attribute.name === member.attribute),
        member.name,
      ).to.equal(true);
    }
    const config = element.members.find((member) => member.name === 'config');
    expect(config?.attribute).to.equal(undefined);
  });

  it('lists exactly the events the element fires', async () => {
    const fired = new Set<string>();
    const host = document.createElement(element.tagName) as CardHost;
    // Every event the element dispatches, named in the manifest or not.
    host.dispatchEvent = (event: Event) => {
      fired.add(event.type);
      return EventTarget.prototype.dispatchEvent.call(host, event);
    };
    const warn = console.warn;
    console.warn = () => {};
    try {
      document.body.append(host);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      host.config = { defaultLang: 'en' };
      await new Promise((resolve) => requestAnimationFrame(resolve));
    } finally {
      console.warn = warn;
      host.remove();
    }
    expect([...fired].sort()).to.deep.equal(element.events.map((event) => event.name).sort());
  });

  it('lists exactly the CSS parts the card renders', async () => {
    const rendered = new Set<string>();
    for (const template of [
      html`<defus-info></defus-info>`,
      html`<defus-info .config=${exampleForum}></defus-info>`,
      html`<defus-info variant="compact"></defus-info>`,
    ]) {
      const host = await card(template);
      for (const node of host.shadowRoot!.querySelectorAll('[part]')) for (const part of node.part) rendered.add(part);
    }
    expect(element.cssParts.map((part) => part.name).sort()).to.deep.equal([...rendered].sort());
  });

  it('lists exactly the custom properties the style sheet reads, with the defaults it falls back to', async () => {
    const host = await card();
    const sheet = sheetText(host);
    const read = new Set([...sheet.matchAll(/var\((--defus-info-[\w-]+)/g)].map((match) => match[1]));
    expect(element.cssProperties.map((property) => property.name).sort()).to.deep.equal([...read].sort());

    const cardStyle = getComputedStyle(host.shadowRoot!.querySelector('[part="card"]')!);
    for (const { name, default: documented } of element.cssProperties) {
      const fallbacks = [...sheet.matchAll(new RegExp(`var\\(${name},\\s*([^;]+?)\\)[;\\s}]`, 'g'))].map((match) =>
        match[1]!.trim(),
      );
      // A palette colour falls back to the theme's own variable; its light-theme value is the default.
      const used = fallbacks.map((fallback) => {
        const palette = /^var\((--_[\w-]+)\)?$/.exec(fallback);
        return palette ? cardStyle.getPropertyValue(palette[1]!).trim() : fallback;
      });
      const normalise = (value: string) => (/^#|^rgb/.test(value) ? computedColour(value) : value);
      expect(used.map(normalise), `${name} falls back to ${used.join(' or ')}`).to.include(normalise(documented!));
    }
  });

  it('documents the one default slot: the fallback, shown only while the card’s own config is refused or on its way', async () => {
    expect((element.slots ?? []).map((slot) => slot.name)).to.deep.equal(['']);
    const builtin = await card();
    expect(builtin.shadowRoot!.querySelectorAll('slot').length).to.equal(0);
    const pending = await card(
      html`<defus-info src="/test-api/config?delay=2000"><a href="https://example.org/">Example</a></defus-info>`,
    );
    expect(pending.shadowRoot!.querySelectorAll('slot:not([name])').length).to.equal(1);
  });
});
