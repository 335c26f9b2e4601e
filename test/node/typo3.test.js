// The TYPO3 extension in a real TYPO3 13.4.9 LTS (Composer mode, PHP 8.2, SQLite; set up once by
// scripts/typo3-env.js from ../shared/cms): installed from its release zip through a Composer
// artifact repository, a German site with the frontend CSP enforced, a non-admin editor whose group
// may use the DEFUS card and not Plain HTML. The editor saves cards through DataHandler (as the
// backend saves) with defaults, with each option, with hostile values; the pages are read as served
// and in Chromium, Firefox and WebKit; once the editor works through the backend UI in Chromium.
/* global document, window, customElements, location, getComputedStyle */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ENGINES } from '../../scripts/browsers.js';
import { stopAll } from '../../scripts/processes.js';
import { COMPOSER_NAME, writeTypo3Zip } from '../../scripts/release-typo3.js';
import { missingTypo3Packages, startTypo3, TYPO3_ARCHIVE, TYPO3_PACKAGES, USERS } from '../../scripts/typo3-env.js';
import { launch, requestedEngines } from '../kit/drivers.js';
import { EXAMPLE_CONFIG, HOSTILE_CONFIG, HOSTILE_OPTIONS } from './cms-fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const missing = await missingTypo3Packages();
const chromium = ENGINES.chromium.find();
if (!chromium) missing.push('chromium');
const archiveMissing = !existsSync(TYPO3_ARCHIVE);
const TIMEOUT = 120000;
const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));

/** The part of a served page TYPO3 renders from the page's content elements. */
const contentOf = (html) => html.slice(html.indexOf('<body'), html.lastIndexOf('<script type="module"'));

