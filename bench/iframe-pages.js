// The pages the benchmark compares: a host page embedding the card with the widget, and the same
// card as an <iframe> of a static page, which is what many organisations offer instead. The static
// card is made from the widget's own rendered DOM and style sheet, so both show the same thing.

import { readFileSync } from 'node:fs';
import { prerender, recommendedSnippet } from '../dist/ssr.js';

const SITE_FONT = '/node_modules/@fontsource/source-sans-3/files/source-sans-3-latin';

/** The built-in card as a static HTML page, from a widget rendered in `page`. */
async function staticCard(page) {
  return page.evaluate(async () => {
    await customElements.whenDefined('defus-info');
    const el = document.createElement('defus-info');
    el.lang = 'de';
    document.body.append(el);
    await el.updateComplete;
    const markup = el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
    const css = el.shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    el.remove();
    return { markup, css: css.replace(/:host\(\[hidden\]\)\s*\{[^}]*\}/, '').replaceAll(':host', 'body') };
  });
}

const hostPage = (title, embed, script, head = '') => `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>${head}
    <style>body { margin: 0; padding: 16px; font: 16px/1.5 sans-serif; } main { width: 600px; }</style>
  </head>
  <body>
    <main>
      <h1>Sicherheit in unserer Stadt</h1>
      <p>Eine Partnerseite mit etwas Text vor der Karte.</p>
      ${embed}
    </main>
    <script>${script}</script>
  </body>
</html>`;

// When the card is painted, as Paint Timing reports it for every embed alike (the time the frame
// that shows it is presented): for the widget, the largest-contentful-paint entry that follows
// its first render (the card's text is larger than anything before it on the host page, and
// largest-contentful-paint sees into shadow roots, where first-contentful-paint has long passed);
// for an iframe, its document's first contentful paint, on the host page's clock.
const WIDGET_VISIBLE = `customElements.whenDefined('defus-info').then(async () => {
  await document.querySelector('defus-info').updateComplete;
  const rendered = performance.now();
  new PerformanceObserver((list) => {
    const paint = list.getEntries().find((entry) => entry.startTime >= rendered);
    if (paint && window.cardVisible === undefined) window.cardVisible = paint.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
});`;
const IFRAME_VISIBLE = `(function poll() {
  const frame = document.querySelector('iframe').contentWindow;
  const paint = frame?.performance.getEntriesByName('first-contentful-paint')[0];
  if (paint && frame.document.querySelector('.contact-link')) {
    window.cardVisible = frame.performance.timeOrigin - performance.timeOrigin + paint.startTime;
  } else {
    requestAnimationFrame(poll);
  }
})();`;

// A pre-rendered card is in the page's own HTML: it shows with the page's first contentful paint.
const PAGE_VISIBLE = `new PerformanceObserver((list) => {
  const paint = list.getEntriesByName('first-contentful-paint')[0];
  if (paint && document.querySelector('defus-info').shadowRoot) window.cardVisible = paint.startTime;
}).observe({ type: 'paint', buffered: true });`;

/**
 * The head of a host page as content management systems often serve it: the site's stylesheet and
 * a classic script that blocks the parser (Bootstrap's here; WordPress themes load jQuery so).
 * While the parser waits for them, the browser's preload scanner reads ahead and fetches scripts,
 * not iframes: this is where the two embeds part.
 */
const CMS_HEAD = `
    <link rel="stylesheet" href="/node_modules/bootstrap/dist/css/bootstrap.min.css" />
    <script src="/node_modules/bootstrap/dist/js/bootstrap.bundle.min.js"></script>`;

const SNIPPET = `<defus-info><a href="https://www.defus.de">DEFUS – Deutsch-Europäisches Forum für Urbane Sicherheit e. V.</a></defus-info>`;
const CLS_SCRIPT = `window.layoutShift = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
}).observe({ type: 'layout-shift', buffered: true });
customElements.whenDefined('defus-info').then(async () => {
  await document.querySelector('defus-info').updateComplete;
  requestAnimationFrame(() => requestAnimationFrame(() => { window.cardShown = true; }));
});`;
const AFTER_CARD = '<p>Text nach der Karte, der nicht springen soll.</p>'.repeat(4);

