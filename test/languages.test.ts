import { expect, fixture, html } from '@open-wc/testing';
import '../src/defus-info.js';
import type { DefusInfo, DefusInfoLoadDetail } from '../src/defus-info.js';
import { NETWORK_FORUMS, type NetworkForum } from './fixtures/network-forums.js';
import { cardText, shadowQuery, shadowQueryAll, withWarnings } from './helpers.js';

type Channel = 'property' | 'inline' | 'src';

/** Resolves at the load event of the given source; fails at any error event. */
function loadedFrom(el: DefusInfo, source: Channel): Promise<DefusInfoLoadDetail> {
  return new Promise((resolve, reject) => {
    el.addEventListener('defus-info-load', (event) => {
      if (event.detail.source === source) resolve(event.detail);
    });
    el.addEventListener('defus-info-error', (event) => reject(new Error(event.detail.message)));
  });
}

/** A card on a page in `pageLang`, given `config` through `channel`, once it shows that config. */
async function cardThrough(channel: Channel, forum: NetworkForum): Promise<{ el: DefusInfo; detail: DefusInfoLoadDetail }> {
  const wrapper = document.createElement('div');
  wrapper.lang = forum.pageLang;
  const el = document.createElement('defus-info');
  wrapper.append(el);
  const json = JSON.stringify(forum.config);
  if (channel === 'inline') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
  } else if (channel === 'src') {
    const { url } = (await (await fetch('/test-api/store', { method: 'POST', body: json })).json()) as { url: string };
    el.src = url;
  }
  const loaded = loadedFrom(el, channel);
  document.body.append(wrapper);
  if (channel === 'property') el.config = forum.config;
  const detail = await loaded;
  await el.updateComplete;
  return { el, detail };
}

describe('<defus-info> in the network’s languages', () => {
  for (const forum of NETWORK_FORUMS) {
    for (const channel of ['property', 'inline', 'src'] as const) {
      it(`renders a fictional forum in ${forum.lang} (${forum.dir}) on a ${forum.pageLang} page, through ${channel}, without a warning`, async () => {
        const warnings = await withWarnings(async () => {
          const { el, detail } = await cardThrough(channel, forum);
          try {
            expect(detail.lang).to.equal(forum.lang);
            const article = shadowQuery(el, 'article');
            expect(article.lang).to.equal(forum.lang);
            expect(article.dir).to.equal(forum.dir);
            expect(getComputedStyle(article).direction).to.equal(forum.dir);
            expect(shadowQuery(el, '.heading').textContent).to.contain(forum.name);
            expect(cardText(el)).to.contain(`${forum.office}`);
            expect(cardText(el)).to.not.contain('DEFUS');
            // Every text but the card's own words is in the card's language: no span with another lang,
            // except the English words of a language without a word table, marked English.
            const marked = shadowQueryAll(el, '[lang]:not(article)').map(
              (span) => `${span.lang}/${span.dir}: ${span.textContent}`,
            );
            expect(marked).to.deep.equal(forum.office === 'Office' ? ['en/ltr: Office', 'en/ltr: (opens in a new window)'] : []);
          } finally {
            el.parentElement?.remove();
          }
        });
        expect(warnings).to.deep.equal([]);
      });
    }
  }

  it('lays a right-to-left card out from the right: the contact link starts at the right edge', async () => {
    const forum = NETWORK_FORUMS.find((each) => each.dir === 'rtl') as NetworkForum;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px" lang="ar"></div>`);
    const el = document.createElement('defus-info');
    wrapper.append(el);
    el.config = forum.config;
    await el.updateComplete;
    const card = shadowQuery(el, 'article').getBoundingClientRect();
    const padding = parseFloat(getComputedStyle(shadowQuery(el, 'article')).paddingRight);
    const contact = shadowQuery(el, '.contact-link').getBoundingClientRect();
    expect(Math.abs(card.right - padding - contact.right), 'contact link at the right').to.be.below(1.5);
    expect(contact.left - card.left, 'space on the left').to.be.above(padding + 1);
  });

  const BUILTIN_NAMES: Record<string, string> = {
    it: 'Forum tedesco-europeo per la sicurezza urbana',
    'es-ES': 'Foro Germano-Europeo para la Seguridad Urbana',
    'pt-BR': 'Fórum Germano-Europeu para a Segurança Urbana',
    'nl-BE': 'Duits-Europees Forum voor Stedelijke Veiligheid',
  };
  for (const [pageLang, name] of Object.entries(BUILTIN_NAMES)) {
    it(`shows the built-in card in the language of a ${pageLang} page`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${pageLang}><defus-info></defus-info></div>`);
      const el = wrapper.querySelector('defus-info') as DefusInfo;
      await el.updateComplete;
      expect(shadowQuery(el, 'article').lang).to.equal(pageLang.split('-')[0]);
      expect(shadowQuery(el, '.heading').textContent).to.contain(name);
      expect(cardText(el)).to.not.contain('Deutsch-Europäisches');
    });
  }
});
