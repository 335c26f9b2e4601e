import { expect, fixture, html } from '@open-wc/testing';
import '../src/defus-info.js';
import type { DefusInfo } from '../src/defus-info.js';
import { exampleConfig, overflowing, shadowQuery } from './helpers.js';

// Real German compounds of the trade, longer than a 240 px column is wide.
const COMPOUND = 'Kriminalpräventionsratsgeschäftsstellenleitung';
const LONG_WORDS = exampleConfig({
  defaultLang: 'de',
  name: { de: `Beispielforum für Städtesicherheitskooperationsangelegenheiten und ${COMPOUND}` },
  shortName: 'BEISPIELFORUMSSICHERHEITSNETZWERK',
  summary: { de: `Ein erfundenes Forum mit ${COMPOUND}sbeauftragtenfortbildungsveranstaltungen.` },
  description: { de: `Sicherheitspartnerschaftsvereinbarungsentwürfe und ${COMPOUND}.` },
  services: { intro: 'Angebote:', items: [`${COMPOUND}sunterstützung`] },
  facts: [{ label: 'Zuständigkeitsbereichsabgrenzungsregelung', value: `${COMPOUND}svertretung` }],
  links: [
    { href: 'https://example.org/kriminalpraeventionsratsgeschaeftsstellenleitung', label: `${COMPOUND}skontaktformular` },
    {
      href: 'mailto:kriminalpraeventionsratsgeschaeftsstellenleitung@example.org',
      label: 'kriminalpraeventionsratsgeschaeftsstellenleitung@example.org',
    },
  ],
});

async function placed(width: number, variant: string, config: unknown = LONG_WORDS): Promise<DefusInfo> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
    <defus-info lang="de" variant=${variant} .config=${config}></defus-info>
  </div>`);
  const el = wrapper.querySelector('defus-info') as DefusInfo;
  await el.updateComplete;
  return el;
}

describe('<defus-info> layout', () => {
  for (const variant of ['card', 'compact']) {
    for (const width of [240, 320, 480, 560, 720, 900]) {
      it(`keeps long German compounds inside a ${width}px ${variant}`, async () => {
        const el = await placed(width, variant);
        expect(overflowing(el)).to.deep.equal([]);
        expect(shadowQuery(el, 'article').getBoundingClientRect().width).to.be.at.most(width);
      });
    }
  }

  it('hyphenates in the language of the text', async () => {
    const el = await placed(240, 'card');
    expect(shadowQuery(el, 'article').lang).to.equal('de');
    expect(getComputedStyle(shadowQuery(el, 'article')).hyphens).to.equal('auto');
  });

  it('lays facts out in two columns only when the card is wide', async () => {
    const columns = async (width: number) => {
      const el = await placed(
        width,
        'card',
        exampleConfig({
          facts: [
            { label: 'a', value: 'b' },
            { label: 'c', value: 'd' },
          ],
        }),
      );
      return getComputedStyle(shadowQuery(el, 'dl')).gridTemplateColumns.split(' ').length;
    };
    expect(await columns(400)).to.equal(1);
    expect(await columns(700)).to.equal(2);
  });

  it('puts the compact card’s contact link beside the text when wide, below it when narrow', async () => {
    const position = async (width: number) => {
      const el = await placed(width, 'compact', exampleConfig());
      const summary = shadowQuery(el, '[part="summary"]').getBoundingClientRect();
      const link = shadowQuery(el, '.contact-link').getBoundingClientRect();
      return { beside: link.left >= summary.right, below: link.top >= summary.bottom };
    };
    expect(await position(700)).to.deep.equal({ beside: true, below: false });
    expect(await position(400)).to.deep.equal({ beside: false, below: true });
  });

  it('answers to the space it gets, not to the viewport', async () => {
    // Same viewport, two containers: only the card in the wide one gets two columns.
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div style="width: 300px"><defus-info id="narrow"></defus-info></div>
      <div style="width: 800px"><defus-info id="wide"></defus-info></div>
    </div>`);
    const [narrow, wide] = ['#narrow', '#wide'].map((selector) => wrapper.querySelector(selector) as DefusInfo) as [
      DefusInfo,
      DefusInfo,
    ];
    await Promise.all([narrow.updateComplete, wide.updateComplete]);
    expect(getComputedStyle(shadowQuery(narrow, 'dl')).gridTemplateColumns.split(' ')).to.have.length(1);
    expect(getComputedStyle(shadowQuery(wide, 'dl')).gridTemplateColumns.split(' ')).to.have.length(2);
    expect(parseFloat(getComputedStyle(shadowQuery(narrow, 'article')).paddingLeft)).to.equal(16);
    expect(parseFloat(getComputedStyle(shadowQuery(wide, 'article')).paddingLeft)).to.equal(24);
  });
});