/**
 * Fills `pages` (path → HTML) once a widget can be rendered in `page`. `reserve` is the height
 * the recommended snippet keeps free for the card.
 */
export async function makeIframePages(page, pages, reserve) {
  const { markup, css } = await staticCard(page);
  const cardPage = (head) => `<!doctype html>
<html lang="de"><head><meta charset="utf-8" /><title>DEFUS</title>${head}<style>body { margin: 0; }\n${css}</style></head>
<body>${markup}</body></html>`;
  pages.set('/pages/iframe-card.html', cardPage(''));
  pages.set(
    '/pages/iframe-site.html',
    cardPage(`<link rel="stylesheet" href="/node_modules/bootstrap/dist/css/bootstrap.min.css" />
<style>${[400, 600, 700]
      .map(
        (weight) =>
          `@font-face { font-family: 'Source Sans 3'; font-weight: ${weight}; font-display: swap; src: url(${SITE_FONT}-${weight}-normal.woff2) format('woff2'); }`,
      )
      .join('\n')}
body { font-family: 'Source Sans 3', sans-serif; }</style>`),
  );
  const iframe = (src) => `<iframe src="${src}" title="DEFUS" width="600" height="${reserve}" style="border: 0"></iframe>`;
  const prerendered = prerender({ lang: 'de' }).html;
  const embeds = {
    'embed-prerendered': [
      'Pre-rendered',
      `<script type="module" src="/dist/defus-info.js"></script>\n${prerendered}`,
      PAGE_VISIBLE,
    ],
    'embed-widget': ['Widget', `<script type="module" src="/dist/defus-info.js"></script>\n${SNIPPET}`, WIDGET_VISIBLE],
    'embed-iframe': ['Iframe', iframe('/pages/iframe-card.html'), IFRAME_VISIBLE],
    'embed-iframe-site': ['Iframe of a site page', iframe('/pages/iframe-site.html'), IFRAME_VISIBLE],
  };
  for (const [name, [title, embed, script]] of Object.entries(embeds)) {
    pages.set(`/pages/${name}.html`, hostPage(title, embed, script));
    pages.set(`/pages/cms-${name}.html`, hostPage(title, embed, script, CMS_HEAD));
  }
  const late = '<script type="module" src="/dist/defus-info.js?delay=300"></script>';
  const { 'defus-info.js': integrity } = JSON.parse(readFileSync(new URL('../dist/integrity.json', import.meta.url), 'utf8'));
  pages.set(
    '/pages/cls-recommended.html',
    hostPage(
      'Recommended snippet',
      `${recommendedSnippet('/dist/defus-info.js?delay=300', integrity, prerendered)}\n${AFTER_CARD}`,
      CLS_SCRIPT,
    ),
  );
  pages.set('/pages/cls-plain.html', hostPage('Plain snippet', `${late}\n${SNIPPET}\n${AFTER_CARD}`, CLS_SCRIPT));
  pages.set(
    '/pages/cls-render-blocking.html',
    // blocking="render" works only in <head>: for sites whose templates can add to it.
    hostPage(
      'Render-blocking script in head',
      `${SNIPPET}\n${AFTER_CARD}`,
      CLS_SCRIPT,
      late.replace('<script type="module"', '<script type="module" blocking="render"'),
    ),
  );
  pages.set(
    '/pages/cls-reserved.html',
    hostPage(
      'Space reserved, as for a src config',
      `${late}\n<style>defus-info { display: block; min-height: ${reserve}px; }</style>\n${SNIPPET}\n${AFTER_CARD}`,
      CLS_SCRIPT,
    ),
  );
}
