import { expect } from '@open-wc/testing';
import { recommendedSnippet } from '../src/embed-markup.js';
import type { PrerenderOptions } from '../src/ssr.js';
import exampleForum from './fixtures/example-forum.config.json';
import { prerendered, waitFor } from './helpers.js';

// Issue 25, item 5: the snippet the docs and the release kit recommend leaves at most 48 px of empty
// page below the card at every column width from 320 to 1,280 px, in every built-in language and for
// a forum's own card, in the kit's font and two other common web fonts, and nothing moves when the
// module arrives late. One page holds every card; resizing its frame lays them all out at each width.

const MAX_GAP = 48;
const WIDTHS = Array.from({ length: (1280 - 320) / 10 + 1 }, (_, index) => 320 + index * 10);
const MARGIN = 16;
/** The kit's font and two other common web fonts, a sans and a wide serif, from their npm packages. */
const FONTS = [
  ['Source Sans 3', 'source-sans-3'],
  ['Roboto', 'roboto'],
  ['Merriweather', 'merriweather'],
] as const;
/** The weights the card's style sheet uses. */
const WEIGHTS = [400, 600, 700];

/** A fictional forum's card with every part of the format, in two languages. */
const FORUM = {
  ...exampleForum,
  description: {
    en: 'Its example cities share what works in prevention, from street lighting to neighbourhood mediation.',
    fr: 'Ses villes exemples partagent ce qui marche en prévention, de l’éclairage public à la médiation de quartier.',
  },
  services: {
    intro: { en: 'The forum offers its members:', fr: 'Le forum offre à ses membres\u00a0:' },
    items: [
      { en: 'exchanges between example cities', fr: 'des échanges entre villes exemples' },
      { en: 'training for local prevention councils', fr: 'des formations pour les conseils locaux de prévention' },
    ],
  },
};

const CASES: { name: string; options: PrerenderOptions }[] = [
  ...['de', 'en', 'fr', 'it', 'es', 'pt', 'nl'].map((lang) => ({ name: `built-in ${lang}`, options: { lang } })),
  // The kit's default, "Language of the page", on this German page.
  { name: 'built-in, the page’s language', options: { followPageLanguage: true } },
  ...['en', 'fr'].map((lang) => ({ name: `Example Forum ${lang}`, options: { lang, config: FORUM } })),
];

interface Column {
  name: string;
  font: string;
  element: HTMLElement;
}

interface Box {
  /** The host's height: what the page keeps for the card. */
  host: number;
  /** Where the text after the snippet starts, from the column's top. */
  after: number;
  /** The rendered card's height; only once the module has run. */
  card: number | undefined;
}

const fontLinks = FONTS.flatMap(([, folder]) =>
  WEIGHTS.map((weight) => `<link rel="stylesheet" href="/node_modules/@fontsource/${folder}/${weight}.css" />`),
).join('');

/** The snippet the docs and the kit recommend for `options`, split into its module tag and the card. */
async function snippetParts(options: PrerenderOptions, integrity: string): Promise<{ script: string; card: string }> {
  const { html } = await prerendered(options);
  expect(html, 'a pre-rendered card').to.contain('shadowrootmode');
  const snippet = recommendedSnippet('/test-api/dist/defus-info.js', integrity, html);
  const [script, ...rest] = snippet.split('\n');
  expect(script).to.match(/^<script type="module" src="[^"]+" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>$/);
  return { script: script ?? '', card: rest.join('\n') };
}

/** Every column's boxes at the frame's current width. */
function measure(win: Window, columns: readonly Column[]): Box[] {
  return columns.map(({ element }) => {
    const host = element.querySelector('defus-info') as HTMLElement;
    const top = element.getBoundingClientRect().top;
    const card = win.customElements.get('defus-info') ? host.shadowRoot?.querySelector('[part="card"]') : undefined;
    return {
      host: host.getBoundingClientRect().height,
      after: (element.querySelector('.after') as HTMLElement).getBoundingClientRect().top - top,
      card: card?.getBoundingClientRect().height,
    };
  });
}

