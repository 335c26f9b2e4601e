// The WordPress plugin in a real WordPress: 7.1.0 from the shared archive with Debian's MariaDB,
// Apache and mod_php (PHP 8.2), started privately by scripts/wordpress-env.js, the Twenty Twenty-Five
// theme, driven in Debian's Chromium. The site is in English; the Author's editor in German ("Deutsch
// (Sie)"), so the preview must follow the site, not the editor. The plugin is installed from its
// release zip through "Upload Plugin" and checked by Plugin Check 1.2.0; an Author (no
// unfiltered_html) inserts the block through the block editor's UI and by saved block markup, a
// Contributor by saved markup, the shortcode goes through the classic editor's wpautop; hostile
// values in every field; layout shift with the module 1.5 s late; a missing build.php; uninstall.
import assert from 'node:assert/strict';
import { execFile as execFileCallback } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ENGINES } from '../../scripts/browsers.js';
import { compileMo, writeWordPressZip } from '../../scripts/release-wordpress.js';
import {
  missingWordPressPackages,
  PLUGIN_CHECK_ARCHIVE,
  startWordPress,
  USERS,
  WORDPRESS_PACKAGES,
} from '../../scripts/wordpress-env.js';
import { EXAMPLE_CONFIG, HOSTILE_CONFIG, HOSTILE_OPTIONS, PAYLOAD } from './cms-fixtures.js';

const execFile = promisify(execFileCallback);

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const missing = missingWordPressPackages();
const chromium = ENGINES.chromium.find();
if (!chromium) missing.push('chromium');
const MODULE_PATH = '/wp-content/plugins/defus-info/assets/defus-info.js';
const TIMEOUT = 120000;

/** Block attributes as the block editor writes them (WordPress's serializeAttributes). */
function serializeAttributes(attributes) {
  return JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
}

