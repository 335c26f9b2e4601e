// What editors saw at 390 px and with a partner's custom properties (issue 18, item 5): a lone
// hyphen at a line end, a fact alone beside an empty cell, a button rounder than the card.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/defus-info.js';
import type { DefusInfo } from '../src/defus-info.js';
import { keepHyphenWithWord } from '../src/typography.js';
import { exampleConfig, shadowQuery, shadowQueryAll } from './helpers.js';

async function placed(width: number, style = '', config?: unknown): Promise<DefusInfo> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
    <defus-info lang="de" style=${style} .config=${config}></defus-info>
  </div>`);
  const el = wrapper.querySelector('defus-info') as DefusInfo;
  await el.updateComplete;
  return el;
}

/** The tops of the line boxes of a text node's characters `at` and `at + 1`. */
function lineTops(node: Text, at: number): [number, number] {
  const top = (offset: number) => {
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    return Math.round(range.getClientRects()[0]?.top ?? Number.NaN);
  };
  return [top(at), top(at + 1)];
}

describe('what editors see, polished', () => {
  it('keeps a word-opening hyphen with its word, and only that hyphen', () => {
    expect(keepHyphenWithWord('Mitgliedsstädte und -organisationen')).to.equal('Mitgliedsstädte und -\u2060organisationen');
    expect(keepHyphenWithWord('-Anfang')).to.equal('-\u2060Anfang');
    expect(keepHyphenWithWord('Deutsch-Europäisches Forum, 2 - 3 Tage')).to.equal('Deutsch-Europäisches Forum, 2 - 3 Tage');
  });

  it('never ends a line of the German card with the hyphen of "-organisationen", from 300 to 720 px', async () => {
    const el = await placed(300);
    const column = el.parentElement as HTMLElement;
    const walker = document.createTreeWalker(el.shadowRoot as ShadowRoot, NodeFilter.SHOW_TEXT);
    let node: Text | undefined;
    while (walker.nextNode()) {
      if (/ -\u2060?organisationen/.test((walker.currentNode as Text).data)) node = walker.currentNode as Text;
    }
    expect(node, 'the German description holds the suspended compound').to.not.equal(undefined);
    const text = node as Text;
    const at = text.data.search(/-\u2060?organisationen/);
    // The letter after the hyphen, past the word joiner, which has no box of its own.
    const letter = at + (text.data[at + 1] === '\u2060' ? 2 : 1);
    const split: number[] = [];
    for (let width = 300; width <= 720; width += 2) {
      column.style.width = `${width}px`;
      const [hyphenTop] = lineTops(text, at);
      const [letterTop] = lineTops(text, letter);
      if (hyphenTop !== letterTop) split.push(width);
    }
    expect(split).to.deep.equal([]);
  });

  it('gives an odd last fact the whole row in the two-column facts grid', async () => {
    const el = await placed(600);
    const list = shadowQuery(el, 'dl');
    const items = shadowQueryAll(el, 'dl > div');
    expect(getComputedStyle(list).gridTemplateColumns.split(' ')).to.have.length(2);
    expect(items.length % 2, 'the built-in card has an odd number of facts').to.equal(1);
    const last = items[items.length - 1] as HTMLElement;
    expect(last.textContent).to.contain('Geschäftsführerin');
    expect(last.getBoundingClientRect().width).to.be.closeTo(list.getBoundingClientRect().width, 1);
    const even = await placed(
      600,
      '',
      exampleConfig({
        facts: [
          { label: 'a', value: 'b' },
          { label: 'c', value: 'd' },
        ],
      }),
    );
    const [first, second] = shadowQueryAll(even, 'dl > div');
    expect(first?.getBoundingClientRect().top).to.equal(second?.getBoundingClientRect().top);
  });

  it("rounds the contact button no more than the card's own --defus-info-radius", async () => {
    const radius = async (style: string) =>
      getComputedStyle(shadowQuery(await placed(600, style), '.contact-link')).borderTopLeftRadius;
    expect(await radius('--defus-info-radius: 2px')).to.equal('2px');
    expect(await radius('--defus-info-radius: 0')).to.equal('0px');
    expect(await radius('')).to.equal('8px');
    expect(await radius('--defus-info-radius: 20px')).to.equal('8px');
  });
});
