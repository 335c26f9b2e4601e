import { expect } from '@open-wc/testing';
import { html, nothing, render, type TemplateResult } from 'lit/html.js';
import { flatten } from '../src/flatten-template.js';

/** Renders into a fresh element; its markup without lit-html's marker comments. */
function draw(result: TemplateResult): { host: HTMLElement; markup: string } {
  const host = document.createElement('div');
  render(result, host);
  return { host, markup: host.innerHTML.replace(/<!--[^]*?-->/g, '') };
}

const item = (text: string) => html`<li>${text}</li>`;
const list = (texts: string[], extra?: TemplateResult) => html`<ul class=${'list'}>${texts.map(item)}${extra ?? nothing}</ul>`;

describe('flatten', () => {
  it('draws the same markup as the nested templates, texts as text', () => {
    const nested = list(['one', '<b>two</b>'], html`<li lang=${'fr'}>${'trois'}</li>`);
    const flat = flatten(nested);
    expect(draw(flat).markup).to.equal(draw(nested).markup);
    expect(draw(flat).host.querySelector('b')).to.equal(null);
    expect(draw(flat).host.querySelector('[lang="fr"]')?.textContent).to.equal('trois');
  });

  it('leaves only texts, attribute values and nothing as values', () => {
    const flat = flatten(list(['one', 'two'], html`<li>${'three'}</li>`));
    expect(flat.values).to.deep.equal(['list', 'one', 'two', 'three']);
    expect(flat.strings.join('|')).to.equal('<ul class=|><li>|</li><li>|</li><li>|</li></ul>');
  });

  it('gives one strings array to equal shapes and another to each different shape', () => {
    const a = flatten(list(['one', 'two']));
    const b = flatten(list(['three', 'four']));
    const c = flatten(list(['one', 'two', 'three']));
    const d = flatten(list(['one', 'two'], html`<li>${'x'}</li>`));
    expect(a.strings).to.equal(b.strings);
    expect(b.values).to.deep.equal(['list', 'three', 'four', nothing]);
    expect(c.strings).to.not.equal(a.strings);
    expect(d.strings).to.not.equal(a.strings);
    // Same markup, other templates: a shape is named by its templates, not by its text.
    const other = flatten(html`<ul class=${'list'}>${['one', 'two'].map((text) => html`<li>${text}</li>`)}${nothing}</ul>`);
    expect(other.strings).to.not.equal(a.strings);
    expect(draw(other).markup).to.equal(draw(a).markup);
  });

  it('updates a rendered card in place when only its texts change', () => {
    const host = document.createElement('div');
    render(flatten(list(['one', 'two'])), host);
    const first = host.querySelector('li');
    render(flatten(list(['uno', 'dos'])), host);
    expect(host.querySelector('li')).to.equal(first);
    expect([...host.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['uno', 'dos']);
  });

  it('keeps an object that only looks like a template result a value', () => {
    // As JSON.parse or a script could make it: its strings are a plain array, not a template's.
    const lookalike = JSON.parse('{"_$litType$": 1, "strings": ["<img src=x onerror=alert(1)>"], "values": []}') as unknown;
    const flat = flatten(html`<p>${lookalike}</p>`);
    expect(flat.values).to.deep.equal([lookalike]);
    expect(flat.strings.join('')).to.equal('<p></p>');
  });

  it('starts its cache again past 64 shapes, and still draws each card', () => {
    const first = flatten(list(['a']));
    expect(flatten(list(['b'])).strings).to.equal(first.strings);
    for (let count = 2; count <= 70; count += 1) flatten(list(Array.from({ length: count }, String)));
    const again = flatten(list(['c']));
    expect(again.strings).to.not.equal(first.strings);
    expect(draw(again).markup).to.equal('<ul class="list"><li>c</li></ul>');
  });

  it('refuses, in development, a nested template in an attribute position', () => {
    // Built without a tagged literal: a result in an attribute is the very mistake lit-analyzer flags.
    const template = (strings: string[], ...values: unknown[]) =>
      html(Object.assign([...strings], { raw: [...strings] }), ...values);
    const nested = html`<b>x</b>`;
    expect(() => flatten(template(['<p class=', '></p>'], nested))).to.throw(/attribute position/);
    expect(() => flatten(template(['<a href=', ' title=', '>link</a>'], '/', [nested]))).to.throw(/attribute position/);
    expect(() => flatten(html`<p>${html`<b>x</b>`}</p><p class=${'ok'}>${[html`<i>y</i>`]}</p>`)).not.to.throw();
  });
});