// CI runs the CMS once per run (under Node 20); its Node 24 pass sets SKIP_CMS_TESTS to the reason.
if (process.env.SKIP_CMS_TESTS) {
  it.skip(`WordPress plugin tests: ${process.env.SKIP_CMS_TESTS} (SKIP_CMS_TESTS)`);
} else if (missing.length && process.env.CI !== 'true') {
  it.skip(
    `WordPress plugin tests: ${missing.join(', ')} not installed; get them with \`sudo apt-get install -y ${[...WORDPRESS_PACKAGES, 'chromium'].join(' ')}\` (CI=true makes this a failure)`,
  );
} else {
  describe('WordPress plugin (WordPress 7.1, PHP 8.2, Twenty Twenty-Five)', { timeout: 15 * 60000 }, () => {
    let wp;
    let browser;
    let zip;
    let optionsBefore;
    const contexts = {};
    const loggedIn = new Set();
    const pageErrors = [];

    before(async () => {
      assert.deepEqual(missing, [], `missing on a CI machine: ${missing.join(', ')}`);
      assert.ok(existsSync(join(ROOT, 'dist/defus-info.js')), 'run `npm run build` first');
      zip = await writeWordPressZip(await mkdtemp(join(tmpdir(), 'defus-info-wordpress-zip-')));
      wp = await startWordPress();
      optionsBefore = await optionNames();
      browser = await puppeteer.launch({
        executablePath: chromium,
        args: CHROMIUM_ARGS,
        headless: true,
        protocolTimeout: TIMEOUT,
      });
    });

    after(async () => {
      await browser?.close();
      await wp?.stop();
      if (zip) await rm(join(zip, '..'), { recursive: true, force: true });
    });

    async function optionNames() {
      const out = await wp.sql(
        "SELECT option_name FROM wordpress.wp_options WHERE option_name NOT LIKE '%transient%' ORDER BY option_name",
      );
      return out.split('\n').slice(1).filter(Boolean);
    }

    /** A logged-in page for one of the test users (each user in a browser context of its own). */
    async function pageAs(login) {
      contexts[login] ??= await browser.createBrowserContext();
      const page = await contexts[login].newPage();
      page.setDefaultTimeout(TIMEOUT);
      page.setDefaultNavigationTimeout(TIMEOUT);
      page.on('pageerror', (error) => pageErrors.push(`${login}: ${error.message}`));
      await page.setViewport({ width: 1280, height: 900 });
      if (!loggedIn.has(login)) {
        await page.goto(`${wp.url}/wp-login.php`);
        await page.waitForSelector('#user_login');
        // Set, not typed: wp-login.php focuses and selects the user name field 200 ms after loading,
        // which would replace whatever was typed by then.
        await page.$eval('#user_login', (input, value) => (input.value = value), login);
        await page.$eval('#user_pass', (input, value) => (input.value = value), USERS[login].password);
        await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
        assert.match(page.url(), /wp-admin/, `${login} is logged in`);
        loggedIn.add(login);
      } else {
        await page.goto(`${wp.url}/wp-admin/`);
      }
      return page;
    }

    /** Creates a post through the REST API as the page's user (so kses runs as for that user). */
    function restPost(page, post) {
      return page.evaluate(async (post) => {
        const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
        const response = await fetch('/?rest_route=/wp/v2/posts', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': nonce },
          body: JSON.stringify(post),
        });
        const body = await response.json();
        if (!response.ok) throw new Error(JSON.stringify(body));
        return { id: body.id, link: body.link, status: body.status };
      }, post);
    }

    async function rawContent(id) {
      return wp.php(`echo get_post( ${Number(id)} )->post_content;`);
    }

    /** Opens a page and waits until every card on it was rendered by the module. */
    async function openRendered(page, url, count = 1) {
      const failures = [];
      page.on('console', (message) => {
        if (message.type() === 'error') failures.push(message.text());
      });
      page.on('requestfailed', (request) => failures.push(`${request.url()}: ${request.failure()?.errorText}`));
      const response = await page.goto(url, { waitUntil: 'load' });
      assert.equal(response.status(), 200);
      await page.waitForFunction(
        (count) => {
          const cards = [...document.querySelectorAll('defus-info')];
          return (
            customElements.get('defus-info') &&
            cards.length === count &&
            cards.every((card) => card.shadowRoot?.querySelector('.heading'))
          );
        },
        {},
        count,
      );
      const scripts = await page.$$eval('script[src*="defus-info.js"]', (tags) =>
        tags.map((tag) => ({
          src: new URL(tag.src).pathname,
          type: tag.type,
          integrity: tag.integrity,
          crossOrigin: tag.crossOrigin,
          id: tag.id,
        })),
      );
      assert.equal(scripts.length, 1, 'the module is on the page once');
      assert.equal(scripts[0].src, MODULE_PATH, "from the plugin's own folder");
      assert.equal(scripts[0].type, 'module');
      const integrity = JSON.parse(await readFile(join(ROOT, 'dist/integrity.json'), 'utf8'))['defus-info.js'];
      assert.equal(scripts[0].integrity, integrity);
      assert.equal(scripts[0].crossOrigin, 'anonymous');
      assert.equal(scripts[0].id, 'defus-info-js-module', "core's script module tag, not one of the plugin's own");
      const external = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => new URL(name).origin !== location.origin),
      );
      assert.deepEqual(external, [], 'no request to anyone but the site');
      assert.deepEqual(failures, []);
      return page.$$eval('defus-info', (cards) =>
        cards.map((card) => ({
          attributes: Object.fromEntries([...card.attributes].map((attribute) => [attribute.name, attribute.value])),
          heading: card.shadowRoot.querySelector('.heading').tagName,
          text: card.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
        })),
      );
    }

    it('installs from its zip through Plugins → Add Plugin → Upload Plugin, and activates', async () => {
      const page = await pageAs('admin');
      await page.goto(`${wp.url}/wp-admin/plugin-install.php?tab=upload`);
      const input = await page.waitForSelector('#pluginzip');
      await input.uploadFile(zip);
      await Promise.all([page.waitForNavigation(), page.click('#install-plugin-submit')]);
      const activate = await page.waitForSelector('a.button-primary[href*="action=activate"]');
      await Promise.all([page.waitForNavigation(), activate.click()]);
      const active = await wp.php("echo json_encode( get_option( 'active_plugins' ) );");
      assert.deepEqual(JSON.parse(active), ['defus-info/defus-info.php']);
      await page.close();
    });

    it('passes Plugin Check 1.2.0 (all its checks, runtime checks included) with no error and no warning', async () => {
      await execFile('tar', ['-xJf', PLUGIN_CHECK_ARCHIVE, '-C', wp.dir]);
      const { stdout } = await execFile(join(wp.dir, 'plugin-check-1.2.0/run-plugin-check.sh'), [wp.root, 'defus-info'], {
        maxBuffer: 16 * 1024 * 1024,
      });
      // Plugin Check stays out of the rest of the run (its own admin screens and options).
      await wp.php("deactivate_plugins( 'plugin-check/plugin.php' );");
      const report = JSON.parse(stdout);
      const found = report.results.map((result) => `${result.type} ${result.code} ${result.file}:${result.line}`);
      assert.equal(report.errors, 0, found.join('\n'));
      assert.equal(report.warnings, 0, found.join('\n'));
    });

    /** Opens the post editor for a new post; resolves the page and the editor's canvas (an iframe). */
    async function newPostEditor(page) {
      await page.goto(`${wp.url}/wp-admin/post-new.php`);
      await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId());
      const canvas = await (await page.waitForSelector('iframe[name="editor-canvas"]')).contentFrame();
      await canvas.waitForSelector('.editor-post-title__input');
      return canvas;
    }

    /** The block's preview in the canvas once the module drew it: its lang, text and classes. */
    async function previewCard(canvas, ready = () => true) {
      await canvas.waitForFunction(
        (ready) => {
          const card = document.querySelector('.wp-block-defus-info-card defus-info');
          return card?.shadowRoot?.querySelector('.heading') && new Function('card', `return (${ready})(card)`)(card);
        },
        {},
        ready.toString(),
      );
      return canvas.evaluate(() => {
        const card = document.querySelector('.wp-block-defus-info-card defus-info');
        return {
          defined: Boolean(customElements.get('defus-info')),
          htmlLang: document.documentElement.lang,
          lang: card.getAttribute('lang'),
          text: card.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
        };
      });
    }

    it('an Author (editor in German) inserts the block through the editor: the real card in the canvas, in the site’s English; two options; publishes', async () => {
      const page = await pageAs('author');
      const messages = [];
      page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
      const canvas = await newPostEditor(page);
      await (await canvas.$('.editor-post-title__input')).type('Our network');
      await page.click('.editor-document-tools__inserter-toggle');
      const search = await page.waitForSelector('.block-editor-inserter__search input');
      await search.type('DEFUS');
      const item = await page.waitForSelector('.editor-block-list-item-defus-info-card');
      assert.equal(await item.evaluate((node) => node.textContent.trim()), 'DEFUS-Karte', "the block's German name");
      // The inserter redraws its results while searching, so a held handle may be stale: the click
      // goes to the item found at that moment.
      await page.$eval('.editor-block-list-item-defus-info-card', (button) => button.click());

      // The preview is the real card, defined and drawn by the module inside the canvas, in the
      // site's language although the canvas's <html> has none and the editor speaks German.
      const preview = await previewCard(canvas);
      assert.equal(preview.defined, true);
      assert.equal(preview.htmlLang, '', 'WordPress copies no lang onto the canvas');
      assert.equal(preview.lang, 'en-US');
      assert.match(preview.text, /German-European Forum for Urban Security/);

      // Close the inserter; the block's options are in the sidebar's "Block" tab.
      await page.click('.editor-document-tools__inserter-toggle');
      await page.waitForSelector('.block-editor-block-inspector select');
      const select = async (label, value) => {
        const id = await page.waitForFunction(
          (label) =>
            [...document.querySelectorAll('.block-editor-block-inspector label')].find((node) => node.textContent === label)
              ?.htmlFor,
          {},
          label,
        );
        await page.select(`#${await id.jsonValue()}`, value);
      };
      await select('Umfang', 'compact');
      await select('Farbschema', 'dark');
      await previewCard(
        canvas,
        (card) =>
          card.getAttribute('variant') === 'compact' &&
          card.getAttribute('theme') === 'dark' &&
          card.shadowRoot.querySelector('.dark'),
      );
      const labels = await page.$$eval('.block-editor-block-inspector label', (nodes) => nodes.map((node) => node.textContent));
      for (const label of ['Sprache', 'Umfang', 'Farbschema', 'Überschriftenebene']) {
        assert.ok(labels.includes(label), `${label} in ${labels.join(', ')}`);
      }
      if (process.env.UPDATE_SCREENSHOTS === 'true') {
        await mkdir(join(ROOT, 'docs/images'), { recursive: true });
        await page.screenshot({ path: join(ROOT, 'docs/images/wordpress-block-editor.png') });
      }

      await page.click('.editor-post-publish-panel__toggle');
      const publish = await page.waitForSelector('.editor-post-publish-panel .editor-post-publish-button');
      await publish.click();
      await page.waitForFunction(() => window.wp.data.select('core/editor').getCurrentPost().status === 'publish');
      const { id, link } = await page.evaluate(() => {
        const post = window.wp.data.select('core/editor').getCurrentPost();
        return { id: post.id, link: post.link };
      });
      await page.close();
      // No deprecation (block API version, components) and nothing from the plugin in the console.
      assert.deepEqual(
        messages.filter((message) => /deprecat|API version|defus/i.test(message)),
        [],
        messages.join('\n'),
      );

      const raw = await rawContent(id);
      assert.match(
        raw,
        /^<!-- wp:defus-info\/card \{"variant":"compact","theme":"dark"\} \/-->$/m,
        'the post stores only the attributes',
      );
      const visitor = await browser.newPage();
      const [card] = await openRendered(visitor, link);
      assert.equal(card.attributes.variant, 'compact');
      assert.equal(card.attributes.theme, 'dark');
      assert.equal(card.attributes.lang, undefined, "follows the page's language");
      assert.match(card.text, /German-European Forum for Urban Security/);
      await visitor.close();
    });

    it('refuses a config file address that is not https in the sidebar: a message, no preview, the post cannot be saved', async () => {
      const page = await pageAs('author');
      const canvas = await newPostEditor(page);
      await page.evaluate(() => {
        const block = window.wp.blocks.createBlock('defus-info/card');
        window.wp.data.dispatch('core/block-editor').insertBlocks(block);
      });
      await previewCard(canvas);
      // The panel "Your forum's card" starts closed for a block without an own config.
      const panel = await page.waitForFunction(() =>
        [...document.querySelectorAll('.block-editor-block-inspector .components-panel__body-toggle')].find(
          (button) => button.textContent === 'Die Karte Ihres Forums',
        ),
      );
      await panel.click();
      const address = await page.waitForFunction(() =>
        [...document.querySelectorAll('.block-editor-block-inspector label')].find(
          (node) => node.textContent === 'Adresse der Konfigurationsdatei',
        ),
      );
      const labels = await page.$$eval('.block-editor-block-inspector label', (nodes) => nodes.map((node) => node.textContent));
      assert.ok(labels.includes('Konfiguration (JSON)'), labels.join(', '));
      const input = await page.$(`#${await address.evaluate((label) => label.htmlFor)}`);
      await input.type('http://example.org/forum.json');
      await page.waitForFunction(() =>
        document.querySelector('.block-editor-block-inspector .components-notice.is-error')?.textContent.includes('https://'),
      );
      await canvas.waitForFunction(() => !document.querySelector('.wp-block-defus-info-card defus-info'));
      const state = await page.evaluate(() => ({
        src: window.wp.data.select('core/block-editor').getBlocks()[0].attributes.src,
        locked: window.wp.data.select('core/editor').isPostSavingLocked(),
      }));
      assert.deepEqual(state, { src: '', locked: true }, 'the refused address never reaches the block');
      // Corrected to https, the block takes it and the post can be saved again.
      await input.click({ count: 3 });
      await input.type('https://example.org/forum.json');
      await page.waitForFunction(() => !window.wp.data.select('core/editor').isPostSavingLocked());
      assert.equal(
        await page.evaluate(() => window.wp.data.select('core/block-editor').getBlocks()[0].attributes.src),
        'https://example.org/forum.json',
      );
      await page.close();
    });

    it('on a German site (de_AT), the published card and the preview in the canvas are German', async () => {
      // WordPress offers only installed languages as the site's; the archive has none but English,
      // so an (empty) core translation file stands in for the language pack.
      await writeFile(join(wp.root, 'wp-content/languages/de_AT.mo'), compileMo([{ id: '', str: 'Language: de_AT\n' }]));
      await wp.php("update_option( 'WPLANG', 'de_AT' );");
      assert.equal(await wp.php('echo get_locale();'), 'de_AT');
      try {
        const author = await pageAs('author');
        const post = await restPost(author, { title: 'Österreich', content: '<!-- wp:defus-info/card /-->', status: 'publish' });
        const visitor = await browser.newPage();
        const [card] = await openRendered(visitor, post.link);
        assert.match(card.text, /Deutsch-Europäisches Forum für Urbane Sicherheit/);
        await visitor.close();
        await author.goto(`${wp.url}/wp-admin/post.php?post=${post.id}&action=edit`);
        const canvas = await (await author.waitForSelector('iframe[name="editor-canvas"]')).contentFrame();
        const preview = await previewCard(canvas);
        assert.equal(preview.lang, 'de-AT');
        assert.match(preview.text, /Deutsch-Europäisches Forum für Urbane Sicherheit/);
        await author.close();
      } finally {
        await wp.php("update_option( 'WPLANG', '' );");
      }
    });

    it('an Author and a Contributor save block markup; both keep the block, whose page shows the card', async () => {
      const markup = '<!-- wp:defus-info/card {"lang":"en","headingLevel":3} /-->';
      const author = await pageAs('author');
      const published = await restPost(author, { title: 'Block markup', content: markup, status: 'publish' });
      assert.equal(await rawContent(published.id), markup);
      const visitor = await browser.newPage();
      const [card] = await openRendered(visitor, published.link);
      assert.equal(card.attributes.lang, 'en');
      assert.equal(card.heading, 'H3');
      assert.match(card.text, /German-European Forum for Urban Security/);
      await visitor.close();
      await author.close();

      const contributor = await pageAs('contributor');
      const pending = await restPost(contributor, { title: 'Zur Prüfung', content: markup, status: 'pending' });
      assert.equal(pending.status, 'pending');
      assert.equal(await rawContent(pending.id), markup);
      const [preview] = await openRendered(contributor, `${wp.url}/?p=${pending.id}&preview=true`);
      assert.equal(preview.heading, 'H3');
      await contributor.close();
    });

    it("the shortcode, through the classic editor's wpautop, with a JSON config and with options", async () => {
      const author = await pageAs('author');
      const content = `Davor.\n\n[defus_info]${JSON.stringify(EXAMPLE_CONFIG, null, 2)}[/defus_info]\n\nDazwischen.\n\n[defus_info lang="fr" variant="compact" heading_level="4"]\n\nDanach.`;
      const post = await restPost(author, { title: 'Shortcode', content, status: 'publish' });
      const visitor = await browser.newPage();
      const [own, builtin] = await openRendered(visitor, post.link, 2);
      assert.match(own.text, /Example Forum for Urban Security/);
      assert.match(own.text, /A fictional national forum\./);
      assert.doesNotMatch(own.text, /DEFUS/);
      assert.equal(builtin.attributes.lang, 'fr');
      assert.equal(builtin.attributes.variant, 'compact');
      assert.equal(builtin.heading, 'H4');
      const wrappers = await visitor.$$eval('.wp-block-defus-info-card', (nodes) =>
        nodes.map((node) => node.parentElement.tagName),
      );
      assert.deepEqual(wrappers, ['DIV', 'DIV'], 'no <p> around the card');
      await visitor.close();
      await author.close();
    });

    /** The card's markup for these block attributes, as the plugin writes it into a page. */
    function cardMarkup(attributes) {
      const json = Buffer.from(JSON.stringify(attributes)).toString('base64');
      return wp.php(
        `echo defus_info_markup( json_decode( base64_decode( '${json}' ), true ), 'class="wp-block-defus-info-card"' );`,
      );
    }

    /** A new post's editor with one card block of these attributes; resolves the page and the canvas. */
    async function editorWithCard(attributes) {
      const page = await pageAs('author');
      const canvas = await newPostEditor(page);
      await page.evaluate((attributes) => {
        const block = window.wp.blocks.createBlock('defus-info/card', attributes);
        window.wp.data.dispatch('core/block-editor').insertBlocks(block);
      }, attributes);
      return { page, canvas };
    }

    it('with both a config file address and a JSON config, the address is used: the page carries no JSON, the preview sets none', async () => {
      const both = await cardMarkup({ src: 'https://example.org/forum.json', config: JSON.stringify(EXAMPLE_CONFIG) });
      assert.match(
        both,
        /<defus-info variant="card" theme="light" heading-level="2" src="https:\/\/example\.org\/forum\.json"><\/defus-info>/,
      );
      assert.doesNotMatch(both, /application\/json|Example Forum/, both);

      const { page, canvas } = await editorWithCard({ config: JSON.stringify(EXAMPLE_CONFIG) });
      await canvas.waitForFunction(() => document.querySelector('.wp-block-defus-info-card defus-info')?.config?.name);
      await page.evaluate(() => {
        const [block] = window.wp.data.select('core/block-editor').getBlocks();
        window.wp.data
          .dispatch('core/block-editor')
          .updateBlockAttributes(block.clientId, { src: 'https://example.org/forum.json' });
      });
      await canvas.waitForFunction(() => {
        const card = document.querySelector('.wp-block-defus-info-card defus-info');
        return card?.getAttribute('src') === 'https://example.org/forum.json' && card.config === undefined;
      });
      await page.close();
    });

    it('a JSON config without what the schema requires draws no card, and the sidebar names what is missing; {} in a config stays {}', async () => {
      for (const config of [
        '{"foo": 1}',
        JSON.stringify({ ...EXAMPLE_CONFIG, version: 2 }),
        JSON.stringify({ ...EXAMPLE_CONFIG, links: [] }),
        JSON.stringify({ ...EXAMPLE_CONFIG, links: [{ href: 'https://example.org' }] }),
      ]) {
        assert.equal(await cardMarkup({ config }), '', config);
      }
      const withEmptyObject = await cardMarkup({ config: JSON.stringify({ ...EXAMPLE_CONFIG, office: {} }) });
      assert.match(withEmptyObject, /"office":\{\}/, withEmptyObject);

      const { page, canvas } = await editorWithCard({ config: '{"foo": 1}' });
      const notice = await canvas.waitForSelector('.wp-block-defus-info-card .components-notice__content');
      assert.match(
        await notice.evaluate((node) => node.textContent),
        /^Diese Angaben fehlen: defaultLang, name, summary, links\. Jede Konfiguration braucht .*Bis Sie die Konfiguration korrigieren, zeigt die Seite an dieser Stelle keine Karte\.$/,
      );
      await page.close();
    });

    // WordPress itself runs kses over an Author's block attributes and shortcode text; the plugin must
    // not rely on that: the same values saved by an Administrator (unfiltered_html, no kses) reach the
    // plugin untouched, and must come out just as harmless.
    for (const login of ['author', 'admin']) {
      it(`hostile values in every field, saved by ${login === 'author' ? 'an Author' : 'an Administrator (no kses)'}, run no script and inject no markup; a src that is not https draws no card`, async () => {
        const attributes = HOSTILE_OPTIONS;
        const block = (extra) => `<!-- wp:defus-info/card ${serializeAttributes({ ...attributes, ...extra })} /-->`;
        const writer = await pageAs(login);
        const post = await restPost(writer, {
          title: `Hostile (${login})`,
          status: 'publish',
          content: [
            block({ config: HOSTILE_CONFIG }),
            block({}),
            block({ src: 'javascript:window.__pwned=1//https://example.org' }),
            block({ src: `https://example.org/"><script>window.__pwned=1</script>` }),
            block({ src: 'http://example.org/forum.json' }),
            // Angle brackets in a shortcode's attributes make WordPress drop the shortcode itself: quotes only.
            `[defus_info lang='" onfocus="window.__pwned=1' variant="x' onfocus='window.__pwned=1" theme="dark onmouseover=window.__pwned=1" heading_level="9"]`,
            `[defus_info src="javascript:window.__pwned=1"]`,
            `[defus_info src="http://example.org/forum.json"]`,
          ].join('\n\n'),
        });
        await writer.close();
        // kses leaves an Author's config text no valid JSON object: that card, like the five with a
        // refused src, is not drawn (never the DEFUS card in place of another forum's).
        const expected = login === 'admin' ? 3 : 2;

        const html = await (await fetch(post.link)).text();
        const body = html.slice(html.search(/<div[^>]*wp-block-post-content/), html.indexOf('</main>'));
        assert.equal(body.match(/<defus-info\b/g)?.length, expected, 'the post content is found in the page');
        // Outside the JSON config (which holds no "<" at all), no tag, handler or script URL of the payload.
        const json = body.match(/<script type="application\/json">[^<]*<\/script>/g) ?? [];
        const rest = json.reduce((text, script) => text.replace(script, ''), body);
        assert.doesNotMatch(rest, /<img\b|<script\b|\son\w+=["']|javascript:|example\.org\/forum/i);
        assert.equal(json.length, login === 'admin' ? 1 : 0);

        const visitor = await browser.newPage();
        const dialogs = [];
        visitor.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        const requested = [];
        visitor.on('request', (request) => requested.push(request.url()));
        await visitor.goto(post.link, { waitUntil: 'load' });
        await visitor.waitForFunction(
          (expected) =>
            customElements.get('defus-info') &&
            [...document.querySelectorAll('defus-info')].filter((card) => card.shadowRoot?.querySelector('.heading')).length ===
              expected,
          {},
          expected,
        );
        const result = await visitor.evaluate(() => ({
          pwned: window.__pwned,
          images: document.querySelectorAll('.wp-block-post-content img').length,
          scripts: [...document.querySelectorAll('.wp-block-post-content script')].map((script) => script.type),
          cards: [...document.querySelectorAll('defus-info')].map((card) => ({
            attributes: [...card.attributes].map((attribute) => attribute.name).sort(),
            theme: card.getAttribute('theme'),
            variant: card.getAttribute('variant'),
            level: card.getAttribute('heading-level'),
            name: card.shadowRoot.querySelector('.heading')?.textContent ?? null,
            links: [...card.shadowRoot.querySelectorAll('a')].map((link) => link.protocol),
          })),
        }));
        assert.equal(result.pwned, undefined);
        assert.deepEqual(dialogs, []);
        assert.equal(result.images, 0);
        assert.equal(result.cards.length, expected);
        assert.deepEqual(
          requested.filter((url) => new URL(url).hostname === 'example.org'),
          [],
          'no refused address is ever requested',
        );
        for (const card of result.cards) {
          assert.deepEqual(card.attributes, ['heading-level', 'theme', 'variant']);
          assert.equal(card.theme, 'light');
          assert.equal(card.variant, 'card');
          assert.equal(card.level, '2');
          assert.ok(
            card.links.every((protocol) => protocol === 'https:' || protocol === 'http:'),
            card.links.join(),
          );
        }
        if (login === 'admin') {
          // Unfiltered, the config arrives whole: embedded as JSON that cannot end its <script>.
          assert.deepEqual(result.scripts, ['application/json']);
          assert.equal(
            result.cards[0].name.trim(),
            `Example </script><script>window.__pwned=1</script><!--${PAYLOAD}`,
            'the hostile name shows as text',
          );
        }
        await visitor.close();
      });
    }
    /** Opens a page with the module held back 1.5 s; the card's box in the first frame it is parsed, after the module, and the layout shifts. */
    async function layoutWithLateModule(link, width) {
      const visitor = await browser.newPage();
      await visitor.setViewport({ width, height: 800 });
      await visitor.evaluateOnNewDocument(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: true });
        // The first frame in which the card and the text after it are parsed (module scripts
        // run before DOMContentLoaded, so that is too late to look).
        const look = () => {
          const card = document.querySelector('defus-info');
          const paragraphs = document.querySelectorAll('.wp-block-post-content p');
          if (!card || paragraphs.length < 2) return requestAnimationFrame(look);
          const box = (node) => node.getBoundingClientRect().toJSON();
          window.__early = { card: box(card), paragraph: box(paragraphs[0]), defined: Boolean(customElements.get('defus-info')) };
        };
        requestAnimationFrame(look);
      });
      await visitor.setRequestInterception(true);
      let moduleRequested = 0;
      visitor.on('request', (request) => {
        if (/\.woff2?$/.test(new URL(request.url()).pathname)) {
          // Twenty Twenty-Five's web fonts would swap in at their own time and move the text: held
          // back, so that the only thing that can move the page here is the module.
          void request.respond({ status: 404, body: '' });
        } else if (new URL(request.url()).pathname === MODULE_PATH) {
          moduleRequested = Date.now();
          setTimeout(() => void request.continue(), 1500);
        } else {
          void request.continue();
        }
      });
      await visitor.goto(link, { waitUntil: 'domcontentloaded' });
      await visitor.waitForFunction(
        () => customElements.get('defus-info') && document.querySelector('defus-info').shadowRoot.querySelector('.card'),
      );
      assert.ok(Date.now() - moduleRequested >= 1500, 'the module came 1.5 s late');
      // Two frames after the module's render, so that any shift it caused is reported.
      await visitor.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const result = await visitor.evaluate(() => ({
        shifts: window.__shifts,
        early: window.__early,
        late: document.querySelector('defus-info').getBoundingClientRect().toJSON(),
      }));
      await visitor.close();
      assert.equal(result.early.defined, false, 'measured before the module ran');
      return result;
    }

    const paragraph = (text) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;
    for (const width of [390, 1280]) {
      it(`no layout shift at ${width} px with the module 1.5 s late; the card is in the content column from the first paint`, async () => {
        const author = await pageAs('author');
        const around = (block) =>
          [paragraph('Ein Absatz vor der Karte.'), block, paragraph('Ein Absatz nach der Karte.')].join('\n\n');
        const builtin = await restPost(author, {
          title: `Layout ${width}`,
          status: 'publish',
          content: around('<!-- wp:defus-info/card /-->'),
        });
        const own = await restPost(author, {
          title: `Layout ${width}, own config`,
          status: 'publish',
          content: around(`<!-- wp:defus-info/card ${serializeAttributes({ config: JSON.stringify(EXAMPLE_CONFIG) })} /-->`),
        });
        await author.close();

        const { shifts, early, late } = await layoutWithLateModule(builtin.link, width);
        assert.ok(early.card.height > 200, `the pre-rendered card has its height before the module (${early.card.height} px)`);
        assert.ok(
          Math.abs(early.card.left - early.paragraph.left) < 1,
          `in the content column: card at ${early.card.left}, text at ${early.paragraph.left}`,
        );
        assert.ok(early.card.right <= early.paragraph.right + 1);
        assert.deepEqual(
          [late.top, late.left, late.width, late.height],
          [early.card.top, early.card.left, early.card.width, early.card.height],
          'the same box before and after the module',
        );
        assert.deepEqual(shifts, [], `CLS ${shifts.reduce((sum, value) => sum + value, 0)}`);

        // The measurement sees a shift where there is one: an own config cannot be pre-rendered
        // (a documented limit), so its fallback link sits in the column and the card then grows.
        const control = await layoutWithLateModule(own.link, width);
        assert.ok(
          Math.abs(control.early.card.left - control.early.paragraph.left) < 1,
          'the fallback link is in the content column',
        );
        assert.ok(control.shifts.length > 0, 'an own config, not pre-rendered, shifts the page');
      });
    }

    it('without build.php (the plugin copied from the source folder): a notice for administrators, no fatal error, no shortcode text on pages', async () => {
      const build = join(wp.root, 'wp-content/plugins/defus-info/build.php');
      await rename(build, `${build}.away`);
      try {
        const admin = await pageAs('admin');
        await admin.goto(`${wp.url}/wp-admin/plugins.php`);
        const notice = await admin.waitForSelector('.notice-error');
        assert.match(await notice.evaluate((node) => node.textContent), /build\.php is missing/);
        const post = await restPost(admin, {
          title: 'No build',
          content: 'Before. [defus_info] After.\n\n<!-- wp:defus-info/card /-->',
          status: 'publish',
        });
        await admin.close();
        const response = await fetch(post.link);
        assert.equal(response.status, 200);
        const html = await response.text();
        assert.match(html, /Before\. +After\./);
        assert.doesNotMatch(html, /\[defus_info|<defus-info/);
      } finally {
        await rename(`${build}.away`, build);
      }
    });

    it('deleting the plugin on the Plugins screen leaves no option behind, and no PHP error was logged', async () => {
      const page = await pageAs('admin');
      const dialogs = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.accept();
      });
      await page.goto(`${wp.url}/wp-admin/plugins.php`);
      const row = 'tr[data-plugin="defus-info/defus-info.php"]';
      const deactivate = await page.waitForSelector(`${row} .deactivate a`);
      // The next screen's <head> rewrites its address (history.replaceState, core's canonical URL),
      // which alone would end a plain waitForNavigation() while the screen is still being parsed.
      await Promise.all([page.waitForNavigation({ ignoreSameDocumentNavigation: true }), deactivate.click()]);
      // "Delete" deletes through wp.updates' AJAX request only once its click handler (footer
      // scripts) is attached; before that, the link leads to another screen.
      await page.waitForFunction(() => window.jQuery?._data(document.getElementById('bulk-action-form'), 'events')?.click);
      /** What the Plugins screen shows, for a failure's message. */
      const shown = () =>
        page.evaluate(
          (row) => ({
            url: location.href,
            row: document.querySelector(row)?.textContent.replace(/\s+/g, ' ').trim() ?? null,
            notices: [
              ...document.querySelectorAll(
                '.notice, .plugin-update-tr, #request-filesystem-credentials-dialog:not([style*="none"])',
              ),
            ].map((node) => node.textContent.replace(/\s+/g, ' ').trim()),
          }),
          row,
        );
      // The deletion is done when WordPress answers the AJAX request (the row then fades out).
      let answer;
      try {
        const [response] = await Promise.all([
          page.waitForResponse(
            (response) =>
              response.url().includes('/wp-admin/admin-ajax.php') &&
              /action=delete-plugin/.test(response.request().postData() ?? ''),
          ),
          // A click on the element itself, not at coordinates the screen's late layout could move.
          page.$eval(`${row} .delete a`, (link) => link.click()),
        ]);
        answer = await response.json();
      } catch (error) {
        throw new Error(
          `no answer to the deletion: ${error.message}; dialogs: ${JSON.stringify(dialogs)}; the page shows ${JSON.stringify(await shown())}`,
          { cause: error },
        );
      }
      assert.equal(
        answer.success,
        true,
        `WordPress answered ${JSON.stringify(answer)}; the page shows ${JSON.stringify(await shown())}`,
      );
      assert.equal(dialogs.length, 1, 'one confirmation was asked and accepted');
      assert.equal(existsSync(join(wp.root, 'wp-content/plugins/defus-info')), false, "the plugin's folder is gone");
      await page.close();
      // The plugin writes no option, transient or meta (its PHP calls none of WordPress's writers),
      // so after deletion no option may name it, and none may hold it but WordPress's own record of
      // recently deactivated plugins.
      const php =
        (await readFile(join(ROOT, 'integrations/wordpress/defus-info/defus-info.php'), 'utf8')) +
        (await readFile(join(ROOT, 'integrations/wordpress/defus-info/block/editor.asset.php'), 'utf8'));
      assert.doesNotMatch(php, /\b(add|update)_(site_)?option\(|set_(site_)?transient\(|(add|update)_(user|post)_meta\(|\$wpdb/);
      const added = (await optionNames()).filter((name) => !optionsBefore.includes(name));
      const naming = await wp.sql("SELECT option_name FROM wordpress.wp_options WHERE option_name LIKE '%defus%'");
      assert.equal(naming.trim(), '', `options added during the test (all WordPress's own): ${added.join(', ')}`);
      const holding = await wp.sql(
        "SELECT option_name FROM wordpress.wp_options WHERE option_value LIKE '%defus%' AND option_name <> 'recently_activated'",
      );
      assert.equal(holding.trim(), '');
      const log = await readFile(wp.debugLog, 'utf8');
      // Nothing from the plugin: no PHP notice in its files, no _doing_it_wrong naming its text domain or handles.
      assert.doesNotMatch(log, /defus/i, log);
      assert.deepEqual(pageErrors, []);
    });
  });
}
