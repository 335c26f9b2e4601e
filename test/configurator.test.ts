import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/defus-info.js';
import type { DefusInfo } from '../src/defus-info.js';
import type { PrerenderOptions } from '../src/ssr.js';
import { WCAG_TAGS } from './a11y.js';
import { prerendered, waitFor, withWarnings } from './helpers.js';
import { version } from '../package.json';

// The embed-code configurator (demo/configurator.html) driven as an editor drives it, in an
// iframe of its own. Its /dist/ and /api/prerender come from scripts/dev-api.js, mounted in this
// server as in `npm start`; the expected values come from the test server's own routes
// (/test-api/dist/, /test-api/prerender) and from cards made in this page.

const PAGE = '/demo/configurator.html';
const DESKTOP = 1100;
const PHONE = 360;
const SMALLEST_PHONE = 320;

type AxeWindow = Window & {
  axe: {
    run(
      context: Document,
      options: object,
    ): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }>;
  };
};

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

async function openConfigurator(width = DESKTOP): Promise<Window> {
  const frame = document.createElement('iframe');
  // At the top left, so that no engine pauses the page as out of view.
  frame.style.cssText = `position: absolute; top: 0; left: 0; width: ${width}px; height: 900px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = PAGE;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as Window;
  await waitFor(() => snippet(win, 'script') !== '' && snippet(win, 'prerendered') !== '', 'both snippets', 8000);
  return win;
}

const byId = <T extends HTMLElement = HTMLElement>(win: Window, id: string) => win.document.getElementById(id) as T;
const previewCard = (win: Window) => win.document.querySelector('#preview defus-info') as DefusInfo;
const snippet = (win: Window, name: 'script' | 'prerendered') => byId(win, `${name}-snippet`).textContent ?? '';
const problems = (win: Window) => [...byId(win, 'problems').querySelectorAll('li')].map((item) => item.textContent);
const problemsText = (win: Window) => byId(win, 'problems').textContent?.trim();
/** Shown, as a reader sees it: not inside anything hidden. */
const shown = (element: HTMLElement) => element.getClientRects().length > 0;

function choose(win: Window, id: string): void {
  byId<HTMLInputElement>(win, id).click();
}

function selectOption(win: Window, id: string, value: string): void {
  const select = byId<HTMLSelectElement>(win, id);
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Replaces a text field's content at once, as pasting does. */
function paste(win: Window, id: string, text: string): void {
  const field = byId<HTMLInputElement | HTMLTextAreaElement>(win, id);
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
}

/** Runs `act`, then waits until the preview card has been replaced by a new one and returns it. */
async function replacedCard(win: Window, act: () => unknown): Promise<DefusInfo> {
  const before = previewCard(win);
  await act();
  await waitFor(() => previewCard(win) !== before, 'the preview card to be replaced');
  expect(before.isConnected, 'the old card left the page').to.equal(false);
  const card = previewCard(win);
  await card.updateComplete;
  return card;
}

/** Waits until `actual()` is `expected`, then compares them, so a failure shows the difference. */
async function eventually(actual: () => unknown, expected: unknown, what: string): Promise<void> {
  await waitFor(() => JSON.stringify(actual()) === JSON.stringify(expected), what).catch(() => undefined);
  expect(actual(), what).to.deep.equal(expected);
}

const attributesOf = (card: Element) => [...card.attributes].map(({ name, value }) => [name, value]);
const startTag = (attributes: string[][]) => `<defus-info${attributes.map(([name, value]) => ` ${name}="${value}"`).join('')}>`;
/** The snippet's lines after the module's script tag. */
const cardLines = (win: Window) => snippet(win, 'script').split('\n').slice(1);

async function sha384Base64(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  return btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))));
}

/** What a card prints to the console when a partner pastes this markup into a page: this page, here. */
async function printedByPasted(markup: string): Promise<string[]> {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const card = document.importNode(template.content.querySelector('defus-info') as DefusInfo, true);
  return withWarnings(async () => {
    document.body.append(card);
    await card.updateComplete;
    card.remove();
  });
}

const EXAMPLE_CONFIG = {
  version: 1,
  defaultLang: 'en',
  name: 'Example Forum for Urban Security',
  summary: { en: 'A fictional forum, <b>not</b> a real one.', fr: 'Un forum fictif.' },
  facts: [{ label: 'Members', value: 'Example City' }],
  links: [{ href: 'https://example.org', label: 'Example Forum website' }],
};

describe('embed-code configurator (demo/configurator.html)', () => {
  it('rebuilds the preview card and the snippet on every change of every control', async () => {
    const win = await openConfigurator();
    const expected: Record<string, string> = {};
    const attributeOrder = ['lang', 'variant', 'theme', 'heading-level', 'src'];
    const expectShown = async (step: string) => {
      const attributes = attributeOrder.filter((name) => name in expected).map((name) => [name, expected[name] as string]);
      expect(attributesOf(previewCard(win)), step).to.deep.equal(attributes);
      await eventually(() => cardLines(win)[0], startTag(attributes), `${step}: the snippet's start tag`);
    };
    const steps: [string, () => void, Record<string, string | undefined>][] = [
      ['French', () => choose(win, 'lang-fr'), { lang: 'fr' }],
      ['compact', () => choose(win, 'variant-compact'), { variant: 'compact' }],
      ['dark', () => choose(win, 'theme-dark'), { theme: 'dark' }],
      ['heading level 4', () => selectOption(win, 'heading-level', '4'), { 'heading-level': '4' }],
      ['auto theme', () => choose(win, 'theme-auto'), { theme: 'auto' }],
      ['German', () => choose(win, 'lang-de'), { lang: 'de' }],
      ['English', () => choose(win, 'lang-en'), { lang: 'en' }],
      // Back to the defaults: the attributes go, as the card applies the defaults itself.
      ["the page's language", () => choose(win, 'lang-page'), { lang: undefined }],
      ['full card', () => choose(win, 'variant-card'), { variant: undefined }],
      ['light', () => choose(win, 'theme-light'), { theme: undefined }],
      ['heading level 2', () => selectOption(win, 'heading-level', '2'), { 'heading-level': undefined }],
    ];
    for (const [step, act, change] of steps) {
      const card = await replacedCard(win, act);
      for (const [name, value] of Object.entries(change)) {
        if (value === undefined) delete expected[name];
        else expected[name] = value;
      }
      await expectShown(step);
      if (change.lang) expect(card.shadowRoot?.querySelector('article')?.lang, step).to.equal(change.lang);
      expect(shown(byId(win, 'lang-note')), `${step}: the note on the page's language`).to.equal(!('lang' in expected));
    }

    // The config source: a src URL …
    expect(shown(byId(win, 'config-src'))).to.equal(false);
    await replacedCard(win, () => choose(win, 'source-src'));
    expect(shown(byId(win, 'config-src'))).to.equal(true);
    await replacedCard(win, () => paste(win, 'config-src', '/test-api/config'));
    expected.src = '/test-api/config';
    await expectShown('src');
    await eventually(
      () => previewCard(win).shadowRoot?.querySelector('[part~="summary"]')?.textContent,
      'A fictional national forum used in the tests of this widget.',
      'the src config shown',
    );
    // … own JSON, carried inline by the card as in the snippet …
    delete expected.src;
    const ownJson = await replacedCard(win, () => choose(win, 'source-json'));
    expect(shown(byId(win, 'config-json'))).to.equal(true);
    await replacedCard(win, () => paste(win, 'config-json', JSON.stringify(EXAMPLE_CONFIG, null, 2)));
    const inline = previewCard(win).querySelector('script[type="application/json"]');
    expect(JSON.parse(inline?.textContent ?? '')).to.deep.equal(EXAMPLE_CONFIG);
    expect(ownJson.isConnected).to.equal(false);
    await expectShown('own JSON');
    await eventually(
      () => cardLines(win).slice(1, 3),
      ['  <script type="application/json">', JSON.stringify(EXAMPLE_CONFIG, null, 2).replace(/</g, '\\u003c').split('\n')[0]],
      'the inline JSON in the snippet',
    );
    expect(snippet(win, 'script')).to.not.contain('<b>');
    await eventually(
      () => cardLines(win).slice(-2),
      ['  <a href="https://example.org">Example Forum for Urban Security</a>', '</defus-info>'],
      'the fallback link of own JSON',
    );
    // … and back to the built-in card.
    await replacedCard(win, () => choose(win, 'source-builtin'));
    expect(previewCard(win).children).to.have.length(0);
    await eventually(
      () => cardLines(win),
      [
        '<defus-info>',
        '  <a href="https://www.defus.de">DEFUS – Deutsch-Europäisches Forum für Urbane Sicherheit e. V.</a>',
        '</defus-info>',
      ],
      'the built-in card',
    );

    // Where the partner serves the module.
    await replacedCard(win, () => paste(win, 'module-url', '/js/defus-info.js'));
    await eventually(
      () => snippet(win, 'script').split('\n')[0]?.startsWith('<script type="module" src="/js/defus-info.js" integrity="sha384-'),
      true,
      'the module URL in the script tag',
    );
    await eventually(
      () => snippet(win, 'prerendered').split('\n')[0],
      snippet(win, 'script').split('\n')[0],
      'the same script tag in the pre-rendered snippet',
    );
  });

  it('rebuilds the card once typing pauses, not on every keystroke', async () => {
    const win = await openConfigurator();
    await replacedCard(win, () => choose(win, 'source-src'));
    const rebuilds: number[] = [];
    const observer = new MutationObserver(() => rebuilds.push(performance.now()));
    observer.observe(byId(win, 'preview'), { childList: true });
    const url = '/test-api/config';
    for (let length = 1; length <= url.length; length += 4) {
      paste(win, 'config-src', url.slice(0, length));
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    paste(win, 'config-src', url);
    const typed = performance.now();
    await eventually(() => previewCard(win).getAttribute('src'), url, 'the card for the whole URL');
    await new Promise((resolve) => setTimeout(resolve, 300));
    observer.disconnect();
    expect(rebuilds).to.have.length(1);
    expect((rebuilds[0] as number) - typed).to.be.at.least(200);
  });

  it('lists exactly what the card prints for bad JSON, and nothing once it is fixed', async () => {
    const win = await openConfigurator();
    await replacedCard(win, () => choose(win, 'source-json'));
    expect(problemsText(win)).to.equal('No problems.');

    await replacedCard(win, () => paste(win, 'config-json', '{ "version": 1, "defaultLang": "en", }'));
    await waitFor(() => problems(win).length > 0, 'the syntax error');
    const syntaxErrors = problems(win);
    expect(syntaxErrors).to.have.length(1);
    expect(syntaxErrors[0]).to.match(/^<defus-info> inline config: expected valid JSON, found a syntax error \(.+\)\.$/);
    // The snippet, pasted into a page, prints the very same message (its wording is the engine's).
    await eventually(() => cardLines(win)[1], '  <script type="application/json">', 'the snippet with the broken JSON');
    expect(await printedByPasted(cardLines(win).join('\n'))).to.deep.equal(syntaxErrors);

    const wrongType = JSON.stringify({ ...EXAMPLE_CONFIG, facts: [{ label: 'Members', value: 42 }] });
    await replacedCard(win, () => paste(win, 'config-json', wrongType));
    await eventually(
      () => problems(win),
      [
        '<defus-info> inline config at facts[0].value: expected a string, or an object of strings by language tag, found number 42.',
      ],
      'the wrong type',
    );
    await eventually(() => cardLines(win)[2], wrongType.replace(/</g, '\\u003c'), 'the snippet with the wrong type');
    expect(await printedByPasted(cardLines(win).join('\n'))).to.deep.equal(problems(win));
    expect(byId(win, 'problems').getAttribute('role')).to.equal('status');

    await replacedCard(win, () => paste(win, 'config-json', JSON.stringify(EXAMPLE_CONFIG)));
    await eventually(() => problemsText(win), 'No problems.', 'the problems cleared');
    expect(problems(win)).to.deep.equal([]);
  });

  it('reports a src load failure when it arrives, and explains why a src card is not pre-rendered', async () => {
    const win = await openConfigurator();
    await replacedCard(win, () => choose(win, 'source-src'));
    expect(problemsText(win)).to.equal('No URL yet: the card shows the built-in DEFUS card.');
    await replacedCard(win, () => paste(win, 'config-src', '/test-api/status/404?delay=300'));
    expect(problemsText(win)).to.equal('Loading /test-api/status/404?delay=300 …');
    await eventually(
      () => problems(win),
      ['<defus-info> config from /test-api/status/404?delay=300: expected an HTTP 200 response, found HTTP 404.'],
      'the src failure',
    );

    const explanation = byId(win, 'prerender-needs-json');
    expect(shown(explanation)).to.equal(true);
    expect(explanation.textContent).to.contain('Pre-rendering needs the config itself');
    expect(shown(byId(win, 'prerendered-snippet'))).to.equal(false);
    await replacedCard(win, () => byId(win, 'use-json').click());
    expect(byId<HTMLInputElement>(win, 'source-json').checked).to.equal(true);
    expect(win.document.activeElement?.id).to.equal('config-json');
    await eventually(() => shown(byId(win, 'prerendered-snippet')), true, 'the pre-rendered snippet of the JSON config');
    expect(shown(explanation)).to.equal(false);
  });

  it('pins the built module by its SHA-384, and pre-renders what the built server renderer renders', async () => {
    const win = await openConfigurator();
    const hash = await sha384Base64('/test-api/dist/defus-info.js');
    const scriptTag = `<script type="module" src="/defus-info/${version}/defus-info.js" integrity="sha384-${hash}" crossorigin="anonymous"></script>`;
    expect(snippet(win, 'script').split('\n')[0]).to.equal(scriptTag);

    const configText = JSON.stringify(EXAMPLE_CONFIG, null, 2);
    const cases: [string, () => Promise<void>, PrerenderOptions][] = [
      ['the built-in card', async () => {}, { variant: 'card', theme: 'light', headingLevel: 2 }],
      [
        'English, compact, dark, h3',
        async () => {
          await replacedCard(win, () => choose(win, 'lang-en'));
          await replacedCard(win, () => choose(win, 'variant-compact'));
          await replacedCard(win, () => choose(win, 'theme-dark'));
          await replacedCard(win, () => selectOption(win, 'heading-level', '3'));
        },
        { lang: 'en', variant: 'compact', theme: 'dark', headingLevel: 3 },
      ],
      [
        'own JSON in French',
        async () => {
          await replacedCard(win, () => choose(win, 'lang-fr'));
          await replacedCard(win, () => choose(win, 'source-json'));
          await replacedCard(win, () => paste(win, 'config-json', configText));
        },
        { configText, lang: 'fr', variant: 'compact', theme: 'dark', headingLevel: 3 },
      ],
    ];
    for (const [name, act, options] of cases) {
      await act();
      const expected = await prerendered(options);
      await eventually(() => snippet(win, 'prerendered'), `${scriptTag}\n${expected.html}`, `${name}: the pre-rendered snippet`);
      expect(byId(win, 'csp-style-src').textContent).to.equal(`style-src 'self' ${expected.styleHash}`);
      // Both snippets give readers without JavaScript the same link.
      const fallback = /<a href="[^"]*">[^<]*<\/a>(?=<\/defus-info>$)/.exec(expected.html)?.[0];
      await eventually(() => cardLines(win).at(-2), `  ${fallback}`, `${name}: the fallback link`);
    }
  });

  it('copies each snippet, and selects it for Ctrl+C where the clipboard is refused', async () => {
    const win = await openConfigurator();
    // A stub in every engine: reading the clipboard back needs a permission that headless Firefox
    // and WebKit cannot grant here, so the test checks what the page hands the clipboard.
    const copied: string[] = [];
    let refuse = false;
    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: (text: string) => {
          if (refuse) return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
          copied.push(text);
          return Promise.resolve();
        },
      },
    });
    for (const name of ['script', 'prerendered'] as const) {
      byId(win, `copy-${name}-snippet`).click();
      await eventually(() => byId(win, `${name}-snippet-status`).textContent, 'Copied.', `${name}: copied`);
      expect(copied.at(-1)).to.equal(snippet(win, name));
    }
    refuse = true;
    byId(win, 'copy-script-snippet').click();
    await eventually(
      () => byId(win, 'script-snippet-status').textContent,
      'Your browser did not let this page copy: the snippet is selected, press Ctrl+C (⌘C on a Mac).',
      'the refusal',
    );
    expect(win.getSelection()?.toString()).to.equal(snippet(win, 'script'));
    expect(copied).to.have.length(2);
  });

  for (const width of [DESKTOP, PHONE, SMALLEST_PHONE]) {
    it(`passes axe (WCAG 2.2 AA) and does not scroll sideways at ${width} px`, async () => {
      const win = (await openConfigurator(width)) as AxeWindow;
      // axe runs inside the page it checks: loaded into the iframe, with the tags of test/a11y.ts.
      const axeLoaded = new Promise((resolve, reject) => {
        const script = win.document.createElement('script');
        script.src = '/node_modules/axe-core/axe.min.js';
        script.onload = resolve;
        script.onerror = reject;
        win.document.head.append(script);
      });
      await axeLoaded;
      const check = async (state: string) => {
        const { violations } = await win.axe.run(win.document, { runOnly: { type: 'tag', values: WCAG_TAGS } });
        expect(
          violations.map(({ id, help, nodes }) => `${id}: ${help} (${nodes.map(({ target }) => target.join(' ')).join(', ')})`),
          state,
        ).to.deep.equal([]);
        const page = win.document.scrollingElement as Element;
        expect(page.scrollWidth, `${state}: page width`).to.be.at.most(page.clientWidth);
      };
      await check('built-in card');
      await replacedCard(win, () => choose(win, 'source-json'));
      await replacedCard(win, () =>
        paste(win, 'config-json', `{ "version": 1, "name": "${'Unbreakable'.repeat(20)}", "links": 42 }`),
      );
      await waitFor(() => problems(win).length > 0, 'the problems');
      await check('own JSON with problems');
      await replacedCard(win, () => choose(win, 'theme-dark'));
      await replacedCard(win, () => choose(win, 'source-src'));
      await check('src, dark');
    });
  }

  it('offers the languages the config has, each named in its own language', async () => {
    const win = await openConfigurator();
    const offered = () => [...win.document.querySelectorAll<HTMLInputElement>('input[name="lang"]')].map((radio) => radio.value);
    expect(offered()).to.deep.equal(['', 'de', 'en', 'fr', 'it', 'es', 'pt', 'nl']);
    const italian = JSON.stringify({
      ...EXAMPLE_CONFIG,
      defaultLang: 'it',
      summary: { it: 'Un forum immaginario.', 'nl-BE': 'Een fictief forum.' },
    });
    await replacedCard(win, () => choose(win, 'source-json'));
    await replacedCard(win, () => paste(win, 'config-json', italian));
    await eventually(() => offered().join(), ',it,nl-BE', 'the config’s languages');
    await replacedCard(win, () => choose(win, 'lang-it'));
    expect(win.document.querySelector('label[for="lang-nl-BE"] span[lang="nl-BE"]')?.textContent).to.equal(
      new Intl.DisplayNames(['nl-BE'], { type: 'language' }).of('nl-BE'),
    );
    expect(previewCard(win).getAttribute('lang')).to.equal('it');
  });

  it('labels every control, and lets the keyboard reach and operate each one in reading order', async () => {
    const win = await openConfigurator();
    const controls = [
      ...win.document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLButtonElement>(
        'input, select, textarea, button',
      ),
    ];
    // One language choice per language of the built-in card (seven), besides the page's.
    expect(controls.length).to.equal(23);
    for (const control of controls) {
      const label = control.localName === 'button' ? control.textContent : control.labels?.[0]?.textContent;
      expect(label?.trim(), `${control.id}: a visible label`).to.not.equal('');
      if (control.localName !== 'button') expect(control.labels?.length, `${control.id}: a <label>`).to.be.greaterThan(0);
      if (control.type === 'radio')
        expect(
          control.closest('fieldset')?.querySelector('legend')?.textContent?.trim(),
          `${control.id}: a named group`,
        ).to.not.equal('');
    }

    /** Presses Tab `count` times from `start`: each stop's id (or the card's part), and its outline. */
    const tabFrom = async (start: HTMLElement, count: number) => {
      start.focus();
      const stops: string[] = [];
      for (let press = 0; press < count; press += 1) {
        await sendKeys({ press: 'Tab' });
        const active = win.document.activeElement as HTMLElement;
        const inCard = active.localName === 'defus-info' ? (active.shadowRoot?.activeElement as HTMLElement) : undefined;
        // The card's own focus outline is tested with the card (test/accessibility.test.ts).
        if (inCard) stops.push(`card ${inCard.getAttribute('part')}`);
        else
          stops.push(
            `${active.id || `${active.localName} in #${active.parentElement?.id}`} (outline ${win.getComputedStyle(active).outlineStyle})`,
          );
      }
      return stops;
    };
    const cardLinks = [...(previewCard(win).shadowRoot?.querySelectorAll('a') ?? [])].map(
      (link) => `card ${link.getAttribute('part')}`,
    );
    const walk = [
      // A radio group is one stop, its checked radio, in every engine; arrow keys move within it.
      'source-builtin (outline solid)',
      'lang-page (outline solid)',
      'variant-card (outline solid)',
      'theme-light (outline solid)',
      'heading-level (outline solid)',
      'module-url (outline solid)',
      ...cardLinks,
      'pre in #script-snippet-block (outline solid)',
      'copy-script-snippet (outline solid)',
      'pre in #prerendered-snippet-block (outline solid)',
      'copy-prerendered-snippet (outline solid)',
    ];
    expect(await tabFrom(win.document.querySelector('header a') as HTMLElement, walk.length)).to.deep.equal(walk);

    // Operated with keys alone: an arrow picks a radio, and the field it reveals is the next stop.
    byId(win, 'source-builtin').focus();
    await replacedCard(win, () => sendKeys({ press: 'ArrowDown' }));
    expect(byId<HTMLInputElement>(win, 'source-json').checked).to.equal(true);
    expect(await tabFrom(byId(win, 'source-json'), 2)).to.deep.equal([
      'config-json (outline solid)',
      'lang-page (outline solid)',
    ]);
    byId(win, 'source-json').focus();
    await replacedCard(win, () => sendKeys({ press: 'ArrowDown' }));
    expect(await tabFrom(byId(win, 'source-src'), 1)).to.deep.equal(['config-src (outline solid)']);
    await sendKeys({ type: '/test-api/config' });
    await eventually(() => previewCard(win).getAttribute('src'), '/test-api/config', 'the typed src');

    byId(win, 'variant-card').focus();
    await replacedCard(win, () => sendKeys({ press: 'ArrowDown' }));
    expect(previewCard(win).getAttribute('variant')).to.equal('compact');
    byId(win, 'heading-level').focus();
    await replacedCard(win, () => sendKeys({ press: 'ArrowDown' }));
    expect(previewCard(win).getAttribute('heading-level')).to.equal('3');

    const copied: string[] = [];
    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: (text: string) => {
          copied.push(text);
          return Promise.resolve();
        },
      },
    });
    byId(win, 'copy-script-snippet').focus();
    await sendKeys({ press: 'Enter' });
    await eventually(() => copied, [snippet(win, 'script')], 'copied with Enter');
  });
});