// CI runs the CMS once per run (under Node 20); its Node 24 pass sets SKIP_CMS_TESTS to the reason.
if (process.env.SKIP_CMS_TESTS) {
  it.skip(`TYPO3 extension tests: ${process.env.SKIP_CMS_TESTS} (SKIP_CMS_TESTS)`);
} else if ((missing.length || archiveMissing) && process.env.CI !== 'true') {
  it.skip(
    missing.length
      ? `TYPO3 extension tests: ${missing.join(', ')} missing; get them with \`sudo apt-get install -y ${TYPO3_PACKAGES.join(' ')} chromium\` (CI=true makes this a failure)`
      : `TYPO3 extension tests: ${TYPO3_ARCHIVE} missing (the offline TYPO3 13.4.9; CMS_ARCHIVES names another folder; CI=true makes this a failure)`,
  );
} else {
  describe('TYPO3 extension (TYPO3 13.4.9 LTS, PHP 8.2, SQLite, frontend CSP enforced)', { timeout: 15 * 60000 }, () => {
    let typo3;
    let zip;
    const pages = {};
    const started = Date.now();

    before(async () => {
      assert.deepEqual(missing, [], `missing on a CI machine: ${missing.join(', ')}`);
      assert.ok(!archiveMissing, `missing on a CI machine: ${TYPO3_ARCHIVE}`);
      assert.ok(existsSync(join(ROOT, 'dist/defus-info.js')), 'run `npm run build` first');
      zip = await writeTypo3Zip(await mkdtemp(join(tmpdir(), 'defus-info-typo3-zip-')));
      typo3 = await startTypo3({ zip, composerName: COMPOSER_NAME, version });
      const titles = {
        defaults: 'Standard',
        options: 'Optionen',
        json: 'Eigene Konfiguration',
        src: 'Adresse',
        hostile: 'Feindlich',
        raw: 'Roh',
        translated: 'Übersetzt',
        objects: 'Objekte',
        ui: 'Unser Netzwerk',
        control: 'Kontrolle',
      };
      const data = { pages: {} };
      Object.entries(titles).forEach(([key, title], index) => {
        data.pages[`NEW${key}`] = { pid: 1, title, hidden: 0, doktype: 1, sorting: index + 1 };
      });
      const { errors, ids } = await typo3.dataHandler('admin', data);
      assert.deepEqual(errors, []);
      await typo3.sql(['UPDATE pages SET perms_groupid = ?, perms_group = 31', [typo3.group]]);
      for (const key of Object.keys(titles)) {
        const [{ slug }] = await typo3.sql(['SELECT slug FROM pages WHERE uid = ?', [ids[`NEW${key}`]]]);
        pages[key] = { uid: ids[`NEW${key}`], url: `${typo3.url}${slug}` };
      }
    });

    after(async () => {
      stopAll();
      await typo3?.stop();
      if (zip) await rm(join(zip, '..'), { recursive: true, force: true });
      console.log(`TYPO3 tests took ${Math.round((Date.now() - started) / 1000)} s`);
    });

    /** The editor saves content elements on a page; resolves DataHandler's errors and the new uids. */
    async function insert(page, ...elements) {
      const data = { tt_content: {} };
      elements.forEach((fields, index) => {
        data.tt_content[`NEW${index}`] = { pid: pages[page].uid, colPos: 0, CType: 'defusinfo_card', ...fields };
      });
      return typo3.dataHandler('editor', data);
    }

    async function served(page) {
      const response = await fetch(pages[page].url);
      assert.equal(response.status, 200, pages[page].url);
      return { html: await response.text(), csp: response.headers.get('content-security-policy') };
    }

    it('the editor may insert the DEFUS card but not Plain HTML', async () => {
      const refused = await typo3.dataHandler('editor', {
        tt_content: { NEW1: { pid: pages.defaults.uid, colPos: 0, CType: 'html', bodytext: '<b>HTML</b>' } },
      });
      assert.match(refused.errors.join('\n'), /authMode "explicitAllow" failed for field "CType" with value "html"/);
      const { errors, ids } = await insert('defaults', {});
      assert.deepEqual(errors, []);
      assert.ok(ids.NEW0 > 0);
    });

    it('an address or JSON config that cannot work: the editor reads what is wrong in their language, and the page shows no card (never DEFUS)', async () => {
      const fields = [
        { tx_defusinfo_src: 'http://example.org/forum.json' },
        { tx_defusinfo_src: 'https://bücher.example/forum.json' },
        { tx_defusinfo_config: '{"name": "Example Forum for Urban Security",}' },
        { tx_defusinfo_config: '["not", "an", "object"]' },
        { tx_defusinfo_config: '{"foo": 1}' },
        { tx_defusinfo_config: JSON.stringify({ ...EXAMPLE_CONFIG, version: 2, links: [{ href: 'https://example.org' }] }) },
      ];
      const { errors, ids } = await insert('raw', ...fields);
      const saved = ' Die Konfiguration ist gespeichert; bis Sie sie korrigieren, zeigt die Seite an dieser Stelle keine Karte.';
      const address =
        'Adresse der Konfigurationsdatei: Die Adresse ist gespeichert, aber die Seite zeigt keine Karte, bis Sie sie korrigieren. Bitte geben Sie eine vollständige Adresse ein, die mit https:// beginnt (zum Beispiel https://example.org/forum.json). Der Servername darf nur die Buchstaben a bis z ohne Akzente und Umlaute, Ziffern, Bindestriche und Punkte enthalten (einen Namen mit Umlauten schreiben Sie in seiner Form, die mit xn-- beginnt). Die Adresse darf keine Leerzeichen, keinen Benutzernamen, kein Passwort und keines der Zeichen " \' < > \\ ` enthalten.';
      assert.deepEqual(
        errors.map((error) => error.replace(/^\[[\d.]+\]: /, '')),
        [
          address,
          address,
          `Konfiguration (JSON): Der Text ist kein gültiges JSON. Bitte prüfen Sie Klammern, Anführungszeichen und Kommas oder fügen Sie den Inhalt der Konfigurationsdatei noch einmal ein.${saved}`,
          `Konfiguration (JSON): Die Konfiguration muss ein Objekt in geschweiften Klammern { … } sein, wie in der Konfigurationsdatei.${saved}`,
          `Konfiguration (JSON): Diese Angaben fehlen: defaultLang, name, summary, links. Jede Konfiguration braucht defaultLang, name, summary und links, wie in der Konfigurationsdatei.${saved}`,
          `Konfiguration (JSON): Die Angabe version muss 1 sein.${saved}`,
          `Konfiguration (JSON): Die Angabe links muss eine Liste mit mindestens einem Link sein, jeder mit href und label.${saved}`,
        ],
      );
      const uids = Object.values(ids).map(Number);
      assert.equal(uids.length, fields.length, 'each element is saved');
      const rows = await typo3.sql([
        `SELECT tx_defusinfo_src, tx_defusinfo_config FROM tt_content WHERE uid IN (${uids.join(',')}) ORDER BY uid`,
        [],
      ]);
      assert.deepEqual(
        rows.map((row) => row.tx_defusinfo_src || row.tx_defusinfo_config),
        fields.map((field) => Object.values(field)[0]),
        'the values are kept as entered',
      );
      // A refused value never leaves a card without its own config, which would show DEFUS.
      const content = contentOf((await served('raw')).html);
      assert.doesNotMatch(content, /<defus-info|DEFUS|Deutsch-Europäisches/, content);
      await typo3.sql([`DELETE FROM tt_content WHERE uid IN (${uids.join(',')})`, []]);
    });

    it("the page: the pre-rendered card in the page's language, the module once from /_assets/ with its integrity, the style allowed by its hash", async () => {
      const { html, csp } = await served('defaults');
      const integrity = JSON.parse(await readFile(join(ROOT, 'dist/integrity.json'), 'utf8'))['defus-info.js'];
      const modules = html.match(/<script type="module"[^>]*>/g);
      assert.equal(modules.length, 1);
      assert.match(modules[0], /src="\/_assets\/[0-9a-f]+\/JavaScript\/defus-info\.js(\?\d+)?"/);
      assert.ok(modules[0].includes(`integrity="${integrity}"`), modules[0]);
      assert.match(modules[0], /crossorigin="anonymous"/);
      assert.match(
        contentOf(html),
        /<defus-info variant="card" theme="light" heading-level="2"><template shadowrootmode="open"><style>/,
      );
      assert.match(contentOf(html), /<h2[^>]*>[\s\S]*Deutsch-Europäisches Forum für Urbane Sicherheit/);
      const { STYLE_HASH } = await import(join(ROOT, 'dist/ssr.js'));
      const styleSrc = csp.split(';').find((directive) => directive.trim().startsWith('style-src '));
      assert.ok(styleSrc.includes(STYLE_HASH), csp);
      for (const directive of csp.split(';').filter((part) => /^\s*(script|style)-src /.test(part))) {
        assert.doesNotMatch(directive, /unsafe-inline/, directive);
      }
    });

    it('each option reaches the page: language, length, colour scheme, heading level (two cards, one module)', async () => {
      const { errors } = await insert(
        'options',
        { tx_defusinfo_lang: 'en', tx_defusinfo_variant: 'compact', tx_defusinfo_theme: 'dark', tx_defusinfo_heading_level: 3 },
        { tx_defusinfo_lang: 'fr', tx_defusinfo_theme: 'auto', tx_defusinfo_heading_level: 4 },
      );
      assert.deepEqual(errors, []);
      const { html } = await served('options');
      // DataHandler puts each new element first on its page.
      const cards = contentOf(html)
        .match(/<defus-info [^>]*>/g)
        .sort();
      assert.deepEqual(cards, [
        '<defus-info lang="en" variant="compact" theme="dark" heading-level="3">',
        '<defus-info lang="fr" variant="card" theme="auto" heading-level="4">',
      ]);
      assert.match(contentOf(html), /<h3[^>]*>[\s\S]*German-European Forum for Urban Security/);
      assert.match(contentOf(html), /<h4[^>]*>[\s\S]*Forum germano-européen pour la sécurité urbaine/);
      assert.match(contentOf(html), /class="card compact dark"|class="card dark compact"/);
      assert.equal(html.match(/<script type="module"/g).length, 1, 'the module once per page');
    });

    it('an own JSON config is embedded with no "<" and its space kept free; a config file address is set as src and allowed in the page\'s connect-src', async () => {
      const config = { ...EXAMPLE_CONFIG, summary: 'A fictional forum. </script><script>window.__pwned=1</script>' };
      assert.deepEqual((await insert('json', { tx_defusinfo_config: JSON.stringify(config, null, 2) })).errors, []);
      const { html } = await served('json');
      const content = contentOf(html);
      const [script] = content.match(/<script type="application\/json">([^<]*)<\/script>/).slice(1);
      assert.deepEqual(JSON.parse(script), config);
      assert.match(content, /<div class="defus-info-slot"><defus-info variant="card" theme="light" heading-level="2"><script/);
      assert.match(content, /<a href="https:\/\/example\.org">Example Forum for Urban Security<\/a><\/defus-info>/);
      assert.doesNotMatch(content, /DEFUS|Deutsch-Europäisches/, "a card with another forum's config never shows DEFUS");
      assert.match(html, /<link href="\/_assets\/[0-9a-f]+\/Css\/defus-info-reserve\.css(\?\d+)?" rel="stylesheet"/);

      assert.deepEqual(
        (await insert('src', { tx_defusinfo_src: 'https://example.org:8443/forum.json', tx_defusinfo_heading_level: 3 })).errors,
        [],
      );
      const { html: srcHtml, csp } = await served('src');
      assert.match(
        contentOf(srcHtml),
        /<div class="defus-info-slot"><defus-info variant="card" theme="light" heading-level="3" src="https:\/\/example\.org:8443\/forum\.json"><\/defus-info><\/div>/,
      );
      assert.match(csp, /connect-src 'self' https:\/\/example\.org:8443(;| )/);
      // The first visit filled TYPO3's page cache; the second is served from it, with the same policy.
      const [{ cached }] = await typo3.sql(['SELECT COUNT(*) AS cached FROM cache_pages', []]);
      assert.ok(cached > 0, 'the page cache holds pages');
      const { html: cachedHtml, csp: cachedCsp } = await served('src');
      assert.equal(contentOf(cachedHtml), contentOf(srcHtml));
      assert.match(cachedCsp, /connect-src 'self' https:\/\/example\.org:8443(;| )/);
      const { csp: otherCsp } = await served('defaults');
      assert.doesNotMatch(otherCsp, /example\.org/, 'only the page with that card allows it');
    });

    it('a JSON config reaches the page as written: an empty object {} in it stays {}', async () => {
      const config = { ...EXAMPLE_CONFIG, office: {} };
      assert.deepEqual((await insert('objects', { tx_defusinfo_config: JSON.stringify(config) })).errors, []);
      const content = contentOf((await served('objects')).html);
      const [script] = content.match(/<script type="application\/json">([^<]*)<\/script>/).slice(1);
      assert.match(script, /"office":\{\}/);
      assert.deepEqual(JSON.parse(script), config);
    });

    it("a translated element keeps its JSON config as it is: the translated page shows the forum's card, never DEFUS", async () => {
      const { errors, ids } = await insert('translated', { tx_defusinfo_config: JSON.stringify(EXAMPLE_CONFIG, null, 2) });
      assert.deepEqual(errors, []);
      // Translated as the Page module's "Translate" does, by an administrator: the editors' group has
      // no access to the language fields (core's "exclude" fields), which this test does not need.
      const localized = await typo3.dataHandler(
        'admin',
        {},
        { pages: { [pages.translated.uid]: { localize: 1 } }, tt_content: { [ids.NEW0]: { localize: 1 } } },
      );
      assert.deepEqual(localized.errors, []);
      const [translation] = await typo3.sql([
        'SELECT uid, tx_defusinfo_config FROM tt_content WHERE l18n_parent = ? AND sys_language_uid = 1',
        [ids.NEW0],
      ]);
      assert.deepEqual(JSON.parse(translation.tx_defusinfo_config), EXAMPLE_CONFIG, 'no "[Translate to …:]" in the JSON');
      const [translatedPage] = await typo3.sql([
        'SELECT uid, slug FROM pages WHERE l10n_parent = ? AND sys_language_uid = 1',
        [pages.translated.uid],
      ]);
      // Core hides new translations until someone makes them visible.
      const shown = await typo3.dataHandler('admin', {
        pages: { [translatedPage.uid]: { hidden: 0 } },
        tt_content: { [translation.uid]: { hidden: 0 } },
      });
      assert.deepEqual(shown.errors, []);
      const response = await fetch(`${typo3.url}/fr${translatedPage.slug}`);
      assert.equal(response.status, 200);
      const content = contentOf(await response.text());
      const [script] = content.match(/<script type="application\/json">([^<]*)<\/script>/).slice(1);
      assert.deepEqual(JSON.parse(script), EXAMPLE_CONFIG);
      assert.match(content, /<a href="https:\/\/example\.org">Example Forum for Urban Security<\/a><\/defus-info>/);
      assert.doesNotMatch(content, /DEFUS|Deutsch-Europäisches|germano-européen/, 'the translation never shows DEFUS');
    });

    it('hostile values in every field, saved by the editor through DataHandler and written past it into the database, run no script and inject no markup', async () => {
      const hostile = {
        tx_defusinfo_lang: HOSTILE_OPTIONS.lang,
        tx_defusinfo_variant: HOSTILE_OPTIONS.variant,
        tx_defusinfo_theme: HOSTILE_OPTIONS.theme,
        tx_defusinfo_heading_level: HOSTILE_OPTIONS.headingLevel,
      };
      const saved = await insert(
        'hostile',
        { ...hostile, tx_defusinfo_config: HOSTILE_CONFIG },
        { ...hostile, tx_defusinfo_src: 'javascript:window.__pwned=1//https://example.org' },
        { ...hostile, tx_defusinfo_src: 'https://example.org/"><script>window.__pwned=1</script>' },
      );
      assert.equal(Object.keys(saved.ids).length, 3);
      // DataHandler keeps some of these out; the page must not rely on it: the same values, raw.
      const raw = await insert('raw', {}, {}, {});
      const uids = Object.values(raw.ids).map(Number);
      const set = 'tx_defusinfo_lang = ?, tx_defusinfo_variant = ?, tx_defusinfo_theme = ?, tx_defusinfo_heading_level = 0';
      const values = [hostile.tx_defusinfo_lang, hostile.tx_defusinfo_variant, hostile.tx_defusinfo_theme];
      await typo3.sql(
        [`UPDATE tt_content SET ${set}, tx_defusinfo_config = ? WHERE uid = ?`, [...values, HOSTILE_CONFIG, uids[0]]],
        [
          `UPDATE tt_content SET ${set}, tx_defusinfo_src = ? WHERE uid = ?`,
          [...values, 'https://example.org/"><script>window.__pwned=1</script>', uids[1]],
        ],
        [
          `UPDATE tt_content SET ${set}, tx_defusinfo_config = ? WHERE uid = ?`,
          [...values, `{"name": "</script><script>window.__pwned=1</script>"`, uids[2]],
        ],
      );
      await typo3.typo3('cache:flush');

      for (const page of ['hostile', 'raw']) {
        const content = contentOf((await served(page)).html);
        const json = content.match(/<script type="application\/json">[^<]*<\/script>/g) ?? [];
        const rest = json.reduce((text, script) => text.replace(script, ''), content);
        // Text may spell the payload out (escaped); no tag of it, and no attribute of any tag runs script.
        assert.doesNotMatch(rest, /<img\b|<script\b/i, page);
        for (const tag of rest.match(/<[a-z][^>]*>/gi)) assert.doesNotMatch(tag, /\son\w+=|javascript:/i, tag);
        // DataHandler keeps an integer of the heading level ("1><script>…" is 1); the raw 0 is refused.
        // The JSON config's card is the only one: an unusable address or JSON config shows no card
        // at all, never DEFUS in place of the editor's forum.
        const level = page === 'hostile' ? 1 : 2;
        assert.deepEqual(content.match(/<defus-info [^>]*>/g), [
          `<defus-info variant="card" theme="light" heading-level="${level}">`,
        ]);
        assert.doesNotMatch(content, /DEFUS|Deutsch-Europäisches/, page);
      }
    });

    it('the editor adds the DEFUS card from the wizard in the Page module, sets two fields, saves, and the page shows it (Chromium)', async () => {
      const browser = await puppeteer.launch({
        executablePath: chromium,
        args: CHROMIUM_ARGS,
        headless: true,
        protocolTimeout: TIMEOUT,
      });
      const screenshot = async (target, name) => {
        if (process.env.UPDATE_SCREENSHOTS !== 'true') return;
        await mkdir(join(ROOT, 'docs/images'), { recursive: true });
        await target.screenshot({ path: join(ROOT, `docs/images/${name}.png`) });
      };
      try {
        const page = await browser.newPage();
        page.setDefaultTimeout(TIMEOUT);
        page.setDefaultNavigationTimeout(TIMEOUT);
        await page.setViewport({ width: 1280, height: 800 });
        await page.goto(`${typo3.url}/typo3/`);
        await page.waitForSelector('#t3-username');
        await page.type('#t3-username', 'editor-en');
        await page.type('#t3-password', USERS['editor-en'].password);
        await Promise.all([page.waitForNavigation(), page.click('#t3-login-submit')]);
        await page.goto(`${typo3.url}/typo3/module/web/layout?id=${pages.ui.uid}`);
        const module = async () => (await page.waitForSelector('iframe#typo3-contentIframe')).contentFrame();
        const layout = await module();
        // The button opens the wizard once its element is defined.
        await layout.waitForFunction(() => customElements.get('typo3-backend-new-content-element-wizard-button'));
        await (await layout.waitForSelector('typo3-backend-new-content-element-wizard-button')).click();
        const wizard = 'typo3-backend-new-record-wizard >>> ';
        // The modal slides in; until it is still, it ignores being closed (as the wizard does on a choice).
        await page.waitForFunction(() => {
          const modal = document.querySelector('.t3js-modal.show');
          return (
            modal &&
            getComputedStyle(modal).opacity === '1' &&
            getComputedStyle(modal.querySelector('.modal-dialog')).transform === 'none'
          );
        });
        await (await page.waitForSelector(`${wizard}button[data-identifier="special"]`)).click();
        const item = await page.waitForSelector(`${wizard}button[data-identifier="special_defusinfo_card"]`, { visible: true });
        assert.match(await item.evaluate((node) => node.textContent), /DEFUS card/);
        await screenshot(page, 'typo3-wizard');
        await item.click();
        // The form opens behind the modal, which then fades out.
        await page.waitForSelector('.t3js-modal', { hidden: true });
        await page.waitForSelector('.modal-backdrop', { hidden: true });

        // The element's form, in the content frame.
        const field = (name) => `select[name^="data[tt_content]"][name$="[${name}]"]`;
        let form = await module();
        await form.waitForSelector(field('tx_defusinfo_variant'));
        form = await module();
        const labels = await form.$$eval('label', (nodes) => nodes.map((node) => node.textContent.trim()));
        for (const label of ['Language', 'Length', 'Colour scheme', 'Heading level'])
          assert.ok(labels.includes(label), labels.join(', '));
        await form.select(field('tx_defusinfo_variant'), 'compact');
        await form.select(field('tx_defusinfo_theme'), 'dark');
        await screenshot(page, 'typo3-form');
        await Promise.all([form.waitForNavigation(), form.click('button[name="_savedok"]')]);
        const [saved] = await typo3.sql([
          "SELECT uid, tx_defusinfo_variant, tx_defusinfo_theme FROM tt_content WHERE pid = ? AND CType = 'defusinfo_card'",
          [pages.ui.uid],
        ]);
        assert.deepEqual([saved.tx_defusinfo_variant, saved.tx_defusinfo_theme], ['compact', 'dark']);

        // The Page module's preview names the card and its options.
        await page.goto(`${typo3.url}/typo3/module/web/layout?id=${pages.ui.uid}`);
        const preview = await (await module()).waitForSelector('.defusinfo-preview');
        assert.match(
          (await preview.evaluate((node) => node.textContent)).replace(/\s+/g, ' '),
          /Built-in DEFUS card.*The page's language.*Short version.*Dark.*H2/,
        );

        const visitor = await browser.newPage();
        await visitor.setViewport({ width: 800, height: 260 });
        await visitor.goto(pages.ui.url, { waitUntil: 'load' });
        await visitor.waitForFunction(() => document.querySelector('defus-info')?.shadowRoot?.adoptedStyleSheets.length > 0);
        const card = await visitor.$eval('defus-info', (node) => ({
          variant: node.getAttribute('variant'),
          theme: node.getAttribute('theme'),
          dark: Boolean(node.shadowRoot.querySelector('.card.dark.compact')),
          heading: node.shadowRoot.querySelector('.heading').textContent,
        }));
        assert.deepEqual([card.variant, card.theme, card.dark], ['compact', 'dark', true]);
        assert.match(card.heading, /Deutsch-Europäisches Forum für Urbane Sicherheit/);
        await screenshot(visitor, 'typo3-page');
      } finally {
        await browser.close();
      }
    });

    for (const [engine, binaries] of missing.length ? [] : requestedEngines()) {
      it(`${engine}: every card is drawn by the module from /_assets/, nothing is requested elsewhere, no script of an editor runs, zero CSP violations`, async () => {
        const driver = await launch([engine, binaries], 'de');
        try {
          const seen = new Set((await typo3.sql(['SELECT uuid FROM sys_http_report', []])).map((row) => row.uuid));
          for (const page of ['defaults', 'options', 'json', 'hostile']) {
            await driver.open(pages[page].url);
            // Polled from here: WebDriver classic runs a page function synchronously only.
            let state;
            for (let tries = 0; tries < 600; tries++) {
              state = await driver.evaluate(() => {
                const cards = [...document.querySelectorAll('defus-info:not([src])')];
                return {
                  defined: Boolean(customElements.get('defus-info')),
                  headings: cards.map((card) => card.shadowRoot?.querySelector('.heading')?.textContent.trim() ?? null),
                  // Drawn by the module: it adopts its style sheet (the pre-rendered root has only its <style>).
                  rendered: cards.every((card) => card.shadowRoot?.adoptedStyleSheets?.length > 0),
                  modules: [...document.querySelectorAll('script[type=module]')].map((script) => new URL(script.src).pathname),
                  external: performance
                    .getEntriesByType('resource')
                    .map((entry) => entry.name)
                    .filter((name) => new URL(name).origin !== location.origin),
                  pwned: window.__pwned ?? null,
                  violations: window.__cspViolations ?? null,
                  images: document.querySelectorAll('img').length,
                };
              });
              if (state.defined && state.rendered) break;
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
            assert.equal(state.defined, true, `${page}: the module ran`);
            assert.equal(state.rendered, true, `${page}: the module drew every card`);
            assert.ok(state.headings.length > 0 && state.headings.every(Boolean), `${page}: ${JSON.stringify(state.headings)}`);
            assert.deepEqual(state.modules.length, 1);
            assert.match(state.modules[0], /^\/_assets\/[0-9a-f]+\/JavaScript\/defus-info\.js$/);
            assert.deepEqual(state.external, [], `${page}: no request to anyone but the site`);
            assert.equal(state.pwned, null);
            assert.deepEqual(state.violations, [], `${page}: no securitypolicyviolation event in the page`);
            assert.equal(state.images, 0);
            if (page === 'json') assert.ok(state.headings.every((heading) => heading.includes('Example Forum')));
          }
          // A control that must be reported (an inline style without hash, on a page without cards):
          // once its report is in, the card pages' reports, sent before it, would be in too.
          await driver.open(pages.control.url);
          await driver.evaluate(() => {
            const style = document.createElement('style');
            style.textContent = 'body{outline:1px solid red}';
            document.head.append(style);
          });
          // The page records it as the card pages would have recorded theirs.
          let recorded = [];
          for (let tries = 0; tries < 300 && recorded.length === 0; tries++) {
            recorded = await driver.evaluate(() => window.__cspViolations);
            if (recorded.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
          }
          assert.equal(recorded.length, 1, 'the control page records its violation');
          assert.match(recorded[0], /^style-src/);
          const freshReports = async () =>
            (await typo3.sql(['SELECT uuid, details FROM sys_http_report', []]))
              .filter((row) => !seen.has(row.uuid))
              .map((row) => JSON.parse(row.details));
          let fresh = await freshReports();
          for (let tries = 0; tries < 300 && fresh.length === 0; tries++) {
            await new Promise((resolve) => setTimeout(resolve, 100));
            fresh = await freshReports();
          }
          assert.ok(fresh.length >= 1, 'the control violation is reported');
          const blocked = fresh.filter((report) => report['document-uri'] !== pages.control.url);
          assert.deepEqual(blocked, [], 'no violation but the control');
        } finally {
          await driver.close();
        }
      });
    }

    it('a site without sets renders the same card from the static template "DEFUS card"', async () => {
      const withSet = contentOf((await served('options')).html);
      const config = join(typo3.project, 'config/sites/main/config.yaml');
      const siteConfig = await readFile(config, 'utf8');
      await writeFile(config, siteConfig.replace(/^dependencies:\n( {2}- .*\n)+/m, ''));
      await typo3.sql([
        'UPDATE sys_template SET include_static_file = ? WHERE uid = 1',
        ['EXT:fluid_styled_content/Configuration/TypoScript/,EXT:defus_info/Configuration/TypoScript/'],
      ]);
      await typo3.typo3('cache:flush');
      try {
        assert.doesNotMatch(await readFile(config, 'utf8'), /defus-info\/card/);
        const { html } = await served('options');
        assert.equal(contentOf(html), withSet);
        assert.equal(html.match(/<script type="module"/g).length, 1);
      } finally {
        await writeFile(config, siteConfig);
        await typo3.sql(["UPDATE sys_template SET include_static_file = '' WHERE uid = 1", []]);
        await typo3.typo3('cache:flush');
      }
    });
  });
}
