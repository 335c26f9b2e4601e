import { expect, fixture, html } from '@open-wc/testing';
import '../src/defus-info.js';
import { BUILTIN } from '../src/config/builtin.js';
import { localize } from '../src/locale.js';
import type { DefusInfo, DefusInfoErrorDetail, DefusInfoLoadDetail } from '../src/defus-info.js';
import {
  cardText,
  exampleConfig,
  nextEvent,
  seen,
  requestArrived,
  seenAfterHangUp,
  shadowQuery,
  shadowQueryAll,
  uniqueId,
  waitFor,
  withWarnings,
} from './helpers.js';

const EXAMPLE_JSON = JSON.stringify(exampleConfig());
const DEFUS_FACTS = ['DEFUS', 'Hannover', 'Anna Rau', 'defus.de', 'Efus'];
const FALLBACK = '<a href="https://example.org/">Example Forum for Urban Security</a>';
/** The partner's own fallback child, as the snippet writes it for a forum's card. */
const fallbackLink = () => html`<a href="https://example.org/">Example Forum for Urban Security</a>`;

/** Shows the partner's own fallback children through its slot, and no DEFUS fact anywhere. */
function expectFallbackShown(el: DefusInfo): void {
  expect(shadowQueryAll(el, 'slot'), 'the fallback slot').to.have.length(1);
  const visible = el.innerText;
  expect(visible).to.contain('Example Forum for Urban Security');
  for (const fact of DEFUS_FACTS) {
    expect(cardText(el), fact).not.to.contain(fact);
    expect(visible, fact).not.to.contain(fact);
  }
}

async function card(template: ReturnType<typeof html>): Promise<DefusInfo> {
  return fixture<DefusInfo>(template);
}

/** Creates a card, listens for `name`, then connects it, so the first event is not missed. */
async function firstEvent<T>(name: string, setup: (el: DefusInfo) => void = () => {}): Promise<[DefusInfo, CustomEvent<T>]> {
  const el = document.createElement('defus-info');
  setup(el);
  const event = nextEvent<T>(el, name);
  const holder = await fixture(html`<div></div>`);
  holder.append(el);
  return [el, await event];
}

describe('<defus-info> built-in card', () => {
  it('shows DEFUS in German with no config at all', async () => {
    const el = await card(html`<defus-info></defus-info>`);
    const text = cardText(el);
    expect(shadowQuery(el, 'h2').textContent).to.contain('Deutsch-Europäisches Forum für Urbane Sicherheit e. V.');
    expect(shadowQuery(el, '[part="short-name"]').textContent).to.equal('DEFUS');
    for (const fact of [
      'sechs nationalen Foren',
      'Europäischen Forums für Urbane Sicherheit (Efus)',
      'rund 250 Mitgliedsstädte aus 16 Ländern',
      'europäischen Fördermitteln',
      'Urbane Sicherheit verstehen DEFUS und Efus breit',
      'Hannover',
      'Anna Rau',
      'Geschäftsführerin',
    ]) {
      expect(text).to.contain(fact);
    }
    expect(shadowQuery(el, 'article').getAttribute('lang')).to.equal('de');
  });

  it('has a prominent contact link to https://www.defus.de that makes sense on its own', async () => {
    const el = await card(html`<defus-info></defus-info>`);
    const link = shadowQuery<HTMLAnchorElement>(el, 'a[part="contact-link"]');
    expect(link.href).to.equal('https://www.defus.de/');
    expect(link.textContent?.trim()).to.equal('DEFUS im Internet: www.defus.de');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.target).to.equal('');
    expect(getComputedStyle(link).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
  });

  it('structures its content: a labelled article, a list of services, a definition list of facts', async () => {
    const el = await card(html`<defus-info></defus-info>`);
    const article = shadowQuery(el, 'article');
    expect(article.getAttribute('aria-labelledby')).to.equal(shadowQuery(el, 'h2').id);
    expect(shadowQueryAll(el, 'ul[part="services"] > li')).to.have.length(4);
    expect(shadowQueryAll(el, 'dl[part="facts"] dt')).to.have.length(3);
    expect(shadowQueryAll(el, 'h1, h2, h3, h4, h5, h6')).to.have.length(1);
  });
});

