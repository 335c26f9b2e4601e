import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit/html.js';
import { CardElement, type ChangedProperties, type PropertyOptions } from '../src/card-element.js';

let tagCount = 0;

/** A fresh subclass under a fresh tag, recording its life cycle. */
function defineProbe(define = true) {
  class Probe extends CardElement {
    static override properties: Readonly<Record<string, PropertyOptions>> = {
      label: {},
      level: { attribute: 'data-level', number: true },
      data: { attribute: false },
      mode: { default: 'plain' },
    };
    static override styles = ':host { display: block; color: rgb(1, 2, 3); }';
    static override extraAttributes = ['lang'];
    declare label: string | null;
    declare level: number | null;
    declare data: unknown;
    declare mode: string;
    /** Set in willUpdate, as DefusInfo sets its shown config there. */
    derived = 0;
    ready = true;
    renders = 0;
    changes: ChangedProperties[] = [];
    protected override shouldUpdate(): boolean {
      return this.ready && super.shouldUpdate();
    }
    protected override willUpdate(changed: ChangedProperties): void {
      this.changes.push(new Map(changed));
      if (changed.has('label')) this.data = `derived from ${this.label}`;
    }
    protected override render(): TemplateResult {
      this.renders += 1;
      return html`<p>${this.label}|${this.level}|${this.getAttribute('lang')}</p>`;
    }
  }
  tagCount += 1;
  const tag = `card-element-probe-${tagCount}`;
  if (define) customElements.define(tag, Probe);
  return { Probe, tag };
}

async function mounted<T extends CardElement>(element: T): Promise<T> {
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const text = (element: CardElement) => element.renderRoot.textContent;

describe('CardElement', () => {
  afterEach(() => document.querySelectorAll('[data-probe]').forEach((element) => element.remove()));

  it('reads attributes into properties, as numbers where declared, and renders them', async () => {
    const { tag } = defineProbe();
    const element = document.createElement(tag) as CardElement & { label: string | null; level: number | null };
    element.dataset.probe = '';
    element.setAttribute('label', 'Example');
    element.setAttribute('data-level', '3');
    await mounted(element);
    expect(element.label).to.equal('Example');
    expect(element.level).to.equal(3);
    expect(text(element)).to.equal('Example|3|');
    element.removeAttribute('label');
    await element.updateComplete;
    expect(element.label).to.equal(null);
  });

  it('renders once for many changes in one task, with each property’s previous value', async () => {
    const { tag } = defineProbe();
    const element = await mounted(document.createElement(tag) as InstanceType<ReturnType<typeof defineProbe>['Probe']>);
    element.dataset.probe = '';
    const before = element.renders;
    element.label = 'a';
    element.label = 'b';
    element.level = 2;
    element.data = { any: 'object' };
    await element.updateComplete;
    expect(element.renders - before).to.equal(1);
    expect([...(element.changes.at(-1) ?? new Map()).entries()]).to.deep.equal([
      ['label', undefined],
      ['level', undefined],
      ['data', undefined],
    ]);
    element.label = 'b';
    await element.updateComplete;
    expect(element.renders - before, 'setting the same value again').to.equal(1);
  });

  it('keeps changes while shouldUpdate says no, and renders them when it says yes', async () => {
    const { tag } = defineProbe();
    const element = document.createElement(tag) as InstanceType<ReturnType<typeof defineProbe>['Probe']>;
    element.dataset.probe = '';
    element.ready = false;
    element.label = 'held';
    await mounted(element);
    expect(element.renders).to.equal(0);
    element.ready = true;
    element.requestUpdate();
    await element.updateComplete;
    expect(text(element)).to.equal('held||');
    expect(element.changes[0]?.has('label')).to.equal(true);
  });

  it('re-renders when an extra observed attribute changes', async () => {
    const { tag } = defineProbe();
    const element = await mounted(document.createElement(tag) as CardElement);
    element.dataset.probe = '';
    element.setAttribute('lang', 'fr');
    await element.updateComplete;
    expect(text(element)).to.contain('|fr');
  });

  it('folds a change made in willUpdate into the render that follows, as Lit does', async () => {
    const { tag } = defineProbe();
    const element = await mounted(document.createElement(tag) as InstanceType<ReturnType<typeof defineProbe>['Probe']>);
    element.dataset.probe = '';
    const before = element.renders;
    element.label = 'x';
    expect(await element.updateComplete, 'no further render pending').to.equal(true);
    expect(element.data).to.equal('derived from x');
    expect(element.renders - before).to.equal(1);
  });

  it('starts from declared defaults, and an early value beats its default', () => {
    const { Probe, tag } = defineProbe(false);
    const early = document.createElement(tag) as HTMLElement & { mode?: string };
    early.dataset.probe = '';
    early.mode = 'early';
    document.body.append(early);
    customElements.define(tag, Probe);
    const late = document.createElement(tag) as HTMLElement & { mode?: string };
    expect(early.mode).to.equal('early');
    expect(late.mode).to.equal('plain');
  });

  it('reads nothing, and throws nothing, when a tool inspects the prototype', () => {
    const { Probe } = defineProbe();
    expect((Probe.prototype as unknown as { label: unknown }).label).to.equal(undefined);
  });

  it('keeps a property set before the element was defined', async () => {
    const { Probe, tag } = defineProbe(false);
    const element = document.createElement(tag) as HTMLElement & { label?: string };
    element.dataset.probe = '';
    element.label = 'set early';
    document.body.append(element);
    customElements.define(tag, Probe);
    await (element as unknown as CardElement).updateComplete;
    expect(Object.hasOwn(element, 'label')).to.equal(false);
    expect(text(element as unknown as CardElement)).to.contain('set early');
  });

  it('adopts its styles as one shared constructable sheet', async () => {
    const { tag } = defineProbe();
    const [first, second] = [document.createElement(tag) as CardElement, document.createElement(tag) as CardElement];
    first.dataset.probe = second.dataset.probe = '';
    await mounted(first);
    await mounted(second);
    expect(first.renderRoot.adoptedStyleSheets).to.have.length(1);
    expect(first.renderRoot.adoptedStyleSheets[0]).to.equal(second.renderRoot.adoptedStyleSheets[0]);
    expect(getComputedStyle(first).color).to.equal('rgb(1, 2, 3)');
  });
});
