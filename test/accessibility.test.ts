import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/defus-info.js';
import type { DefusInfo } from '../src/defus-info.js';
import { shadowQuery, shadowQueryAll } from './helpers.js';

const VARIANTS = ['card', 'compact'] as const;
const THEMES = ['light', 'dark', 'auto'] as const;
const LANGS = ['de', 'en', 'fr'] as const;
const WIDTHS = [240, 900];

async function place(attributes: { variant: string; theme: string; lang: string }, width: number): Promise<DefusInfo> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
    <defus-info variant=${attributes.variant} theme=${attributes.theme} lang=${attributes.lang}></defus-info>
  </div>`);
  const el = wrapper.querySelector('defus-info') as DefusInfo;
  await el.updateComplete;
  return el;
}

/** Checks one card: axe-clean and nothing wider than the card. */
async function expectAccessible(variant: string, theme: string, lang: string, width: number): Promise<void> {
  const el = await place({ variant, theme, lang }, width);
  await expect(el).to.be.accessible();
  const article = shadowQuery(el, 'article');
  expect(article.scrollWidth, 'no horizontal overflow').to.be.at.most(article.clientWidth);
}

describe('<defus-info> accessibility', () => {
  // Every engine starts on a light system colour scheme; the dark runs below emulate theirs.
  for (const variant of VARIANTS) {
    for (const theme of THEMES) {
      for (const lang of LANGS) {
        for (const width of WIDTHS) {
          it(`passes axe: ${variant}, ${theme} theme (system light), ${lang}, ${width}px`, async () => {
            expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(false);
            await expectAccessible(variant, theme, lang, width);
          });
        }
      }
    }
  }

  describe('under a dark system colour scheme', () => {
    let emulated = false;
    // Chromium emulates it over CDP; Firefox over WebDriver BiDi and WebKit over classic
    // WebDriver cannot, so the suite is asked once and skipped there.
    before(async function () {
      try {
        await emulateMedia({ colorScheme: 'dark' });
        emulated = true;
      } catch {
        this.skip();
      }
    });
    after(async () => {
      if (emulated) await emulateMedia({ colorScheme: 'light' });
    });

    for (const variant of VARIANTS) {
      for (const lang of LANGS) {
        for (const width of WIDTHS) {
          it(`passes axe: ${variant}, auto theme (system dark; skipped where prefers-color-scheme cannot be emulated: Firefox, WebKit), ${lang}, ${width}px`, async () => {
            expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
            await expectAccessible(variant, 'auto', lang, width);
          });
        }
      }
    }
  });

  it('reaches every link with the keyboard, with a visible focus outline', async () => {
    const el = await fixture<DefusInfo>(html`<defus-info
      .config=${{
        version: 1,
        defaultLang: 'en',
        name: 'Example Forum for Urban Security',
        summary: 'A fictional forum.',
        links: [
          { href: 'https://example.org/', label: 'Example Forum website' },
          { href: 'mailto:info@example.org', label: 'E-mail the Example Forum' },
        ],
      }}
    ></defus-info>`);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const reached: string[] = [];
    for (const _ of shadowQueryAll(el, 'a')) {
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot?.activeElement as HTMLAnchorElement | null;
      expect(focused?.localName).to.equal('a');
      reached.push(focused?.getAttribute('href') ?? '');
      const style = getComputedStyle(focused as Element);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    }
    expect(reached).to.deep.equal(['https://example.org/', 'mailto:info@example.org']);
    before.remove();
  });
});