describe('<defus-info> language', () => {
  it('renders English and French from the lang attribute', async () => {
    const en = await card(html`<defus-info lang="en"></defus-info>`);
    expect(shadowQuery(en, 'h2').textContent).to.contain('German-European Forum for Urban Security');
    expect(cardText(en)).to.contain('around 250 member cities from 16 countries');
    expect(shadowQuery(en, 'article').lang).to.equal('en');
    const fr = await card(html`<defus-info lang="fr-FR"></defus-info>`);
    expect(shadowQuery(fr, 'h2').textContent).to.contain('Forum germano-européen pour la sécurité urbaine');
    expect(cardText(fr)).to.contain('Hanovre');
    expect(shadowQuery(fr, 'article').lang).to.equal('fr');
  });

  it('takes the nearest ancestor’s lang when it has none', async () => {
    const wrapper = await fixture(html`<div lang="en"><section><defus-info></defus-info></section></div>`);
    const el = wrapper.querySelector('defus-info') as DefusInfo;
    await el.updateComplete;
    expect(shadowQuery(el, 'article').lang).to.equal('en');
  });

  it('falls back to German for a language it does not have', async () => {
    const el = await card(html`<defus-info lang="ja"></defus-info>`);
    expect(shadowQuery(el, 'article').lang).to.equal('de');
  });

  it('falls back to the config’s default language when the config lacks the requested one', async () => {
    const el = await card(html`<defus-info lang="de" .config=${exampleConfig()}></defus-info>`);
    expect(shadowQuery(el, 'article').lang).to.equal('en');
    expect(cardText(el)).to.contain('A fictional forum for tests.');
  });

  it('re-renders when lang changes, through the attribute or the native property', async () => {
    const el = await card(html`<defus-info></defus-info>`);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(shadowQuery(el, 'article').lang).to.equal('en');
    el.lang = 'fr';
    await el.updateComplete;
    expect(shadowQuery(el, 'article').lang).to.equal('fr');
  });
});

describe('<defus-info> following the page’s language', () => {
  /** The language the card renders in, once the page's change has reached it. */
  async function renderedLang(el: DefusInfo): Promise<string> {
    // MutationObserver callbacks run as microtasks; the render they ask for follows in another.
    await Promise.resolve();
    await el.updateComplete;
    return shadowQuery(el, 'article').lang;
  }

  it('follows a change of an ancestor’s lang, without a load event', async () => {
    const wrapper = await fixture(html`<div lang="de"><section><defus-info></defus-info></section></div>`);
    const el = wrapper.querySelector('defus-info') as DefusInfo;
    await el.updateComplete;
    let loads = 0;
    el.addEventListener('defus-info-load', () => (loads += 1));
    wrapper.setAttribute('lang', 'en');
    expect(await renderedLang(el)).to.equal('en');
    expect(cardText(el)).to.contain('German-European Forum for Urban Security');
    wrapper.setAttribute('lang', 'fr-BE');
    expect(await renderedLang(el)).to.equal('fr');
    wrapper.removeAttribute('lang');
    // Then the document's own language, as the test page sets it, or German.
    expect(await renderedLang(el)).to.equal(localize(BUILTIN, document.documentElement.lang).lang);
    expect(loads).to.equal(0);
  });

  it('follows <html lang>, as a page’s language switcher sets it', async () => {
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    const el = await card(html`<defus-info></defus-info>`);
    try {
      root.lang = 'fr';
      expect(await renderedLang(el)).to.equal('fr');
      root.lang = 'en';
      expect(await renderedLang(el)).to.equal('en');
    } finally {
      if (before === null) root.removeAttribute('lang');
      else root.setAttribute('lang', before);
    }
  });

  it('keeps its own lang when an ancestor’s changes', async () => {
    const wrapper = await fixture(html`<div lang="de"><defus-info lang="fr"></defus-info></div>`);
    const el = wrapper.querySelector('defus-info') as DefusInfo;
    await el.updateComplete;
    wrapper.setAttribute('lang', 'en');
    expect(await renderedLang(el)).to.equal('fr');
  });

  it('is not told of changes while it is off the page, and picks up the language of the moment when it is back', async () => {
    const wrapper = await fixture(html`<div lang="de"><defus-info></defus-info></div>`);
    const el = wrapper.querySelector('defus-info') as DefusInfo;
    await el.updateComplete;
    el.remove();
    let told = 0;
    el.requestUpdate = () => (told += 1);
    wrapper.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    expect(told).to.equal(0);
    delete (el as Partial<DefusInfo>).requestUpdate;
    wrapper.append(el);
    expect(await renderedLang(el)).to.equal('en');
  });
});

