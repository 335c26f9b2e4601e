import { expect, fixture, html } from '@open-wc/testing';
import '../src/defus-info.js';
import type { DefusInfo } from '../src/defus-info.js';
import { textContrasts } from './a11y.js';
import { overflowing, shadowQuery } from './helpers.js';

/** Real stylesheets partners' pages carry, from npm, and one written to do harm. */
const HOST_STYLESHEETS: Record<string, string> = {
  'Bootstrap 5': '/node_modules/bootstrap/dist/css/bootstrap.min.css',
  'Tailwind preflight': '/node_modules/tailwindcss/preflight.css',
  'a hostile stylesheet': '/test/fixtures/hostile.css',
};

async function withStylesheet<T>(href: string, run: () => Promise<T>): Promise<T> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', () => reject(new Error(`could not load ${href}`)), { once: true });
  });
  document.head.append(link);
  try {
    await loaded;
    return await run();
  } finally {
    link.remove();
  }
}

async function place(variant: string, width: number): Promise<DefusInfo> {
  // One font for both measurements, so that only what leaks from the host page can differ.
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
    <defus-info lang="de" variant=${variant} style="--defus-info-font-family: sans-serif"></defus-info>
  </div>`);
  const el = wrapper.querySelector('defus-info') as DefusInfo;
  await el.updateComplete;
  return el;
}

const height = (el: DefusInfo) => shadowQuery(el, 'article').getBoundingClientRect().height;

/** True when the element is painted and on top at its own centre. */
function visible(el: DefusInfo, selector: string): boolean {
  const target = shadowQuery(el, selector);
  // instant: Bootstrap turns on smooth scrolling, which would measure mid-scroll.
  target.scrollIntoView({ block: 'center', behavior: 'instant' });
  const box = target.getBoundingClientRect();
  if (!box.width || !box.height || getComputedStyle(target).visibility !== 'visible') return false;
  const hit = el.shadowRoot?.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return hit === target || target.contains(hit ?? null);
}

describe('<defus-info> on pages with their own CSS', () => {
  for (const [name, href] of Object.entries(HOST_STYLESHEETS)) {
    for (const variant of ['card', 'compact']) {
      for (const width of [240, 640]) {
        it(`stays itself under ${name}: ${variant}, ${width}px`, async () => {
          const plainCard = await place(variant, width);
          const plain = height(plainCard);
          plainCard.parentElement?.remove();
          await withStylesheet(href, async () => {
            expect(getComputedStyle(document.body).marginTop, 'the stylesheet applies to the page').to.not.equal('8px');
            const el = await place(variant, width);
            expect(overflowing(el), 'overflow').to.deep.equal([]);
            const root = el.shadowRoot as ShadowRoot;
            for (const { element, ratio } of textContrasts(root)) {
              const style = getComputedStyle(element);
              const what = `${element.localName} "${element.textContent?.trim().slice(0, 20)}"`;
              expect(parseFloat(style.fontSize), `font size of ${what}`).to.be.at.least(14);
              expect(style.textTransform, what).to.equal('none');
              expect(style.whiteSpace, what).to.equal('normal');
              expect(style.textAlign, what).to.be.oneOf(['start', 'left']);
              expect(ratio, `contrast of ${what}`).to.be.at.least(4.5);
            }
            expect(visible(el, '.heading'), 'heading visible').to.equal(true);
            expect(visible(el, '.contact-link'), 'contact link visible').to.equal(true);
            const styled = height(el);
            expect(Math.abs(styled - plain), `height ${styled}px against ${plain}px on a plain page`).to.be.at.most(
              Math.max(4, plain * 0.02),
            );
          });
        });
      }
    }
  }
});
