// The measuring half of `npm run bench`: what <defus-info> costs a partner page, measured in real
// Chromium, against the floor (the least work for the same DOM) and against an <iframe> embed.
// Times are medians of alternating runs reported as ratios, so that the machine's own speed
// cancels out; bytes are exact. It returns the figures and writes nothing: bench/run.js keeps
// them, bench/report.js prints them and scripts/docs.js writes them into docs/performance.md.
import { brotliCompressSync, constants } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { measure as measureBundle } from '../scripts/bundle-size.js';
import { CHROMIUM_ARGS, ENGINES } from '../scripts/browsers.js';
import { runLighthouse } from './lighthouse.js';
import { makeIframePages } from './iframe-pages.js';
import { startServer } from './server.js';
import { median, medianInterval } from './stats.js';
import { judgeTargets } from './targets.js';

const ROOT = new URL('../', import.meta.url);

/**
 * How many runs each measurement takes: a full run for the record, and a quick pass (`--quick`)
 * for looking. Many pairs at 1 card, where one run is a fraction of a ms; iframes are slow enough
 * that few runs settle the order of magnitude (1000 take tens of seconds); at least 6 embed runs,
 * since fewer give no 95 % interval for their median (see stats.js).
 */
export const PLANS = {
  full: {
    renderPairs: { 1: 200, 10: 60, 100: 30, 1000: 41 },
    iframeRuns: { 1: 15, 10: 9, 100: 5, 1000: 3 },
    embedRuns: 9,
    heapRuns: 3,
  },
  quick: {
    renderPairs: { 1: 40, 10: 10, 100: 10, 1000: 10 },
    iframeRuns: { 1: 3, 10: 3, 100: 1, 1000: 1 },
    embedRuns: 6,
    heapRuns: 1,
  },
};

/** Chrome DevTools' "Slow 4G" preset: 562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up. */
const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};

const round = (value, digits = 2) => Number(value.toFixed(digits));

async function inFreshPage(browser, url, work) {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    return await work(page);
  } finally {
    await page.close();
  }
}

const timeRender = (browser, origin, kind, count) =>
  inFreshPage(browser, `${origin}/pages/render.html`, (page) => page.evaluate((k, n) => window.measure(k, n), kind, count));

/** Widget and floor, alternating, a fresh page each; the ratio is the median of per-pair ratios. */
async function renderCost(browser, origin, plan, { withIframes = true } = {}) {
  const rows = [];
  for (const [countText, pairs] of Object.entries(plan.renderPairs)) {
    const count = Number(countText);
    const widget = [];
    const floor = [];
    const ratios = [];
    for (let pair = 0; pair < pairs; pair += 1) {
      // Alternate which goes first too, so neither always meets a warmer or colder browser.
      const order = pair % 2 ? ['floor', 'widget'] : ['widget', 'floor'];
      const times = {};
      for (const kind of order) times[kind] = await timeRender(browser, origin, kind, count);
      widget.push(times.widget);
      floor.push(times.floor);
      ratios.push(times.widget / times.floor);
    }
    const iframe = [];
    const iframeRuns = withIframes ? plan.iframeRuns[count] : 0;
    for (let run = 0; run < iframeRuns; run += 1) iframe.push(await timeRender(browser, origin, 'iframe', count));
    const interval = medianInterval(ratios);
    rows.push({
      cards: count,
      pairs,
      widgetMs: round(median(widget), 3),
      floorMs: round(median(floor), 3),
      iframeMs: iframe.length ? round(median(iframe), 3) : null,
      ratio: round(median(ratios)),
      // Rounded outwards, so that the interval shown (and judged) holds the one computed.
      ratioLow: Math.floor(interval.low * 100) / 100,
      ratioHigh: Math.ceil(interval.high * 100) / 100,
    });
    console.log(
      `render ${count}: widget ${median(widget).toFixed(3)} ms, floor ${median(floor).toFixed(3)} ms, ratio ${median(ratios).toFixed(2)} (${interval.low.toFixed(2)}–${interval.high.toFixed(2)}), iframe ${iframe.length ? median(iframe).toFixed(1) : '–'} ms`,
    );
  }
  return rows;
}

/** JS heap per card: 1000 cards against none, after a full garbage collection each time. */
async function memory(browser, origin, plan) {
  const heapWith = (kind, count) =>
    inFreshPage(browser, `${origin}/pages/render.html`, async (page) => {
      await page.evaluate((k, n) => window.measure(k, n), kind, count);
      const cdp = await page.createCDPSession();
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize;
    });
  const result = {};
  for (const kind of ['widget', 'floor']) {
    const runs = [];
    for (let run = 0; run < plan.heapRuns; run += 1) runs.push((await heapWith(kind, 1000)) - (await heapWith(kind, 1)));
    result[`${kind}BytesPerCard`] = Math.round(median(runs) / 999);
  }
  return result;
}