describe('<defus-info> off the page', () => {
  it('shows a config set while it was away once it is back, and tells the page', async () => {
    const holder = await fixture(html`<div></div>`);
    const el = await card(html`<defus-info></defus-info>`);
    el.remove();
    el.config = exampleConfig({ name: 'Away Example Forum' });
    await el.updateComplete;
    const loaded = nextEvent<DefusInfoLoadDetail>(el, 'defus-info-load');
    holder.append(el);
    expect((await loaded).detail.source).to.equal('property');
    expect(cardText(el)).to.contain('Away Example Forum');
  });

  it('reports a config refused while it was away once it is back, and removing one brings back the one before', async () => {
    await withWarnings(async (warnings) => {
      const holder = await fixture(html`<div></div>`);
      const el = await card(html`<defus-info>${fallbackLink()}</defus-info>`);
      el.config = exampleConfig({ name: 'First Example Forum' });
      await el.updateComplete;
      el.remove();
      el.config = 42;
      await el.updateComplete;
      expect(warnings).to.deep.equal([]);
      const failed = nextEvent<DefusInfoErrorDetail>(el, 'defus-info-error');
      holder.append(el);
      expect((await failed).detail).to.include({ source: 'property', path: '' });
      await el.updateComplete;
      expectFallbackShown(el);
      el.remove();
      el.config = undefined;
      el.variant = 'huge' as never;
      await el.updateComplete;
      holder.append(el);
      await el.updateComplete;
      expect(cardText(el)).to.contain('Deutsch-Europäisches Forum');
      expect(warnings.at(-1)).to.equal(
        '<defus-info> attribute variant: expected one of card, compact, found the string "huge"; using the default.',
      );
    });
  });
});

describe('<defus-info> attributes and properties', () => {
  it('compact variant: name, summary and contact link only', async () => {
    const el = await card(html`<defus-info variant="compact"></defus-info>`);
    expect(shadowQuery(el, 'h2').textContent).to.contain('DEFUS');
    expect(shadowQuery(el, '[part="summary"]').textContent).to.contain('sechs nationalen Foren');
    expect(shadowQuery<HTMLAnchorElement>(el, '[part="contact-link"]').href).to.equal('https://www.defus.de/');
    expect(shadowQueryAll(el, '[part="description"], [part="services"], [part="facts"]')).to.have.length(0);
  });

  it('mirrors variant, theme and heading-level as properties, re-rendering on change', async () => {
    const el = await card(html`<defus-info theme="dark" heading-level="4"></defus-info>`);
    expect(el.theme).to.equal('dark');
    expect(el.headingLevel).to.equal(4);
    expect(shadowQuery(el, 'article').classList.contains('dark')).to.equal(true);
    expect(shadowQueryAll(el, 'h4')).to.have.length(1);
    el.variant = 'compact';
    el.headingLevel = 1;
    el.theme = 'auto';
    await el.updateComplete;
    expect(shadowQueryAll(el, 'h1, [part="services"]').map((node) => node.localName)).to.deep.equal(['h1']);
    expect(shadowQuery(el, 'article').classList.contains('auto')).to.equal(true);
  });

  it('uses the theme’s palette: dark is dark', async () => {
    const el = await card(html`<defus-info theme="dark"></defus-info>`);
    const background = getComputedStyle(shadowQuery(el, 'article')).backgroundColor;
    expect(background).to.equal('rgb(22, 33, 44)');
  });

  it('renders every heading level from 1 to 6', async () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      const el = await card(html`<defus-info heading-level=${level}></defus-info>`);
      expect(shadowQuery(el, '[part="heading"]').localName).to.equal(`h${level}`);
    }
  });

  it('takes a removed attribute as a request for the default, without a warning', async () => {
    await withWarnings(async (warnings) => {
      const el = await card(html`<defus-info variant="compact" theme="dark" heading-level="3"></defus-info>`);
      for (const name of ['variant', 'theme', 'heading-level']) el.removeAttribute(name);
      await el.updateComplete;
      expect(warnings).to.deep.equal([]);
      expect(shadowQueryAll(el, 'h2, [part="services"]').map((node) => node.localName)).to.deep.equal(['h2', 'ul']);
      expect(shadowQuery(el, 'article').classList.contains('light')).to.equal(true);
    });
  });

  it('warns about invalid attribute values and uses the defaults', async () => {
    const warnings = await withWarnings(async () => {
      const el = await card(html`<defus-info variant="huge" theme="pink" heading-level="9"></defus-info>`);
      expect(shadowQuery(el, '[part="heading"]').localName).to.equal('h2');
      expect(shadowQuery(el, 'article').classList.contains('light')).to.equal(true);
      expect(shadowQueryAll(el, '[part="facts"]')).to.have.length(1);
    });
    expect(warnings).to.deep.equal([
      '<defus-info> attribute variant: expected one of card, compact, found the string "huge"; using the default.',
      '<defus-info> attribute theme: expected one of light, dark, auto, found the string "pink"; using the default.',
      '<defus-info> attribute heading-level: expected one of 1, 2, 3, 4, 5, 6, found number 9; using the default.',
    ]);
  });
});

