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
import Ajv2020 from 'ajv/dist/2020.js';
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

const validateWithSchema = new Ajv2020({ strict: true, allErrors: true }).compile(
  JSON.parse(readFileSync(new URL('src/config/defus-info.schema.json', root), 'utf8')),
);

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

// In the page: the download the button starts, caught at the link's click: its text, and the SHA-384 of its bytes.
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
  const text = new TextDecoder().decode(bytes);
  return { name, integrity: `sha384-${btoa(String.fromCharCode(...hash))}`, size: bytes.byteLength, text };
}

// In the page: open the editor's own config in the form, then choose the given options, as an editor would.
function choose(configText, lang, variant) {
  const own = document.getElementById('source-own');
  own.checked = true;
  own.dispatchEvent(new Event('input', { bubbles: true }));
  const input = document.getElementById('card-open-file');
  const files = new DataTransfer();
  files.items.add(new File([configText], 'defus-info.config.json', { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // The file is read asynchronously: wait until the configurator offers this config's languages
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

// In the page: a fictional forum's card written through the form only, as an editor types it: a
// second language, the texts, two offers (the second moved up), two facts (the first removed), the
// office, two links. Returns what every field of the form holds afterwards.
function writeCard() {
  const editor = document.getElementById('card-editor');
  const field = (path) => {
    const element = editor.querySelector(`[data-path="${CSS.escape(path)}"]`);
    if (!element) throw new Error(`the form has no field for ${path}`);
    return element;
  };
  const type = (path, value) => {
    const element = field(path);
    element.focus();
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
    element.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const press = (id) => {
    const button = document.getElementById(id);
    if (!button) throw new Error(`the form has no #${id}`);
    button.click();
  };
  document.getElementById('source-own').click();
  const add = document.getElementById('card-add-lang');
  add.value = 'en';
  add.dispatchEvent(new Event('input', { bubbles: true }));
  press('card-add-lang-button');
  type('name.de', 'Beispielforum für Urbane Sicherheit');
  type('name.en', 'Example Forum for Urban Security');
  type('shortName.de', 'EFUS-X');
  type('shortName.en', 'EFUS-X');
  type('summary.de', 'Ein erfundenes nationales Forum für die Tests dieses Baukastens.');
  type('summary.en', 'A fictional national forum for the tests of this kit.');
  type('description.en', 'It exists only in these tests.');
  type('services.intro.de', 'Das Forum bietet seinen Mitgliedern:');
  type('services.intro.en', 'What the forum offers its members:');
  press('card-services-add');
  type('services.items[0].de', 'Beispieltreffen');
  type('services.items[0].en', 'Example meetings');
  press('card-services-add');
  type('services.items[1].de', 'Beispielberichte');
  type('services.items[1].en', 'Example reports');
  field('services.items[1].de').closest('li').querySelector('button[id$="-up"]').click();
  press('card-facts-add');
  type('facts[0].label.de', 'Mitglieder');
  type('facts[0].label.en', 'Members');
  type('facts[0].value.de', 'Beispielstadt');
  type('facts[0].value.en', 'Example City');
  press('card-facts-add');
  type('facts[1].label.de', 'Sitz');
  type('facts[1].label.en', 'Seat');
  type('facts[1].value.de', 'Beispielstadt');
  type('facts[1].value.en', 'Exampleton');
  field('facts[0].label.de').closest('li').querySelector('button[id$="-remove"]').click();
  type('office.city.de', 'Beispielstadt');
  type('office.city.en', 'Exampleton');
  type('office.lead.name', 'A. Example');
  type('office.lead.role.de', 'Geschäftsführung');
  type('office.lead.role.en', 'Managing director');
  type('links[0].href', 'https://example.org');
  type('links[0].label.de', 'Website des Beispielforums: example.org');
  type('links[0].label.en', 'Example Forum website: example.org');
  field('links[0].newWindow').click();
  press('card-links-add');
  type('links[1].href', 'mailto:info@example.org');
  type('links[1].label.de', 'info@example.org');
  type('links[1].label.en', 'info@example.org');
  return Object.fromEntries(
    [...editor.querySelectorAll('input[data-path], textarea[data-path], select[data-path]')].map((element) => [
      element.dataset.path,
      element.type === 'checkbox' ? element.checked : element.value,
    ]),
  );
}

// In the page: what every field of the form holds, by its config path.
function formValues() {
  return Object.fromEntries(
    [
      ...document.querySelectorAll(
        '#card-editor input[data-path], #card-editor textarea[data-path], #card-editor select[data-path]',
      ),
    ].map((element) => [element.dataset.path, element.type === 'checkbox' ? element.checked : element.value]),
  );
}

// In the page: choose the card's language, then wait until the preview shows `heading`; what the preview card says.
async function previewIn(lang, heading, ms) {
  const select = document.getElementById('card-lang');
  select.value = lang;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  const end = performance.now() + ms;
  const card = () => document.querySelector('#preview defus-info');
  const shown = () => card()?.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  while (shown() !== heading && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
  return { heading: shown(), text: card()?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '' };
}

// In the page: a broken value typed into a field, and how the form marks it.
function breakField(path, value) {
  const input = document.querySelector(`#card-editor [data-path="${CSS.escape(path)}"]`);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  const described = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const messages = described
    .map((id) => document.getElementById(id))
    .filter((element) => element?.classList.contains('field-error'));
  return {
    invalid: input.getAttribute('aria-invalid'),
    messages: messages.map((element) => element.textContent.trim()),
    besideField: messages.every((element) => element.parentElement === input.parentElement),
  };
}

// In the page: a field's accessible name as its aria-labelledby (else its label) composes it, and its language.
function accessibleName(path) {
  const field = document.querySelector(`#card-editor [data-path="${CSS.escape(path)}"]`);
  const ids = (field.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const parts = ids.length ? ids.map((id) => document.getElementById(id)) : [...field.labels];
  return parts.map((element) => element.textContent.replace(/\s+/g, ' ').trim()).join(' ');
}

// In the page: the card editor's focus and status, and its rows' paths, for the keyboard step.
function editorFocus() {
  const focused = document.activeElement;
  return {
    path: focused?.dataset.path ?? '',
    id: focused?.id ?? '',
    label: focused?.getAttribute('aria-label') ?? focused?.textContent.trim() ?? '',
    status: document.getElementById('card-editor-status').textContent,
    services: [...document.querySelectorAll('#card-editor input[data-path^="services.items["]')].map((field) => field.value),
  };
}

// In the page: the focus put on a button ("up", "down", "remove") of the row that holds the field at `path`.
function focusRowButton(path, button) {
  const field = document.querySelector(`#card-editor [data-path="${CSS.escape(path)}"]`);
  field.closest('li').querySelector(`button[id$="-${button}"]`).focus();
}

// In the page: a text typed into a field, as typing does (input events, no change); the field keeps the focus.
function typeInto(path, value) {
  const field = document.querySelector(`#card-editor [data-path="${CSS.escape(path)}"]`);
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

// In the page: wait until the preview card's text has `needle` (or `ms` passed), then return that text.
async function previewOnceIncludes(needle, ms) {
  const end = performance.now() + ms;
  const text = () => document.querySelector('#preview defus-info')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
  while (!text().includes(needle) && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
  return text();
}

// In the page: wait until the element's text has `needle` (or `ms` passed), then return that text.
async function textOnceIncludes(id, needle, ms) {
  const end = performance.now() + ms;
  const text = () => document.getElementById(id)?.textContent ?? '';
  while (!text().includes(needle) && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
  return text();
}

// In the page: axe's WCAG rules on the page as it is, and how far it is wider than the window.
async function axeAndOverflow(tags) {
  const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
  return {
    violations: results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`),
    passes: results.passes.length,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
}

// In the page: the colour scheme and heading level chosen, then the copy button pressed, once with
// a clipboard that takes the text and once with one that refuses (the code is then selected for Ctrl+C).
async function chooseAndCopy(ms) {
  for (const [id, value] of [
    ['theme-dark', true],
    ['heading-level', '3'],
  ]) {
    const control = document.getElementById(id);
    if (value === true) control.checked = true;
    else control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  }
  const end = performance.now() + ms;
  const shown = () => document.getElementById('script-snippet').textContent.includes(' theme="dark" heading-level="3">');
  while (!shown() && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
  const results = [];
  for (const refuse of [false, true]) {
    let copied;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: (text) => {
          if (refuse) return Promise.reject(new DOMException('refused', 'NotAllowedError'));
          copied = text;
          return Promise.resolve();
        },
      },
    });
    for (const id of ['script-snippet']) {
      const button = document.querySelector(`button[data-copies="${id}"]`);
      const status = document.getElementById(button.dataset.status);
      button.click();
      while (!status.textContent && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
      const code = document.getElementById(id).textContent;
      results.push({ id, refuse, same: (refuse ? getSelection().toString() : copied) === code, status: status.textContent });
    }
  }
  return { shown: shown(), results };
}

// In the page: a file opened in the card editor; the note it gets, once it has one that names `needle`.
async function openedNote(name, text, needle, ms) {
  document.getElementById('source-own').click();
  const input = document.getElementById('card-open-file');
  const files = new DataTransfer();
  files.items.add(new File([text], name));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  const end = performance.now() + ms;
  const note = () => [...document.querySelectorAll('#card-editor .notice')].map((element) => element.textContent).join(' ');
  while (!note().includes(needle) && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
  return note();
}

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
            assert.deepEqual(
              { name: download.name, integrity: download.integrity, size: download.size },
              { name: 'defus-info.js', integrity: sha384(module), size: module.length },
            );

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
              // The new width laid out before axe looks: two frames, not a guess at how long it takes.
              for (let frame = 0; frame < 2; frame += 1) await new Promise(requestAnimationFrame);
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

        it('an own config file opened in the form: its languages offered, the same pre-rendered markup as the server renderer, the same config saved', async () => {
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
          assert.equal(state.problems, lang === 'de' ? 'Keine Probleme gefunden.' : 'No problems found.');
          const saved = await driver.evaluate(downloadOf, 'download-config');
          assert.equal(saved.name, 'defus-info.config.json');
          const { $schema, ...config } = JSON.parse(saved.text);
          assert.equal($schema, './defus-info.schema.json');
          assert.ok(validateWithSchema(config), JSON.stringify(validateWithSchema.errors));
          // The same card: a text written once for all languages comes back written in each of them.
          const example = JSON.parse(EXAMPLE);
          assert.deepEqual(config, {
            ...example,
            shortName: { en: 'EFUS-X', fr: 'EFUS-X' },
            office: { city: { en: 'Exampleton', fr: 'Exampleton' } },
            links: [example.links[0], { ...example.links[1], label: { en: 'info@example.org', fr: 'info@example.org' } }],
          });
          // The snippet carries that config; the server renderer, given it, writes the same card.
          const module = readFileSync(join(kitDirectory, 'defus-info.js'));
          const configText = JSON.stringify(config, null, 2);
          const server = prerender({ configText, lang: 'fr', variant: 'compact', theme: 'light', headingLevel: 2 });
          assert.equal(server.source, 'inline');
          assert.equal(state.script, snippetOf(sha384(module), server));
        });
      });
    }

    describe('the card editor, "Die Karte Ihres Forums"', () => {
      let driver;
      before(async () => {
        driver = await launch(engine, 'de');
      });
      after(async () => {
        await driver?.close();
      });

      it('a forum writes its card in two languages through the form only; the preview shows it, the saved file is valid and reopens into the form; a broken value is marked at its field', async () => {
        const page = pathToFileURL(join(kitDirectory, 'index.html')).href;
        await driver.open(page);
        await driver.evaluate(pageState, 60000);
        const typed = await driver.evaluate(writeCard);
        // Each language named in its own language, and marked as that language for screen readers.
        const named = await driver.evaluate(() =>
          [...document.querySelectorAll('#card-editor .lang-list span[lang]')].map((span) => [span.lang, span.textContent]),
        );
        assert.deepEqual(named, [
          ['de', 'Deutsch'],
          ['en', 'English'],
        ]);
        // Each field named by what it is and its language, not by the language alone.
        assert.equal(await driver.evaluate(accessibleName, 'name.en'), 'Name English');
        assert.equal(await driver.evaluate(accessibleName, 'summary.de'), 'Kurzbeschreibung Deutsch');
        assert.equal(await driver.evaluate(accessibleName, 'services.items[0].de'), 'Angebot 1 Deutsch');
        assert.equal(await driver.evaluate(accessibleName, 'facts[0].value.en'), 'Fakt 1 Wert English');
        assert.equal(await driver.evaluate(accessibleName, 'links[1].href'), 'Link 2 Adresse');

        const english = await driver.evaluate(previewIn, 'en', 'EFUS-X Example Forum for Urban Security', 60000);
        // The heading: the short name above the full name.
        assert.equal(english.heading, 'EFUS-X Example Forum for Urban Security');
        for (const text of [
          'EFUS-X',
          'A fictional national forum for the tests of this kit.',
          'Example reports',
          'Seat',
          'Exampleton',
        ])
          assert.ok(english.text.includes(text), `the preview shows ${text}: ${english.text}`);
        assert.ok(!english.text.includes('Members'), 'the removed fact is gone');
        assert.ok(!english.text.includes('DEFUS'), 'no DEFUS text on another forum’s card');
        assert.ok(
          english.text.indexOf('Example reports') < english.text.indexOf('Example meetings'),
          'the moved offer comes first',
        );
        const german = await driver.evaluate(previewIn, 'de', 'EFUS-X Beispielforum für Urbane Sicherheit', 60000);
        assert.equal(german.heading, 'EFUS-X Beispielforum für Urbane Sicherheit');

        const saved = await driver.evaluate(downloadOf, 'download-config');
        assert.equal(saved.name, 'defus-info.config.json');
        const config = JSON.parse(saved.text);
        assert.ok(validateWithSchema(config), JSON.stringify(validateWithSchema.errors));
        assert.deepEqual(config, {
          $schema: './defus-info.schema.json',
          version: 1,
          defaultLang: 'de',
          name: { de: 'Beispielforum für Urbane Sicherheit', en: 'Example Forum for Urban Security' },
          shortName: { de: 'EFUS-X', en: 'EFUS-X' },
          summary: {
            de: 'Ein erfundenes nationales Forum für die Tests dieses Baukastens.',
            en: 'A fictional national forum for the tests of this kit.',
          },
          description: { en: 'It exists only in these tests.' },
          services: {
            intro: { de: 'Das Forum bietet seinen Mitgliedern:', en: 'What the forum offers its members:' },
            items: [
              { de: 'Beispielberichte', en: 'Example reports' },
              { de: 'Beispieltreffen', en: 'Example meetings' },
            ],
          },
          facts: [{ label: { de: 'Sitz', en: 'Seat' }, value: { de: 'Beispielstadt', en: 'Exampleton' } }],
          office: {
            city: { de: 'Beispielstadt', en: 'Exampleton' },
            lead: { name: 'A. Example', role: { de: 'Geschäftsführung', en: 'Managing director' } },
          },
          links: [
            {
              href: 'https://example.org',
              label: { de: 'Website des Beispielforums: example.org', en: 'Example Forum website: example.org' },
              newWindow: true,
            },
            { href: 'mailto:info@example.org', label: { de: 'info@example.org', en: 'info@example.org' } },
          ],
        });

        // A fresh page: the saved file opened again fills every field as it was typed.
        await driver.open(page);
        await driver.evaluate(pageState, 60000);
        await driver.evaluate(choose, saved.text, 'en', 'card');
        assert.deepEqual(await driver.evaluate(formValues), typed);

        const broken = await driver.evaluate(breakField, 'links[0].href', 'www.example.org');
        assert.equal(broken.invalid, 'true');
        assert.deepEqual(broken.messages, [
          'Geben Sie eine vollständige Adresse ein, klein geschrieben und ohne Leerzeichen: mit https:// oder http:// für eine Website, mailto: für eine E-Mail-Adresse, tel: für eine Telefonnummer.',
        ]);
        assert.ok(broken.besideField, 'the message stands at its field');
        // The list in the preview step names it too, once the preview has caught up with the typing.
        const summary = await driver.evaluate(textOnceIncludes, 'problems', 'Link 1: Adresse:', 60000);
        assert.match(summary, /Link 1: Adresse: Geben Sie eine vollständige Adresse ein/);
        // The list says what it lists: every problem, shown at its field or not yet.
        assert.match(summary, /^Diese Angaben fehlen noch oder passen nicht:/);
        // A plain region, rebuilt as the editor types; screen readers hear only the count.
        const announced = await driver.evaluate(() => ({
          listRole: document.getElementById('problems').getAttribute('role'),
          listLive: document.getElementById('problems').getAttribute('aria-live'),
          countRole: document.getElementById('problems-count').getAttribute('role'),
          count: document.getElementById('problems-count').textContent,
        }));
        assert.deepEqual(announced, { listRole: 'region', listLive: null, countRole: 'status', count: '1 Hinweis zum Inhalt.' });
        // A card the form marks as broken gets no code, though it would still pre-render (without the link).
        const withheld = {
          unavailable: await driver.evaluate(textOnceIncludes, 'script-snippet-unavailable', 'Den Code', 60000),
          snippetHidden: await driver.evaluate(() => document.getElementById('script-snippet-block').hidden),
        };
        assert.deepEqual(withheld, {
          snippetHidden: true,
          unavailable: 'Den Code erstellt diese Seite, sobald die Angaben unter „Hinweise zum Inhalt“ stimmen.',
        });

        // The form with its marked field: clean under axe and no wider than a 390 px window.
        await driver.evaluate((source) => (0, eval)(source), AXE);
        for (const width of [1280, 390]) {
          await driver.setViewport(width, 900);
          const seen = await driver.evaluate(axeAndOverflow, WCAG_TAGS);
          assert.deepEqual(seen.violations, [], `at ${width} px`);
          assert.ok(seen.passes > 10, `axe ran its rules (${seen.passes} passed)`);
          assert.ok(seen.overflow <= 0, `nothing wider than the window at ${width} px (${seen.overflow} px more)`);
        }
      });
      it('by keyboard: offers added, moved and removed with Enter and Space, the focus where the work goes on; the preview follows the typing; a language removed', async () => {
        await driver.open(pathToFileURL(join(kitDirectory, 'index.html')).href);
        await driver.evaluate(pageState, 60000);
        await driver.evaluate(() => {
          document.getElementById('source-own').click();
          document.getElementById('card-services-add').focus();
        });
        // Adding: the new row's first field takes the focus.
        await driver.press('Enter');
        assert.equal((await driver.evaluate(editorFocus)).path, 'services.items[0].de');
        await driver.evaluate(typeInto, 'services.items[0].de', 'Erstes Beispielangebot');
        await driver.evaluate(() => document.getElementById('card-services-add').focus());
        await driver.press('Space');
        assert.equal((await driver.evaluate(editorFocus)).path, 'services.items[1].de');
        await driver.evaluate(typeInto, 'services.items[1].de', 'Zweites Beispielangebot');

        // Moving up to the top: the row's other move button keeps the focus (its own is now disabled).
        await driver.evaluate(focusRowButton, 'services.items[1].de', 'up');
        await driver.press('Enter');
        let seen = await driver.evaluate(editorFocus);
        assert.deepEqual(seen.services, ['Zweites Beispielangebot', 'Erstes Beispielangebot']);
        assert.equal(seen.label, 'Angebot 1 nach unten');
        assert.equal(seen.status, '„Zweites Beispielangebot“ steht jetzt an Position 1.');

        // Removing: the row that takes its place; the last row removed, the add button (not the row before).
        await driver.evaluate(focusRowButton, 'services.items[0].de', 'remove');
        await driver.press('Enter');
        seen = await driver.evaluate(editorFocus);
        assert.deepEqual(seen.services, ['Erstes Beispielangebot']);
        assert.equal(seen.label, 'Angebot 1 entfernen');
        assert.equal(seen.status, '„Zweites Beispielangebot“ wurde entfernt.');
        await driver.evaluate(() => document.getElementById('card-services-add').focus());
        await driver.press('Space');
        await driver.evaluate(typeInto, 'services.items[1].de', 'Drittes Beispielangebot');
        await driver.evaluate(focusRowButton, 'services.items[1].de', 'remove');
        await driver.press('Space');
        seen = await driver.evaluate(editorFocus);
        assert.deepEqual(seen.services, ['Erstes Beispielangebot']);
        assert.equal(seen.id, 'card-services-add');
        assert.equal(seen.status, '„Drittes Beispielangebot“ wurde entfernt.');

        // The preview follows the typing, without the field being left: the card's other needed parts
        // first (the preview shows no card while the config lacks them), then its name, twice.
        for (const [path, value] of [
          ['summary.de', 'Ein erfundenes Forum für die Tastaturtests.'],
          ['links[0].href', 'https://example.org'],
          ['links[0].label.de', 'Website des Beispielforums: example.org'],
        ])
          await driver.evaluate(typeInto, path, value);
        await driver.evaluate(typeInto, 'name.de', 'Beispielforum für Tastaturtests');
        assert.match(await driver.evaluate(previewOnceIncludes, 'Tastaturtests', 60000), /Beispielforum für Tastaturtests/);
        await driver.evaluate(typeInto, 'name.de', 'Beispielforum für Vorschautests');
        assert.match(await driver.evaluate(previewOnceIncludes, 'Vorschautests', 60000), /Beispielforum für Vorschautests/);

        // A language added, then removed through the form: its fields and its place in the language list go.
        await driver.evaluate(() => {
          const add = document.getElementById('card-add-lang');
          add.value = 'it';
          add.dispatchEvent(new Event('input', { bubbles: true }));
          document.getElementById('card-add-lang-button').click();
        });
        assert.equal(await driver.evaluate(() => Boolean(document.querySelector('#card-editor [data-path="name.it"]'))), true);
        await driver.evaluate(() => document.querySelector('#card-editor button[aria-label="Italiano entfernen"]').focus());
        await driver.press('Enter');
        const removed = await driver.evaluate(() => ({
          langs: [...document.querySelectorAll('#card-editor .lang-list span[lang]')].map((span) => span.lang),
          field: Boolean(document.querySelector('#card-editor [data-path="name.it"]')),
          offered: [...document.getElementById('card-lang').options].map((option) => option.value),
          focus: document.activeElement?.id,
          status: document.getElementById('card-editor-status').textContent,
        }));
        assert.deepEqual(removed, {
          langs: ['de'],
          field: false,
          offered: ['', 'de'],
          focus: 'card-add-lang',
          status: 'Italiano wurde entfernt.',
        });
      });
      it('colour scheme and heading level reach the snippet; it copies, or is selected for Ctrl+C where the browser refuses; a file that is not a config, or has keys the format does not know, is named', async () => {
        await driver.open(pathToFileURL(join(kitDirectory, 'index.html')).href);
        await driver.evaluate(pageState, 60000);
        const copy = await driver.evaluate(chooseAndCopy, 60000);
        assert.equal(copy.shown, true, 'the snippet carries theme="dark" heading-level="3"');
        assert.deepEqual(copy.results, [
          { id: 'script-snippet', refuse: false, same: true, status: 'Kopiert.' },
          {
            id: 'script-snippet',
            refuse: true,
            same: true,
            status: 'Ihr Browser erlaubt das Kopieren nicht. Der Code ist markiert: Drücken Sie Strg+C (auf dem Mac ⌘C).',
          },
        ]);
        assert.equal(
          await driver.evaluate(openedNote, 'notes.txt', 'this is not JSON', 'notes.txt', 60000),
          'Die Datei „notes.txt“ ist keine Konfigurationsdatei der Karte. Wählen Sie die Datei, die Sie hier gespeichert haben (Endung .json).',
        );
        // A key the format does not know is named, and left out of the form; a short key with a text
        // ("url", "rel") is no language: only the texts the format translates name the card's languages.
        const example = JSON.parse(EXAMPLE);
        const unknown = JSON.stringify({
          ...example,
          url: 'https://example.org',
          colour: 'red',
          office: { city: 'Exampleton', floor: 3 },
          links: [{ ...example.links[0], rel: 'me' }, example.links[1]],
        });
        assert.equal(
          await driver.evaluate(openedNote, 'old.json', unknown, 'colour', 60000),
          'Diese Angaben der Datei kennt die Karte nicht, das Formular lässt sie weg: url, colour, office.floor, links[0].rel.',
        );
        assert.deepEqual(
          await driver.evaluate(() =>
            [...document.querySelectorAll('#card-editor .lang-list span[lang]')].map((span) => span.lang),
          ),
          ['en', 'fr'],
        );
      });
    });

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
          const cards = [...document.querySelectorAll('defus-info')];
          // Every card rendered and laid out: its update done, then two frames (as test/reserve-space.test.ts).
          await Promise.all(cards.map((card) => card.updateComplete));
          for (let frame = 0; frame < 2; frame += 1) await new Promise(requestAnimationFrame);
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