/** Loads a host page under Slow 4G and records bytes, requests and when the card shows. */
async function embedCost(browser, origin, path) {
  const page = await browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    const bytes = new Map();
    let documentId;
    cdp.on('Network.requestWillBeSent', (event) => {
      if (event.type === 'Document' && !documentId) documentId = event.requestId;
      bytes.set(event.requestId, 0);
    });
    cdp.on('Network.loadingFinished', (event) => bytes.set(event.requestId, event.encodedDataLength));
    await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 120000 });
    await page.waitForFunction(() => window.cardVisible !== undefined, { timeout: 60000 });
    const visibleAt = await page.evaluate(() => window.cardVisible);
    // Everything the embed asks for counts, fonts that arrive after the first paint included.
    await page.waitForNetworkIdle({ idleTime: 1000, timeout: 60000 });
    const embedRequests = [...bytes.entries()].filter(([id]) => id !== documentId);
    return {
      visibleMs: round(visibleAt, 1),
      requests: embedRequests.length,
      bytes: embedRequests.reduce((sum, [, size]) => sum + size, 0),
      documentBytes: bytes.get(documentId),
    };
  } finally {
    await page.close();
  }
}

const EMBED_PAGES = {
  widget: 'embed-widget',
  'iframe (card page)': 'embed-iframe',
  'iframe (site page)': 'embed-iframe-site',
  'pre-rendered + widget': 'embed-prerendered',
};

/**
 * Each embed on a bare host page (bytes, requests, when the card shows) and on a host page with a
 * stylesheet and a parser-blocking script in its head (when the card shows: that page's own
 * requests are not the embed's, so its bytes are not counted there). Each run loads every embed
 * once, so that runs pair up, and starts with another embed than the run before.
 */
async function embedComparison(browser, origin, plan) {
  const runs = { bare: {}, cms: {} };
  const kinds = Object.entries(EMBED_PAGES);
  for (const [kind] of kinds) [runs.bare[kind], runs.cms[kind]] = [[], []];
  for (let run = 0; run < plan.embedRuns; run += 1) {
    // Each run starts with the next embed, so that none always goes first.
    const shift = run % kinds.length;
    for (const [kind, page] of [...kinds.slice(shift), ...kinds.slice(0, shift)]) {
      runs.bare[kind].push(await embedCost(browser, origin, `/pages/${page}.html`));
      runs.cms[kind].push(await embedCost(browser, origin, `/pages/cms-${page}.html`));
    }
  }
  // The pre-rendered card travels in the host page itself: its bytes are what it adds to that
  // page (compressed, as served) on top of the widget's host page, plus the module.
  const hostPage = median(runs.bare.widget.map((each) => each.documentBytes));
  for (const each of runs.bare['pre-rendered + widget']) each.bytes += each.documentBytes - hostPage;
  const visibleTimes = (results) => {
    const visible = results.map((each) => each.visibleMs);
    const interval = medianInterval(visible);
    // Every run's time too, in run order: the targets compare embeds run by run.
    return {
      visibleMs: round(median(visible), 1),
      visibleLowMs: interval.low,
      visibleHighMs: interval.high,
      visibleRuns: visible,
    };
  };
  return {
    embeds: Object.entries(runs.bare).map(([kind, results]) => ({
      embed: kind,
      bytes: median(results.map((each) => each.bytes)),
      requests: median(results.map((each) => each.requests)),
      ...visibleTimes(results),
    })),
    cmsEmbeds: Object.entries(runs.cms).map(([kind, results]) => ({ embed: kind, ...visibleTimes(results) })),
  };
}

/**
 * The German card's words alone, brotli-compressed: less than any page or module that shows them
 * can weigh, so a tenth of an embed lighter than this cannot exist.
 */