describe('<defus-info> config sources', () => {
  it('shows an inline JSON config at once, replacing the built-in one whole', async () => {
    const el = await card(html`<defus-info><script type="application/json">${EXAMPLE_JSON}</script></defus-info>`);
    const text = cardText(el);
    expect(text).to.contain('Example Forum for Urban Security');
    for (const fact of DEFUS_FACTS) expect(text, fact).not.to.contain(fact);
  });

  it('replaces the inline config with a valid src config when it arrives', async () => {
    const [el, event] = await firstEvent<DefusInfoLoadDetail>('defus-info-load', (node) => {
      node.innerHTML = `<script type="application/json">${JSON.stringify(exampleConfig({ name: 'Inline Example Forum' }))}</script>`;
    });
    expect(event.detail.source).to.equal('inline');
    const loaded = nextEvent<DefusInfoLoadDetail>(el, 'defus-info-load');
    el.src = '/test-api/config';
    expect((await loaded).detail).to.deep.equal({ source: 'src', lang: 'en' });
    await el.updateComplete;
    expect(cardText(el)).to.contain('A fictional national forum used in the tests of this widget.');
    expect(cardText(el)).not.to.contain('Inline Example Forum');
  });

  it('keeps what it shows when src fails, and reports the URL', async () => {
    await withWarnings(async (warnings) => {
      const el = await card(html`<defus-info><script type="application/json">${EXAMPLE_JSON}</script></defus-info>`);
      const failed = nextEvent<DefusInfoErrorDetail>(el, 'defus-info-error');
      el.src = '/test-api/status/404';
      const { detail } = await failed;
      expect(detail).to.include({
        source: 'src',
        url: '/test-api/status/404',
        path: '',
        expected: 'an HTTP 200 response',
        found: 'HTTP 404',
      });
      await el.updateComplete;
      expect(cardText(el)).to.contain('Example Forum for Urban Security');
      expect(warnings).to.deep.equal([detail.message]);
      expect(detail.message).to.contain('/test-api/status/404');
    });
  });

  it('lets the config property beat src, and falls back when it is removed', async () => {
    const el = await card(html`<defus-info src="/test-api/config"></defus-info>`);
    await waitFor(() => cardText(el).includes('fictional national forum'), 'the src config');
    el.config = exampleConfig({ name: 'Property Example Forum' });
    await el.updateComplete;
    expect(cardText(el)).to.contain('Property Example Forum');
    el.config = undefined;
    await el.updateComplete;
    expect(cardText(el)).to.contain('fictional national forum');
    el.removeAttribute('src');
    await el.updateComplete;
    expect(cardText(el)).to.contain('Deutsch-Europäisches Forum');
  });

  it('lets only the latest src win a race', async () => {
    const el = await card(html`<defus-info src="/test-api/config?delay=600"></defus-info>`);
    const fast = exampleConfig({ name: 'Fast Example Forum' });
    el.src = `/test-api/echo?body=${encodeURIComponent(JSON.stringify(fast))}`;
    await waitFor(() => cardText(el).includes('Fast Example Forum'), 'the second src');
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(cardText(el)).to.contain('Fast Example Forum');
  });

  it('shares one request among every card with the same src', async () => {
    const id = uniqueId();
    const src = `/test-api/config?id=${id}&delay=100`;
    const cards = await Promise.all(Array.from({ length: 6 }, () => card(html`<defus-info src=${src}></defus-info>`)));
    await waitFor(
      () => cards.every((each) => cardText(each).includes('fictional national forum')),
      'every card to show the src config',
    );
    expect((await seen(id)).requests).to.equal(1);
  });

  it('aborts its request when it leaves the page before the answer', async () => {
    const id = uniqueId();
    const el = await card(html`<defus-info src=${`/test-api/config?id=${id}&delay=2000`}></defus-info>`);
    let loadedFromSrc = false;
    el.addEventListener('defus-info-load', (event) => (loadedFromSrc ||= event.detail.source === 'src'));
    await requestArrived(id);
    el.remove();
    expect(await seenAfterHangUp(id)).to.include({ requests: 1, abandoned: 1 });
    expect(loadedFromSrc).to.equal(false);
  });

  it('loads its src again when it comes back after leaving mid-request', async () => {
    const id = uniqueId();
    const holder = await fixture(html`<div></div>`);
    const el = await card(html`<defus-info src=${`/test-api/config?id=${id}&delay=1000`}></defus-info>`);
    await requestArrived(id);
    el.remove();
    expect(await seenAfterHangUp(id)).to.include({ requests: 1, abandoned: 1 });
    holder.append(el);
    await waitFor(() => cardText(el).includes('fictional national forum'), 'the src config after the return');
    expect((await seen(id)).requests).to.equal(2);
  });

  it('aborts the old request when src changes', async () => {
    const [first, second] = [uniqueId(), uniqueId()];
    const el = await card(html`<defus-info src=${`/test-api/config?id=${first}&delay=2000`}></defus-info>`);
    await requestArrived(first);
    el.src = `/test-api/config?id=${second}`;
    await waitFor(() => cardText(el).includes('fictional national forum'), 'the new src');
    expect(await seenAfterHangUp(first)).to.include({ requests: 1, abandoned: 1 });
  });

  it('keeps the previous src’s card while a new src is on its way, then shows the new one', async () => {
    const el = await card(html`<defus-info src="/test-api/config">${fallbackLink()}</defus-info>`);
    await waitFor(() => cardText(el).includes('fictional national forum'), 'the first src');
    const id = uniqueId();
    const next = JSON.stringify(exampleConfig({ name: 'Next Example Forum' }));
    // The server holds the answer for 5 s: ample time to look at the card while it is on its way.
    el.src = `/test-api/echo?id=${id}&delay=5000&body=${encodeURIComponent(next)}`;
    await requestArrived(id);
    await el.updateComplete;
    expect(cardText(el)).to.contain('fictional national forum');
    await waitFor(() => cardText(el).includes('Next Example Forum'), 'the new src');
    expect(cardText(el)).not.to.contain('fictional national forum');
  });

  it('does not let the previous src stand in for a new one that fails', async () => {
    await withWarnings(async () => {
      const el = await card(html`<defus-info src="/test-api/config">${fallbackLink()}</defus-info>`);
      await waitFor(() => cardText(el).includes('fictional national forum'), 'the first src');
      const failed = nextEvent<DefusInfoErrorDetail>(el, 'defus-info-error');
      el.src = '/test-api/status/404?other';
      await failed;
      await el.updateComplete;
      expect(cardText(el)).not.to.contain('fictional national forum');
      expectFallbackShown(el);
    });
  });

  it('shows the partner’s fallback, never DEFUS, while its src is on its way, then the forum’s card', async () => {
    const el = await card(html`<defus-info src=${`/test-api/config?id=${uniqueId()}&delay=600`}>${fallbackLink()}</defus-info>`);
    expectFallbackShown(el);
    const loaded = nextEvent<DefusInfoLoadDetail>(el, 'defus-info-load');
    expect((await loaded).detail.source).to.equal('src');
    await el.updateComplete;
    expect(cardText(el)).to.contain('fictional national forum');
    expect(shadowQueryAll(el, 'slot')).to.have.length(0);
  });

  it('shows its inline config, never DEFUS, while its src is on its way', async () => {
    const el = await card(
      html`<defus-info src=${`/test-api/config?id=${uniqueId()}&delay=600`}><script type="application/json">${JSON.stringify(exampleConfig({ name: 'Inline Example Forum' }))}</script></defus-info>`,
    );
    expect(cardText(el)).to.contain('Inline Example Forum');
    for (const fact of DEFUS_FACTS) expect(cardText(el), fact).not.to.contain(fact);
  });

  it('shows the partner’s fallback, never DEFUS, when its only src fails', async () => {
    await withWarnings(async (warnings) => {
      const el = await card(html`<defus-info src="/test-api/status/500">${fallbackLink()}</defus-info>`);
      await waitFor(() => warnings.length > 0, 'the warning');
      await el.updateComplete;
      expectFallbackShown(el);
      expect(warnings[0]).to.contain('/test-api/status/500');
    });
  });

  it('emits defus-info-load with the source of the built-in config', async () => {
    const [, event] = await firstEvent<DefusInfoLoadDetail>('defus-info-load');
    expect(event.detail).to.deep.equal({ source: 'builtin', lang: 'de' });
    expect(event.bubbles && event.composed).to.equal(true);
  });
});

