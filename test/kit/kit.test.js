// The release kit as an editor gets it: release/defus-info-<version>.zip (npm run release) unpacked
// into an empty folder, its index.html opened from a plain static server and straight from the
// folder (file://), in Chromium, Firefox and WebKit, in a German and in an English browser. The page
// must speak the browser's language, show a preview card, hand out defus-info.js byte for byte,
// and write the recommended snippet: a script tag whose integrity is the module's and the card the
// server renderer (dist/ssr.js) pre-renders for the same input, which reads with scripts blocked and
// keeps the text below it still in columns of 390, 600 and 900 px.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { BUILTIN_LANGS, prerender, recommendedSnippet } from '../../dist/ssr.js';
import { stopAll } from '../../scripts/processes.js';
import { launch, requestedEngines } from './drivers.js';

const root = new URL('../../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const ZIP = new URL(`release/defus-info-${version}.zip`, root);
const FOLDER = `defus-info-${version}`;
const EXAMPLE = readFileSync(new URL('test/fixtures/example-forum.config.json', root), 'utf8');
const AXE = readFileSync(new URL('node_modules/axe-core/axe.min.js', root), 'utf8');
/** As test/a11y.ts: WCAG 2.0 A and AA, 2.1 AA and 2.2 AA (BITV 2.0 / EN 301 549). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** How late the static server sends the module to the layout-shift page. */
const MODULE_DELAY_MS = 600;

const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

let directory;
let kitDirectory;
let server;
let origin;

before(async () => {
  directory = mkdtempSync(join(tmpdir(), 'defus-info-kit-'));
  assert.deepEqual(readdirSync(directory), [], 'an empty folder');
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(ZIP)))) {
    const path = join(directory, name);
    if (name.endsWith('/')) continue;
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, bytes);
  }
  kitDirectory = join(directory, FOLDER);
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };
  // A plain static server of the unpacked folder; the versioned path of the recommended snippet
  // answers with the kit's module, late, so the card arrives after the page's first layout.
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const versioned = path === `/defus-info/${version}/defus-info.js`;
    const file = versioned ? 'defus-info.js' : decodeURIComponent(path.slice(1)) || 'index.html';
    let body;
    try {
      if (file.includes('..')) throw new Error('outside');
      body = readFileSync(join(kitDirectory, file));
    } catch {
      response.writeHead(404).end();
      return;
    }
    const send = () => response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    if (versioned) setTimeout(send, MODULE_DELAY_MS);
    else send();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => {
  // The X server and WebDriver servers the drivers started would keep this process alive.
  stopAll();
  server?.close();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe('the kit', () => {
  it('holds the module byte for byte, the configurator and what an editor needs, in one folder', () => {
    const entries = Object.keys(unzipSync(readFileSync(ZIP)));
    assert.ok(
      entries.every((name) => name.startsWith(`${FOLDER}/`)),
      'one top folder',
    );
    assert.deepEqual(readdirSync(kitDirectory).sort(), [
      'Anleitung-fuer-Redaktionen.md',
      'CHANGELOG.md',
      'LICENSE.txt',
      'THIRD-PARTY-LICENSES.txt',
      'defus-info.js',
      'defus-info.schema.json',
      'defus.config.json',
      'editors-guide.md',
      'index.html',
      'integrity.json',
    ]);
    const module = readFileSync(join(kitDirectory, 'defus-info.js'));
    assert.ok(module.equals(readFileSync(new URL('dist/defus-info.js', root))));
    const integrity = JSON.parse(readFileSync(join(kitDirectory, 'integrity.json'), 'utf8'));
    assert.equal(integrity['defus-info.js'], sha384(module));
    const page = readFileSync(join(kitDirectory, 'index.html'), 'utf8');
    // Nothing outside the kit: no URL the page could load (its own texts name none either).
    assert.doesNotMatch(page, /\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    assert.doesNotMatch(page, /url\((?!data:)/);
    const licences = readFileSync(join(kitDirectory, 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    for (const name of ['lit-html', 'parse5', '@lit-labs/ssr', '@fontsource/source-sans-3'])
      assert.ok(licences.includes(`${name} `), name);
  });
});

// In the page: wait until the snippet is there (or `ms` passed), then report what it shows.
async function pageState(ms) {
  const end = performance.now() + ms;
  const text = (id) => document.getElementById(id)?.textContent ?? '';
  const ready = () =>
    !document.getElementById('script-snippet-block')?.hidden &&
    document.querySelector('#preview defus-info')?.shadowRoot?.querySelector('[part~="heading"]');
  while (!ready() && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
  const card = document.querySelector('#preview defus-info');
  return {
    lang: document.documentElement.lang,
    title: document.querySelector('h1')?.textContent ?? '',
    cardHeading: card?.shadowRoot?.querySelector('[part~="heading"]')?.textContent ?? '',
    languages: [...document.querySelectorAll('#card-lang option')].map((option) => [option.value, option.textContent]),
    script: text('script-snippet'),
    scriptCsp: text('script-csp'),
    problems: text('problems'),
    unavailable: text('script-snippet-unavailable'),
    // Everything the page fetched: only itself, by its own URL, or what it made (blob:, data:).
    foreign: performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => !/^(blob|data):/.test(url) && new URL(url).origin !== location.origin),
  };
}

// In the page: the download the button starts, caught at the link's click, and the SHA-384 of its bytes.
async function downloadOf(buttonId) {
  const original = HTMLAnchorElement.prototype.click;
  const caught = new Promise((resolve) => {
    HTMLAnchorElement.prototype.click = function click() {
      resolve({ name: this.download, href: this.href });
    };
  });
  document.getElementById(buttonId).click();
  const { name, href } = await caught;
  HTMLAnchorElement.prototype.click = original;
  const bytes = await (await fetch(href)).arrayBuffer();
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return { name, integrity: `sha384-${btoa(String.fromCharCode(...hash))}`, size: bytes.byteLength };
}

// In the page: choose the editor's own config and the given options, as an editor would.
function choose(configText, lang, variant) {
  const json = document.getElementById('source-json');
  json.checked = true;
  json.dispatchEvent(new Event('input', { bubbles: true }));
  const area = document.getElementById('config-json');
  area.value = configText;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  // The configurator reads typed JSON after a pause: wait until it offers this config's languages
  // (the built-in card's languages before), however long the machine takes, then choose.
  const wanted = Object.keys(JSON.parse(configText).summary).sort().join();
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      const select = document.getElementById('card-lang');
      const offered = [...select.options]
        .map((option) => option.value)
        .filter(Boolean)
        .sort()
        .join();
      if (offered !== wanted) {
        if (performance.now() - started > 60000) reject(new Error(`the configurator offers ${offered}, not ${wanted}`));
        else setTimeout(tick, 50);
        return;
      }
      select.value = lang;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      const radio = document.getElementById(`variant-${variant}`);
      radio.checked = true;
      radio.dispatchEvent(new Event('input', { bubbles: true }));
      resolve();
    };
    tick();
  });
}

/** Resolves once the snippet shows `needle`: the configurator has caught up with the last choice. */
async function snippetsShow(needle, ms) {
  const end = performance.now() + ms;
  const shows = () => document.getElementById('script-snippet')?.textContent?.includes(needle);
  while (!shows() && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
}

const snippetOf = (integrity, card) => recommendedSnippet(`/defus-info/${version}/defus-info.js`, integrity, card.html);

for (const engine of requestedEngines()) {
  describe(`${engine[0]}`, () => {
    for (const lang of ['de', 'en']) {
      describe(`in a browser set to ${lang}`, () => {
        let driver;
        before(async () => {
          driver = await launch(engine, lang);
        });
        after(async () => {
          await driver?.close();
        });

        for (const where of ['server', 'file']) {
          it(`opened from ${where === 'server' ? 'a static web server' : 'the folder (file://)'}: its language, a preview, the download, the snippet`, async () => {
            const url = where === 'server' ? `${origin}/index.html` : pathToFileURL(join(kitDirectory, 'index.html')).href;
            await driver.open(url);
            const state = await driver.evaluate(pageState, 60000);
            assert.equal(state.lang, lang);
            assert.equal(
              state.title,
              lang === 'de' ? 'Die DEFUS-Karte in Ihre Internetseite einbauen' : 'Put the DEFUS card on your website',
            );
            assert.match(state.cardHeading, /DEFUS/);
            assert.equal(state.unavailable, '');
            assert.deepEqual(state.foreign, []);

            const module = readFileSync(join(kitDirectory, 'defus-info.js'));
            const download = await driver.evaluate(downloadOf, 'download-module');
            assert.deepEqual(download, { name: 'defus-info.js', integrity: sha384(module), size: module.length });

            // The built-in card with the defaults, in the page's language: the script tag carries the
            // module's own hash, and the pre-rendered card is the server renderer's for the same input.
            assert.ok(state.script.includes(`integrity="${sha384(module)}"`), state.script);
            const server = prerender({ followPageLanguage: true, variant: 'card', theme: 'light', headingLevel: 2 });
            assert.equal(state.script, snippetOf(sha384(module), server));
            assert.match(state.script, /\n<defus-info>/);
            // The language list: the page's language, then the config's own, named in the page's language.
            assert.deepEqual(
              state.languages.map(([value]) => value),
              ['', ...BUILTIN_LANGS],
            );
            assert.equal(state.languages[1][1], lang === 'de' ? 'Deutsch (de)' : 'German (de)');
          });
        }

        it('is clean under axe (WCAG 2.2 AA) and fits a 390 px window, with every field shown', async () => {
          await driver.open(pathToFileURL(join(kitDirectory, 'index.html')).href);
          await driver.evaluate(pageState, 60000);
          await driver.evaluate(choose, EXAMPLE, 'fr', 'card');
          await driver.evaluate(pageState, 60000);
          await driver.evaluate((source) => (0, eval)(source), AXE);
          for (const width of [1200, 390]) {
            await driver.setViewport(width, 900);
            const seen = await driver.evaluate(async (tags) => {
              await new Promise((resolve) => setTimeout(resolve, 200));
              const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
              return {
                violations: results.violations.map(
                  ({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`,
                ),
                passes: results.passes.length,
                overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
              };
            }, WCAG_TAGS);
            assert.deepEqual(seen.violations, [], `at ${width} px`);
            assert.ok(seen.passes > 10, `axe ran its rules (${seen.passes} passed)`);
            assert.ok(seen.overflow <= 0, `nothing wider than the window at ${width} px (${seen.overflow} px more)`);
          }
        });

        it('an own config: its languages offered, the same pre-rendered markup as the server renderer, its JSON offered', async () => {
          await driver.open(pathToFileURL(join(kitDirectory, 'index.html')).href);
          await driver.evaluate(pageState, 60000);
          await driver.evaluate(choose, EXAMPLE, 'fr', 'compact');
          await driver.evaluate(snippetsShow, '<defus-info lang="fr" variant="compact">', 60000);
          const state = await driver.evaluate(pageState, 60000);
          assert.deepEqual(
            state.languages.map(([value]) => value),
            ['', 'en', 'fr'],
          );
          assert.equal(state.languages[2][1], lang === 'de' ? 'Französisch (fr)' : 'French (fr)');
          const module = readFileSync(join(kitDirectory, 'defus-info.js'));
          const server = prerender({ configText: EXAMPLE, lang: 'fr', variant: 'compact', theme: 'light', headingLevel: 2 });
          assert.equal(server.source, 'inline');
          assert.equal(state.script, snippetOf(sha384(module), server));
          const config = await driver.evaluate(downloadOf, 'download-config');
          assert.deepEqual(config, {
            name: 'defus-info.config.json',
            integrity: sha384(Buffer.from(EXAMPLE)),
            size: Buffer.byteLength(EXAMPLE),
          });
        });
      });
    }

    describe('what the snippets do on a page', () => {
      let driver;
      let snippets;
      before(async () => {
        driver = await launch(engine, 'de');
        await driver.open(`${origin}/index.html`);
        snippets = await driver.evaluate(pageState, 60000);
      });
      after(async () => {
        await driver?.close();
      });

      it('the snippet reads with scripts blocked', async () => {
        const page = `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="script-src 'none'"><title>Ohne JavaScript</title></head>
<body><main>${snippets.script}</main></body></html>`;
        writeFileSync(join(kitDirectory, 'no-script.html'), page);
        await driver.open(`${origin}/no-script.html`);
        const seen = await driver.evaluate(() => {
          const card = document.querySelector('defus-info');
          return {
            defined: customElements.get('defus-info') !== undefined,
            heading: card?.shadowRoot?.querySelector('[part~="heading"]')?.textContent ?? '',
            height: card?.getBoundingClientRect().height ?? 0,
          };
        });
        assert.equal(seen.defined, false, 'no script ran');
        assert.match(seen.heading, /Deutsch-Europäisches Forum für Urbane Sicherheit/);
        assert.ok(seen.height > 300, `the card has its height (${seen.height} px)`);
      });

      it('the snippet keeps the text below the card still in columns of 390, 600 and 900 px', async () => {
        const columns = [390, 600, 900]
          .map((width) => `<div style="width:${width}px">${snippets.script}<p class="below">Text darunter</p></div>`)
          .join('\n');
        // Recorded by the page itself: where the text below each card is at its first layout and
        // once every card has rendered, and (where the engine reports them) the layout shifts.
        const page = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Platz freihalten</title>
<style>body{margin:0;font-family:system-ui,sans-serif}</style>
<script>
window.shifts = 0;
try { new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.shifts += entry.value; }).observe({ type: 'layout-shift', buffered: true }); window.observesShifts = true; } catch { window.observesShifts = false; }
</script></head><body>
${columns}
<script>
const below = () => [...document.querySelectorAll('.below')].map((p) => p.getBoundingClientRect().top);
window.first = below();
window.definedAtFirst = customElements.get('defus-info') !== undefined;
</script></body></html>`;
        writeFileSync(join(kitDirectory, 'reserved.html'), page);
        await driver.setViewport(1000, 900);
        await driver.open(`${origin}/reserved.html`);
        const seen = await driver.evaluate(async () => {
          await customElements.whenDefined('defus-info');
          await new Promise((resolve) => setTimeout(resolve, 300));
          const cards = [...document.querySelectorAll('defus-info')];
          return {
            first: window.first,
            definedAtFirst: window.definedAtFirst,
            last: [...document.querySelectorAll('.below')].map((p) => p.getBoundingClientRect().top),
            rendered: cards.map((card) => Boolean(card.shadowRoot?.querySelector('[part~="heading"]'))),
            heights: cards.map((card) => [
              card.getBoundingClientRect().height,
              card.shadowRoot.firstElementChild?.getBoundingClientRect().height,
            ]),
            shifts: window.shifts,
            observesShifts: window.observesShifts,
          };
        });
        assert.equal(seen.definedAtFirst, false, 'the module came after the first layout');
        assert.deepEqual(seen.rendered, [true, true, true]);
        assert.deepEqual(seen.last, seen.first, `the text below stayed (${JSON.stringify(seen.heights)})`);
        if (seen.observesShifts) assert.equal(seen.shifts, 0);
      });

      it('under the Content-Security-Policy the configurator names, the snippet works; no cookie, no request elsewhere', async () => {
        for (const [name, snippet, note] of [
          ['script', snippets.script, snippets.scriptCsp],
          // Without its module tag, so that the pre-rendered <style>, not the live element's sheet, must style the card.
          ['prerendered', snippets.script.split('\n').slice(1).join('\n'), snippets.scriptCsp],
        ]) {
          const policy = /: (script-src .*)$/.exec(note)?.[1];
          assert.ok(policy, `the configurator names a policy for the ${name} snippet: ${note}`);
          // default-src 'none': anything the named sources do not allow is refused.
          const page = `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; ${policy}"><title>CSP</title></head>
<body><main>${snippet}</main></body></html>`;
          writeFileSync(join(kitDirectory, `csp-${name}.html`), page);
          await driver.open(`${origin}/csp-${name}.html`);
          const seen = await driver.evaluate(async (live) => {
            if (live) await customElements.whenDefined('defus-info');
            const card = document.querySelector('defus-info');
            const inner = card.shadowRoot.querySelector('.card');
            return {
              heading: card.shadowRoot.querySelector('[part~="heading"]')?.textContent ?? '',
              // The card's own sheet applied (its padding).
              padding: getComputedStyle(inner).paddingTop,
              cookie: document.cookie,
              requests: performance.getEntriesByType('resource').map((entry) => entry.name),
            };
          }, name === 'script');
          assert.match(seen.heading, /DEFUS/, name);
          assert.equal(seen.padding, '24px', name);
          assert.equal(seen.cookie, '');
          assert.ok(
            seen.requests.every((url) => url.startsWith(`${origin}/`)),
            seen.requests.join(' '),
          );
        }
      });
    });
  });
}