async function cardWordsBytes(browser, origin) {
  const words = await inFreshPage(browser, `${origin}/pages/render.html`, (page) =>
    page.evaluate(async () => {
      await customElements.whenDefined('defus-info');
      const card = document.createElement('defus-info');
      card.lang = 'de';
      document.body.append(card);
      await card.updateComplete;
      return card.shadowRoot.textContent.replace(/\s+/g, ' ').trim();
    }),
  );
  return brotliCompressSync(words, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** The built-in card's height in px, per variant and column width, in each language. */
async function cardHeights(browser, origin) {
  return inFreshPage(browser, `${origin}/pages/render.html`, (page) =>
    page.evaluate(async () => {
      await customElements.whenDefined('defus-info');
      const rows = [];
      for (const variant of ['card', 'compact']) {
        for (const width of [300, 600, 900]) {
          const row = { variant, width };
          for (const lang of ['de', 'en', 'fr']) {
            const box = document.createElement('div');
            box.style.width = `${width}px`;
            const card = document.createElement('defus-info');
            Object.assign(card, { variant, lang });
            box.append(card);
            document.body.append(box);
            await card.updateComplete;
            row[lang] = card.getBoundingClientRect().height;
            box.remove();
          }
          rows.push(row);
        }
      }
      return rows;
    }),
  );
}

/** Cumulative layout shift of a page whose module arrives 300 ms late. */
async function layoutShift(browser, origin, path) {
  return inFreshPage(browser, `${origin}${path}`, async (page) => {
    await page.waitForFunction(() => window.cardShown === true, { timeout: 10000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    return page.evaluate(() => window.layoutShift);
  });
}

/** Lighthouse scores a page as it finds it; first make sure the built demo really shows its cards. */
async function expectDemoRenders(browser, url) {
  const page = await browser.newPage();
  const failures = [];
  page.on('requestfailed', (request) => failures.push(request.url()));
  page.on('response', (response) => response.status() >= 400 && failures.push(`${response.status()} ${response.url()}`));
  await page.goto(url, { waitUntil: 'networkidle0' });
  const cards = await page.evaluate(
    () => [...document.querySelectorAll('defus-info')].filter((card) => card.shadowRoot?.querySelector('.contact-link')).length,
  );
  await page.close();
  if (failures.length || cards === 0)
    throw new Error(`the built demo is broken: ${cards} cards rendered; failed: ${failures.join(', ')}`);
}

/** Starts the local server and Chromium, hands both to `work`, and stops them however it ends. */
async function withBrowser(work) {
  const chromium = ENGINES.chromium.find();
  if (!chromium) throw new Error(ENGINES.chromium.missing);
  const pages = new Map();
  const server = await startServer({
    routes: {
      '/dist/': new URL('dist/', ROOT),
      '/pages/': new URL('bench/pages/', ROOT),
      '/node_modules/': new URL('node_modules/', ROOT),
      '/demo/': new URL('bench/.demo/', ROOT),
    },
    pages,
  });
  const browser = await puppeteer.launch({ executablePath: chromium, args: CHROMIUM_ARGS, headless: true });
  try {
    return await work({ browser, origin: server.origin, pages, chromium });
  } finally {
    await browser.close().catch(() => undefined);
    server.close();
  }
}

/** The render rows alone, without iframes: for profiling the render path (`--render-only`). */
export const measureRender = (plan) =>
  withBrowser(({ browser, origin }) => renderCost(browser, origin, plan, { withIframes: false }));

/** Every figure of a run, and the targets judged from them. */
export function measureAll(plan) {
  return withBrowser(async ({ browser, origin, pages, chromium }) => {
    const version = await browser.version();
    console.log(`${version}, ${plan === PLANS.quick ? 'quick run' : 'full run'}`);
    const heights = await cardHeights(browser, origin);
    const reserve = Math.ceil(heights.find((row) => row.variant === 'card' && row.width === 600).de);
    await inFreshPage(browser, `${origin}/pages/render.html`, (page) => makeIframePages(page, pages, reserve));
    const weight = measureBundle(new URL('dist/defus-info.js', ROOT));
    const render = await renderCost(browser, origin, plan);
    const heap = await memory(browser, origin, plan);
    const { embeds, cmsEmbeds } = await embedComparison(browser, origin, plan);
    const cardWords = await cardWordsBytes(browser, origin);
    const cls = {
      plainSnippet: round(await layoutShift(browser, origin, '/pages/cls-plain.html'), 4),
      recommendedSnippet: round(await layoutShift(browser, origin, '/pages/cls-recommended.html'), 4),
      reservedSnippet: round(await layoutShift(browser, origin, '/pages/cls-reserved.html'), 4),
      renderBlockingSnippet: round(await layoutShift(browser, origin, '/pages/cls-render-blocking.html'), 4),
    };
    await expectDemoRenders(browser, `${origin}/demo/index.html`);
    await browser.close();
    const lighthouse = await runLighthouse(chromium, `${origin}/demo/index.html`);
    const results = {
      date: new Date().toISOString().slice(0, 10),
      browser: version,
      weight,
      render,
      heap,
      embeds,
      cmsEmbeds,
      cardWords,
      cls,
      reserve,
      heights,
      lighthouse,
    };
    results.targets = judgeTargets(results);
    return results;
  });
}