describe('<defus-info> bad input', () => {
  it('keeps a readable card for malformed inline JSON, warns and emits defus-info-error', async () => {
    await withWarnings(async (warnings) => {
      const [el, event] = await firstEvent<DefusInfoErrorDetail>('defus-info-error', (node) => {
        node.innerHTML = `<script type="application/json">{"name": </script>${FALLBACK}`;
      });
      expect(event.detail).to.include({ source: 'inline', path: '', expected: 'valid JSON' });
      await el.updateComplete;
      expectFallbackShown(el);
      expect(warnings[0]).to.match(/^<defus-info> inline config: expected valid JSON, found a syntax error/);
    });
  });

  it('names the config path of a wrong type set through the property', async () => {
    await withWarnings(async (warnings) => {
      const el = await card(html`<defus-info>${fallbackLink()}</defus-info>`);
      const failed = nextEvent<DefusInfoErrorDetail>(el, 'defus-info-error');
      el.config = exampleConfig({ summary: 7 });
      const { detail } = await failed;
      expect(detail).to.include({ source: 'property', path: 'summary', found: 'number 7' });
      await el.updateComplete;
      expectFallbackShown(el);
      expect(warnings).to.have.length(1);
    });
  });

  it('falls back to the source below when a config lacks what a card needs', async () => {
    await withWarnings(async () => {
      const el = await card(html`<defus-info><script type="application/json">${EXAMPLE_JSON}</script></defus-info>`);
      const failed = nextEvent<DefusInfoErrorDetail>(el, 'defus-info-error');
      const incomplete = exampleConfig({ name: 'Incomplete Example Forum' });
      delete incomplete.summary;
      el.config = incomplete;
      expect((await failed).detail).to.include({ source: 'property', path: 'summary', found: 'nothing' });
      await el.updateComplete;
      expect(cardText(el)).to.contain('Example Forum for Urban Security');
      expect(cardText(el)).not.to.contain('Incomplete Example Forum');
    });
  });

  it('drops an invalid optional part and shows the rest', async () => {
    await withWarnings(async (warnings) => {
      const el = await card(html`<defus-info></defus-info>`);
      const failed = nextEvent<DefusInfoErrorDetail>(el, 'defus-info-error');
      el.config = exampleConfig({ facts: [{ label: 'Members', value: { en: ['not', 'text'] } }] });
      expect((await failed).detail).to.include({
        path: 'facts[0].value.en',
        expected: 'a string with some text',
        found: 'an array of 2',
      });
      await el.updateComplete;
      expect(cardText(el)).to.contain('Example Forum for Urban Security');
      expect(shadowQueryAll(el, 'dl')).to.have.length(0);
      // The wrong value, then what it cost: the text it belonged to has no language left.
      expect(warnings).to.deep.equal([
        '<defus-info> property config at facts[0].value.en: expected a string with some text, found an array of 2.',
        '<defus-info> property config at facts[0].value: expected a text in at least one language, found an object.',
      ]);
    });
  });

  it('never throws into the page, even for a config whose getters throw', async () => {
    await withWarnings(async (warnings) => {
      const el = await card(html`<defus-info>${fallbackLink()}</defus-info>`);
      el.config = new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('boom');
          },
          get: () => {
            throw new Error('boom');
          },
        },
      );
      await el.updateComplete;
      expectFallbackShown(el);
      expect(warnings[0]).to.contain('boom');
    });
  });

  it('never throws into the page when a getter throws something that cannot even be shown', async () => {
    await withWarnings(async (warnings) => {
      const el = await card(html`<defus-info>${fallbackLink()}</defus-info>`);
      const errors: DefusInfoErrorDetail[] = [];
      el.addEventListener('defus-info-error', (event) => errors.push(event.detail));
      el.config = {
        version: 1,
        get name(): string {
          throw Object.create(null);
        },
      };
      await el.updateComplete;
      expectFallbackShown(el);
      expect(errors.map((error) => error.found)).to.deep.equal(['one that threw when read (a value that could not be shown)']);
      expect(warnings).to.have.length(1);
    });
  });

  it('never throws into the page for hostile attribute property values', async () => {
    await withWarnings(async (warnings) => {
      const el = await card(html`<defus-info></defus-info>`);
      const revoked = Proxy.revocable([], {});
      revoked.revoke();
      const loaded = nextEvent<DefusInfoLoadDetail>(el, 'defus-info-load');
      el.config = exampleConfig();
      el.variant = revoked.proxy as never;
      el.theme = new Proxy([], {
        get: () => {
          throw new Error('boom');
        },
      }) as never;
      await el.updateComplete;
      expect((await loaded).detail.source).to.equal('property');
      expect(shadowQuery(el, 'article').classList.contains('light')).to.equal(true);
      expect(warnings).to.deep.equal([
        '<defus-info> attribute variant: expected one of card, compact, found a value that could not be read; using the default.',
        '<defus-info> attribute theme: expected one of light, dark, auto, found a value that could not be read; using the default.',
      ]);
    });
  });

  it('renders config text as text, never as markup', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const hostile = '<img src=x onerror="window.pwned=true"><script>window.pwned=true</script>';
    const el = await card(html`<defus-info .config=${exampleConfig({ name: hostile, summary: hostile })}></defus-info>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shadowQueryAll(el, 'img, script')).to.have.length(0);
    expect(shadowQuery(el, '[part="summary"]').textContent).to.equal(hostile);
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
  });

  it('drops a javascript: link with a warning and keeps the safe ones', async () => {
    await withWarnings(async (warnings) => {
      const config = exampleConfig({
        links: [
          { href: ' JAVASCRIPT:alert(1)', label: 'Bad' },
          { href: 'https://example.org/', label: 'Good' },
          { href: 'mailto:info@example.org', label: 'Mail', newWindow: true },
        ],
      });
      const el = await card(html`<defus-info .config=${config}></defus-info>`);
      const hrefs = shadowQueryAll<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['https://example.org/', 'mailto:info@example.org']);
      expect(warnings[0]).to.contain('links[0].href: expected an absolute https:, http:, mailto: or tel: URL');
      const mail = shadowQuery<HTMLAnchorElement>(el, 'a[part="link"]');
      expect(mail.rel).to.equal('');
      expect(mail.target).to.equal('_blank');
      expect(mail.textContent).to.contain('(opens in a new window)');
    });
  });
});

describe('<defus-info> no-JS fallback', () => {
  it('does not show the partner’s fallback children once the card renders', async () => {
    const el = await card(html`<defus-info><a href="https://www.defus.de">DEFUS</a></defus-info>`);
    const fallback = el.querySelector('a') as HTMLAnchorElement;
    expect(el.shadowRoot?.querySelector('slot')).to.equal(null);
    expect(fallback.getClientRects().length).to.equal(0);
    expect(shadowQueryAll(el, 'a[part="contact-link"]')).to.have.length(1);
  });
});
