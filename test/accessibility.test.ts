import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/defus-info.js';
import type { DefusInfo } from '../src/defus-info.js';
import { backgroundBehind, contrastRatio, parseColor, runAxe, textContrasts } from './a11y.js';
import { NETWORK_FORUMS, type NetworkForum } from './fixtures/network-forums.js';
import { exampleConfig, shadowQuery, shadowQueryAll } from './helpers.js';

const VARIANTS = ['card', 'compact'] as const;
const THEMES = ['light', 'dark', 'auto'] as const;
const LANGS = ['de', 'en', 'fr'] as const;
/** The built-in card's other languages, checked in fewer combinations: their words change, not their colours. */
const MORE_LANGS = ['it', 'es', 'pt', 'nl'] as const;
const RTL_FORUM = NETWORK_FORUMS.find((forum) => forum.dir === 'rtl') as NetworkForum;
const WIDTHS = [240, 900];

async function place(
  attributes: { variant: string; theme: string; lang: string },
  width: number,
  config?: unknown,
): Promise<DefusInfo> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
    <defus-info variant=${attributes.variant} theme=${attributes.theme} lang=${attributes.lang} .config=${config}></defus-info>
  </div>`);
  const el = wrapper.querySelector('defus-info') as DefusInfo;
  await el.updateComplete;
  return el;
}

/** One card: no axe violation of WCAG 2.2 AA, every text at 4.5:1 or more, nothing wider than the card. */
async function expectAccessible(variant: string, theme: string, lang: string, width: number, config?: unknown): Promise<void> {
  const el = await place({ variant, theme, lang }, width, config);
  expect(shadowQuery(el, 'article').lang, 'the card is in the language asked for').to.equal(lang);
  const results = await runAxe(el);
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).to.deep.equal([]);
  // Proof that axe looked at the card's text and links, not at an empty box.
  expect(results.passes.map((rule) => rule.id)).to.include.members(['color-contrast', 'link-name']);
  const weak = textContrasts(el.shadowRoot as ShadowRoot)
    .filter(({ ratio }) => ratio < 4.5)
    .map(({ element, ratio }) => `${element.localName} "${element.textContent?.trim()}": ${ratio.toFixed(2)}:1`);
  expect(weak, 'text below 4.5:1').to.deep.equal([]);
  const article = shadowQuery(el, 'article');
  expect(article.scrollWidth, 'no horizontal overflow').to.be.at.most(article.clientWidth);
}

/**
 * Whether this engine can emulate media features (Chromium, over CDP). Asked before emulating, so
 * that an engine without it skips the test quietly (the run names the skips once per engine)
 * rather than logging a failed command's stack trace.
 */
const canEmulateMedia = async () => (await executeServerCommand<boolean, undefined>('can-emulate-media')) === true;

/** Runs `body` with a media feature emulated, or skips the test where the engine cannot. */
async function emulated(
  context: Mocha.Context,
  emulate: () => Promise<unknown>,
  reset: () => Promise<unknown>,
  body: () => void | Promise<void>,
) {
  if (!(await canEmulateMedia())) context.skip();
  await emulate();
  try {
    await body();
  } finally {
    await reset();
  }
}

const TWO_LINKS = exampleConfig({
  links: [
    { href: 'https://example.org/', label: 'Example Forum website' },
    { href: 'mailto:info@example.org', label: 'E-mail the Example Forum' },
    { href: 'https://example.org/news', label: 'Example Forum news', newWindow: true },
  ],
});

describe('<defus-info> accessibility', () => {
  // Every engine starts on a light system colour scheme; the dark runs below emulate theirs.
  for (const variant of VARIANTS) {
    for (const theme of THEMES) {
      for (const lang of LANGS) {
        for (const width of WIDTHS) {
          it(`passes axe (WCAG 2.2 AA) and contrast: ${variant}, ${theme} theme (system light), ${lang}, ${width}px`, async () => {
            expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(false);
            await expectAccessible(variant, theme, lang, width);
          });
        }
      }
    }
  }

  for (const lang of MORE_LANGS) {
    for (const theme of ['light', 'dark']) {
      for (const width of WIDTHS) {
        it(`passes axe (WCAG 2.2 AA) and contrast: card, ${theme} theme, ${lang}, ${width}px`, async () => {
          await expectAccessible('card', theme, lang, width);
        });
      }
    }
  }

  for (const variant of VARIANTS) {
    for (const theme of ['light', 'dark']) {
      for (const width of WIDTHS) {
        it(`passes axe (WCAG 2.2 AA) and contrast right to left: a fictional ${RTL_FORUM.lang} forum, ${variant}, ${theme} theme, ${width}px`, async () => {
          await expectAccessible(variant, theme, RTL_FORUM.lang, width, RTL_FORUM.config);
        });
      }
    }
  }

  describe('under a dark system colour scheme', () => {
    let emulating = false;
    // Chromium emulates it over CDP; Firefox over WebDriver BiDi and WebKit over classic
    // WebDriver cannot, so the suite is asked once and skipped there.
    before(async function () {
      if (!(await canEmulateMedia())) this.skip();
      await emulateMedia({ colorScheme: 'dark' });
      emulating = true;
    });
    after(async () => {
      if (emulating) await emulateMedia({ colorScheme: 'light' });
    });

    for (const variant of VARIANTS) {
      for (const lang of LANGS) {
        for (const width of WIDTHS) {
          it(`passes axe (WCAG 2.2 AA) and contrast: ${variant}, auto theme (system dark; skipped where prefers-color-scheme cannot be emulated: Firefox, WebKit), ${lang}, ${width}px`, async () => {
            expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
            await expectAccessible(variant, 'auto', lang, width);
          });
        }
      }
    }

    it('auto follows the system: the dark palette, not an inversion', async () => {
      const auto = await place({ variant: 'card', theme: 'auto', lang: 'en' }, 600);
      const dark = await place({ variant: 'card', theme: 'dark', lang: 'en' }, 600);
      expect(getComputedStyle(shadowQuery(auto, 'article')).backgroundColor).to.equal(
        getComputedStyle(shadowQuery(dark, 'article')).backgroundColor,
      );
      expect(getComputedStyle(shadowQuery(auto, '.contact-link')).color).to.equal(
        getComputedStyle(shadowQuery(dark, '.contact-link')).color,
      );
    });
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`reaches every link with the keyboard, with a focus outline of 3:1 or more (${theme})`, async () => {
      const el = await fixture<DefusInfo>(html`<defus-info theme=${theme} .config=${TWO_LINKS}></defus-info>`);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      const reached: string[] = [];
      for (const _ of shadowQueryAll(el, 'a')) {
        await sendKeys({ press: 'Tab' });
        const focused = el.shadowRoot?.activeElement as HTMLAnchorElement;
        expect(focused?.localName).to.equal('a');
        reached.push(focused.getAttribute('href') ?? '');
        const style = getComputedStyle(focused);
        expect(style.outlineStyle).to.equal('solid');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(3);
        // The outline sits outside the link (outline-offset), on the card's background.
        const ratio = contrastRatio(parseColor(style.outlineColor), backgroundBehind(focused.parentElement as Element));
        expect(ratio, `focus outline of ${reached.at(-1)}`).to.be.at.least(3);
      }
      expect(reached).to.deep.equal(['https://example.org/', 'mailto:info@example.org', 'https://example.org/news']);
      before.remove();
    });
  }

  it('tells screen-reader users which link opens a new window', async () => {
    const el = await fixture<DefusInfo>(html`<defus-info lang="en" .config=${TWO_LINKS}></defus-info>`);
    const link = shadowQueryAll<HTMLAnchorElement>(el, 'a').find((each) => each.target === '_blank') as HTMLAnchorElement;
    expect(link.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Example Forum news (opens in a new window) ↗');
    expect(link.querySelector('[aria-hidden="true"]')?.textContent?.trim()).to.equal('↗');
  });

  it('has no motion to reduce: no transition or animation, with or without prefers-reduced-motion', async function () {
    const el = await place({ variant: 'card', theme: 'light', lang: 'en' }, 600);
    const moving = () =>
      [...(el.shadowRoot as ShadowRoot).querySelectorAll('*')].filter((node) => {
        const style = getComputedStyle(node);
        return parseFloat(style.transitionDuration) > 0 || style.animationName !== 'none';
      });
    expect(moving()).to.deep.equal([]);
    await emulated(
      this,
      () => emulateMedia({ reducedMotion: 'reduce' }),
      () => emulateMedia({ reducedMotion: 'no-preference' }),
      () => {
        expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
        expect(moving()).to.deep.equal([]);
      },
    );
  });

  it('keeps borders and the focus outline in forced colours (Windows High Contrast; Chromium)', async function () {
    const el = await fixture<DefusInfo>(html`<defus-info .config=${TWO_LINKS}></defus-info>`);
    await emulated(
      this,
      () => executeServerCommand('emulate-forced-colors', { active: true }),
      () => executeServerCommand('emulate-forced-colors', { active: false }),
      async () => {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const card = getComputedStyle(shadowQuery(el, 'article'));
        expect(card.borderTopStyle).to.equal('solid');
        expect(parseColor(card.borderTopColor)[3]).to.equal(1);
        const button = shadowQuery(el, '.contact-link');
        const style = getComputedStyle(button);
        expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
        expect(contrastRatio(parseColor(style.borderTopColor), backgroundBehind(button.parentElement as Element))).to.be.at.least(
          3,
        );
        const before = document.createElement('button');
        el.before(before);
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot?.activeElement).to.equal(button);
        expect(getComputedStyle(button).outlineStyle).to.equal('solid');
        before.remove();
      },
    );
  });

  it('prints legibly: black on white, with web link targets written out', async function () {
    const el = await fixture<DefusInfo>(html`<defus-info theme="dark" .config=${TWO_LINKS}></defus-info>`);
    const builtin = await fixture<DefusInfo>(html`<defus-info theme="dark"></defus-info>`);
    await emulated(
      this,
      () => emulateMedia({ media: 'print' }),
      () => emulateMedia({ media: 'screen' }),
      () => {
        expect(matchMedia('print').matches).to.equal(true);
        const card = getComputedStyle(shadowQuery(el, 'article'));
        expect(card.color).to.equal('rgb(0, 0, 0)');
        expect(card.backgroundColor).to.equal('rgb(255, 255, 255)');
        const contact = shadowQuery(el, '.contact-link');
        expect(getComputedStyle(contact).color).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle(contact, '::after').content).to.equal('" (https://example.org/)"');
        const mail = shadowQueryAll(el, 'a').find((link) => link.getAttribute('href')?.startsWith('mailto:')) as Element;
        expect(getComputedStyle(mail, '::after').content, 'mail links print their text only').to.equal('none');
        // Every text of the full built-in card, short name and fact labels included, prints black.
        for (const { element } of textContrasts(builtin.shadowRoot as ShadowRoot)) {
          expect(getComputedStyle(element).color, `${element.localName} "${element.textContent?.trim()}"`).to.equal(
            'rgb(0, 0, 0)',
          );
        }
      },
    );
  });
});
