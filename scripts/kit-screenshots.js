// The card editor's screenshots in the docs (docs/images/kit-card-editor-de-1280.png and -390.png):
// the kit's configurator page, as release.js writes it, in a German headless Chromium, with a
// fictional forum's card typed into the form, one fact left without its value and the save tried,
// so that the field shows its message. At 1280 px the whole page's main part (the preview beside
// the form), at 390 px the form. Run after `npm run build && vite build --config kit/vite.config.ts`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ENGINES } from './browsers.js';
import { kitFiles } from './release.js';

const IMAGES = new URL('../docs/images/', import.meta.url);

/** In the page: the form filled as an editor would, then the save tried, which marks the empty value. */
function fillForm() {
  const editor = document.getElementById('card-editor');
  const type = (path, value) => {
    const element = editor.querySelector(`[data-path="${CSS.escape(path)}"]`);
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
    element.dispatchEvent(new Event('change', { bubbles: true }));
  };
  document.getElementById('source-own').click();
  document.getElementById('card-add-lang').value = 'en';
  document.getElementById('card-add-lang-button').click();
  type('name.de', 'Beispielforum für Urbane Sicherheit');
  type('name.en', 'Example Forum for Urban Security');
  type('shortName.de', 'EFUS-X');
  type('shortName.en', 'EFUS-X');
  type('summary.de', 'Ein erfundenes nationales Forum, das zeigt, wie das Formular aussieht.');
  type('summary.en', 'A fictional national forum that shows what the form looks like.');
  type('services.intro.de', 'Das Forum bietet seinen Mitgliedern:');
  type('services.intro.en', 'What the forum offers its members:');
  document.getElementById('card-services-add').click();
  type('services.items[0].de', 'Beispieltreffen');
  type('services.items[0].en', 'Example meetings');
  document.getElementById('card-facts-add').click();
  type('facts[0].label.de', 'Sitz');
  type('facts[0].label.en', 'Seat');
  type('office.city.de', 'Beispielstadt');
  type('office.city.en', 'Exampleton');
  type('links[0].href', 'https://example.org');
  type('links[0].label.de', 'Website des Beispielforums: example.org');
  type('links[0].label.en', 'Example Forum website: example.org');
  document.getElementById('download-config').click();
  document.activeElement?.blur();
  scrollTo(0, 0);
}

const directory = mkdtempSync(join(tmpdir(), 'defus-info-kit-shots-'));
const browser = await puppeteer.launch({
  executablePath: ENGINES.chromium.find(),
  headless: true,
  args: [...CHROMIUM_ARGS, '--accept-lang=de', '--lang=de'],
});
try {
  writeFileSync(join(directory, 'index.html'), kitFiles().files['index.html']);
  for (const [width, selector] of [
    [1280, 'main'],
    [390, 'section.step-content'],
  ]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.goto(pathToFileURL(join(directory, 'index.html')).href, { waitUntil: 'load' });
    await page.waitForFunction(() =>
      document.querySelector('#preview defus-info')?.shadowRoot?.querySelector('[part~="heading"]'),
    );
    await page.evaluate(fillForm);
    // Shot once the preview shows the typed card and the problem list names the empty value.
    await page.waitForFunction(
      () =>
        document.getElementById('problems').textContent.includes('Fakt 1: Wert') &&
        document.querySelector('#preview defus-info')?.shadowRoot?.textContent.includes('Beispielforum'),
    );
    const path = new URL(`kit-card-editor-de-${width}.png`, IMAGES);
    await (await page.$(selector)).screenshot({ path: path.pathname });
    console.log(`${path.pathname.replace(/.*\/docs\//, 'docs/')}: ${width} px wide`);
    await page.close();
  }
} finally {
  await browser.close();
  rmSync(directory, { recursive: true, force: true });
}