describe('space the recommended snippet keeps for the card', () => {
  it(`leaves at most ${MAX_GAP} px below the card at 320–1,280 px, in three fonts, and moves nothing when the module arrives`, async () => {
    const { 'defus-info.js': integrity } = (await (await fetch('/test-api/dist/integrity.json')).json()) as Record<
      string,
      string
    >;
    const parts = await Promise.all(CASES.map(({ options }) => snippetParts(options, integrity ?? '')));
    const script = parts[0]?.script ?? '';
    const frame = document.createElement('iframe');
    frame.style.cssText = 'position:absolute;top:0;left:0;height:100000px;border:0';
    const columnsHtml = FONTS.flatMap(([font]) =>
      CASES.map(
        ({ name }, index) =>
          `<div class="column" data-name="${name}" data-font="${font}" style="font-family:'${font}',serif">${parts[index]?.card}<p class="after">Text nach der Karte.</p></div>`,
      ),
    ).join('');
    // A card with no space kept: it shifts when the module renders it, so the layout-shift record
    // below is shown to see a shift at the bottom of this page.
    const control = `<div class="column" data-name="control"><defus-info lang="de"><a href="https://www.defus.de">DEFUS</a></defus-info><p class="after">Text nach der Karte.</p></div>`;
    frame.srcdoc = `<!doctype html><html lang="de"><head><meta charset="utf-8" />${fontLinks}
<style>body{margin:${MARGIN}px}.column{margin-bottom:40px}</style></head><body>${columnsHtml}${control}</body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & typeof globalThis;
      const doc = win.document;
      // Every font face the cards use is loaded before anything is measured, or the text would be
      // measured in a fallback font.
      for (const [font] of FONTS) {
        for (const weight of WEIGHTS) {
          const faces = await doc.fonts.load(`${weight} 16px "${font}"`, 'Aäéß');
          expect(faces.length, `${font} ${weight} loaded`).to.be.greaterThan(0);
          expect(
            faces.every((face) => face.status === 'loaded'),
            `${font} ${weight} loaded`,
          ).to.equal(true);
        }
      }
      await doc.fonts.ready;
      const columns: Column[] = [...doc.querySelectorAll<HTMLElement>('.column')].map((element) => ({
        name: element.dataset.name ?? '',
        font: element.dataset.font ?? '',
        element,
      }));
      expect(columns).to.have.length(FONTS.length * CASES.length + 1);
      const cards = columns.slice(0, -1);

      const layOut = (width: number): void => {
        frame.style.width = `${width + 2 * MARGIN}px`;
        // The frame's own layout first, so that the page inside has its new width.
        frame.getBoundingClientRect();
        expect(cards[0]?.element.getBoundingClientRect().width, 'column width').to.equal(width);
      };
      const before = WIDTHS.map((width) => {
        layOut(width);
        return measure(win, cards);
      });
      expect(win.customElements.get('defus-info'), 'measured before the module ran').to.equal(undefined);

      // The module arrives, with the card at a phone's width in the page: every layout shift is recorded.
      layOut(390);
      await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
      const shifts: { column: string; value: number }[] = [];
      const recordsShifts = win.PerformanceObserver.supportedEntryTypes.includes('layout-shift');
      const observer = new win.PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          sources: { node?: Node }[];
        })[]) {
          const node = entry.sources.map((source) => source.node).find(Boolean);
          const column = (node instanceof win.Element ? node : node?.parentElement)?.closest<HTMLElement>('.column');
          shifts.push({ column: column?.dataset.name ?? '?', value: entry.value });
        }
      });
      if (recordsShifts) observer.observe({ type: 'layout-shift' });
      const template = doc.createElement('template');
      template.innerHTML = script;
      const module = template.content.firstElementChild as HTMLScriptElement;
      // innerHTML leaves a script inert; a new element with the same attributes runs.
      const running = doc.createElement('script');
      for (const { name, value } of module.attributes) running.setAttribute(name, value);
      doc.head.append(running);
      await waitFor(() => win.customElements.get('defus-info') !== undefined, 'the module to define the element');
      await Promise.all(
        columns.map(
          ({ element }) =>
            (element.querySelector('defus-info') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
        ),
      );
      await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
      observer.disconnect();
      if (recordsShifts) {
        expect(
          shifts.some(({ column }) => column === 'control'),
          'the record sees a shift at the bottom of the page',
        ).to.equal(true);
        expect(shifts.filter(({ column }) => column !== 'control')).to.deep.equal([]);
      }

      const after = WIDTHS.map((width) => {
        layOut(width);
        return measure(win, cards);
      });

      // The fonts are in use: the same card wraps differently in each of them, over all the widths.
      for (const index of CASES.keys()) {
        const heights = FONTS.map((_, font) => after.map((boxes) => boxes[font * CASES.length + index]?.card).join());
        expect(new Set(heights).size, `${CASES[index]?.name} in ${FONTS.length} fonts`).to.equal(FONTS.length);
      }

      const failures: string[] = [];
      const largest = new Map<string, { gap: number; width: number }>();
      WIDTHS.forEach((width, widthIndex) => {
        cards.forEach(({ name, font }, columnIndex) => {
          const was = before[widthIndex]?.[columnIndex] as Box;
          const is = after[widthIndex]?.[columnIndex] as Box;
          const card = is.card ?? Number.NaN;
          const gaps = [was.host - card, is.host - card];
          const key = `${name}, ${font}`;
          for (const gap of gaps)
            if (!(gap >= 0 && gap <= MAX_GAP)) failures.push(`${key} at ${width} px: ${gap.toFixed(1)} px below the card`);
          if (Math.abs(was.after - is.after) > 0.01 || Math.abs(was.host - is.host) > 0.01)
            failures.push(`${key} at ${width} px: the text after the card moved from ${was.after} to ${is.after}`);
          const gap = Math.max(...gaps);
          if (gap > (largest.get(key)?.gap ?? -1)) largest.set(key, { gap, width });
        });
      });
      // The figures docs/performance.md and the changelog quote.
      console.log(
        `reserve-space (${navigator.userAgent.match(/(Chrome|Firefox|Version)\/[\d.]+/)?.[0] ?? navigator.userAgent}): largest gap per card and font:\n${[
          ...largest,
        ]
          .map(([key, { gap, width }], index) => {
            const [narrow, wide] = [after[0], after.at(-1)].map((boxes) => Math.round(boxes?.[index]?.card ?? 0));
            return `  ${key}: ${gap.toFixed(1)} px at ${width} px (card ${narrow} px tall at 320 px, ${wide} px at 1,280 px)`;
          })
          .join('\n')}`,
      );
      expect(failures.slice(0, 20), `${failures.length} failures`).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
