// The WordPress plugin in a real WordPress: Debian's 6.1 with MariaDB, Apache and mod_php (started
// privately by scripts/wordpress-env.js), the Twenty Twenty-Three theme, driven in Debian's Chromium.
// The plugin is installed from its release zip through "Upload Plugin"; an Author (no
// unfiltered_html) inserts the block through the block editor's UI and by saved block markup, a
// Contributor by saved markup, the shortcode goes through the classic editor's wpautop; hostile
// values in every field; layout shift with the module 1.5 s late; uninstall.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ENGINES } from '../../scripts/browsers.js';
import { writeWordPressZip } from '../../scripts/release-wordpress.js';
import { missingWordPressPackages, startWordPress, USERS, WORDPRESS_PACKAGES } from '../../scripts/wordpress-env.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const missing = missingWordPressPackages();
const chromium = ENGINES.chromium.find();
if (!chromium) missing.push('chromium');
const MODULE_PATH = '/wp-content/plugins/defus-info/assets/defus-info.js';
const TIMEOUT = 120000;

/** A fictional forum's config (never a real organisation's facts). */
const EXAMPLE_CONFIG = {
  version: 1,
  defaultLang: 'en',
  name: 'Example Forum for Urban Security',
  summary: 'A fictional national forum.',
  links: [{ href: 'https://example.org', label: 'Example Forum website: example.org' }],
};

/** Block attributes as the block editor writes them (WordPress's serializeAttributes). */
function serializeAttributes(attributes) {
  return JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
}

if (missing.length && process.env.CI !== 'true') {
  it.skip(
    `WordPress plugin tests: ${missing.join(', ')} not installed; get them with \`sudo apt-get install -y ${[...WORDPRESS_PACKAGES, 'chromium'].join(' ')}\` (CI=true makes this a failure)`,
  );
} else {
  describe('WordPress plugin (Debian WordPress 6.1, PHP 8.2, Twenty Twenty-Three)', { timeout: 15 * 60000 }, () => {
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
        await page.type('#user_login', login);
        await page.type('#user_pass', USERS[login].password);
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
        tags.map((tag) => ({ src: new URL(tag.src).pathname, type: tag.type, integrity: tag.integrity })),
      );
      assert.equal(scripts.length, 1, 'the module is on the page once');
      assert.equal(scripts[0].src, MODULE_PATH, "from the plugin's own folder");
      assert.equal(scripts[0].type, 'module');
      const integrity = JSON.parse(await readFile(join(ROOT, 'dist/integrity.json'), 'utf8'))['defus-info.js'];
      assert.equal(scripts[0].integrity, integrity);
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

    it('installs from its zip through Plugins → Add New → Upload Plugin, and activates', async () => {
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

    it('an Author inserts the block through the block editor (in German), sets two options in the sidebar, publishes', async () => {
      const page = await pageAs('author');
      await page.goto(`${wp.url}/wp-admin/post-new.php`);
      await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId());
      const title = await page.waitForSelector('.editor-post-title__input');
      await title.type('Unser Netzwerk');
      await page.click('.edit-post-header-toolbar__inserter-toggle');
      const search = await page.waitForSelector('.block-editor-inserter__search input');
      await search.type('DEFUS');
      const item = await page.waitForSelector('.editor-block-list-item-defus-info-card');
      await item.click();
      // The preview is the real card, drawn by the module in the editor.
      await page.waitForFunction(() =>
        document.querySelector('.wp-block-defus-info-card defus-info')?.shadowRoot?.querySelector('.heading'),
      );

      // Close the inserter, open the settings sidebar (the gear), as an editor would.
      await page.click('.edit-post-header-toolbar__inserter-toggle');
      if (!(await page.$('.edit-post-sidebar'))) await page.click('.interface-pinned-items button');
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
      await select('Variante', 'compact');
      await select('Farbschema', 'dark');
      await page.waitForFunction(() => {
        const card = document.querySelector('.wp-block-defus-info-card defus-info');
        return (
          card?.getAttribute('variant') === 'compact' &&
          card.getAttribute('theme') === 'dark' &&
          card.shadowRoot.querySelector('.dark')
        );
      });
      const labels = await page.$$eval('.block-editor-block-inspector label', (nodes) => nodes.map((node) => node.textContent));
      assert.ok(
        ['Sprache', 'Variante', 'Farbschema', 'Überschriftenebene'].every((label) => labels.includes(label)),
        labels.join(', '),
      );
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
      assert.match(card.text, /Deutsch-Europäisches Forum für Urbane Sicherheit/);
      await visitor.close();
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

    // WordPress itself runs kses over an Author's block attributes and shortcode text; the plugin must
    // not rely on that: the same values saved by an Administrator (unfiltered_html, no kses) reach the
    // plugin untouched, and must come out just as harmless.
    for (const login of ['author', 'admin']) {
      it(`hostile values in every field, saved by ${login === 'author' ? 'an Author' : 'an Administrator (no kses)'}, run no script and inject no markup`, async () => {
        const payload = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
        const hostileConfig = JSON.stringify({
          ...EXAMPLE_CONFIG,
          name: `Example </script><script>window.__pwned=1</script><!--${payload}`,
          links: [{ href: 'javascript:window.__pwned=1', label: 'x' }, ...EXAMPLE_CONFIG.links],
        });
        const attributes = {
          lang: payload,
          variant: payload,
          theme: 'dark" onmouseover="window.__pwned=1',
          headingLevel: '1><script>window.__pwned=1</script>',
          src: 'javascript:window.__pwned=1//https://example.org',
        };
        const block = (extra) => `<!-- wp:defus-info/card ${serializeAttributes({ ...attributes, ...extra })} /-->`;
        const writer = await pageAs(login);
        const post = await restPost(writer, {
          title: `Hostile (${login})`,
          status: 'publish',
          content: [
            block({ config: hostileConfig }),
            block({ src: `https://example.org/"><script>window.__pwned=1</script>` }),
            `[defus_info lang='${payload}' variant="x' onfocus='window.__pwned=1" src="javascript:window.__pwned=1" heading_level="9"]`,
          ].join('\n\n'),
        });
        await writer.close();

        const html = await (await fetch(post.link)).text();
        const body = html.slice(html.search(/<div[^>]*wp-block-post-content/), html.indexOf('</main>'));
        assert.ok(body.includes('<defus-info'), 'the post content is found in the page');
        // Outside the JSON config (which holds no "<" at all), no tag, handler or script URL of the payload.
        const json = body.match(/<script type="application\/json">[^<]*<\/script>/g) ?? [];
        const rest = json.reduce((text, script) => text.replace(script, ''), body);
        assert.doesNotMatch(rest, /<img\b|<script\b|\son\w+=["']|javascript:/i);
        assert.equal(json.length, login === 'admin' ? 1 : 0);

        const visitor = await browser.newPage();
        const dialogs = [];
        visitor.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        // The src card would fetch from example.org: answer it locally, never from the network.
        await visitor.setRequestInterception(true);
        visitor.on('request', (request) =>
          new URL(request.url()).hostname === 'example.org'
            ? void request.respond({ status: 404, body: '' })
            : void request.continue(),
        );
        // A card whose src fails shows its fallback (here none), never DEFUS: it has settled once it reported.
        await visitor.evaluateOnNewDocument(() => {
          window.__reported = new Set();
          document.addEventListener('defus-info-error', (event) => window.__reported.add(event.target));
        });
        await visitor.goto(post.link, { waitUntil: 'load' });
        await visitor.waitForFunction(() =>
          [...document.querySelectorAll('defus-info')].every(
            (card) =>
              customElements.get('defus-info') &&
              (card.shadowRoot?.querySelector('.heading') || (card.hasAttribute('src') && window.__reported.has(card))),
          ),
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
            src: card.getAttribute('src'),
            name: card.shadowRoot.querySelector('.heading')?.textContent ?? null,
            text: card.shadowRoot.textContent,
            links: [...card.shadowRoot.querySelectorAll('a')].map((link) => link.protocol),
          })),
        }));
        assert.equal(result.pwned, undefined);
        assert.deepEqual(dialogs, []);
        assert.equal(result.images, 0);
        assert.equal(result.cards.length, 3);
        for (const card of result.cards) {
          assert.deepEqual(
            card.attributes,
            card.src ? ['heading-level', 'src', 'theme', 'variant'] : ['heading-level', 'theme', 'variant'],
          );
          assert.equal(card.theme, 'light');
          assert.equal(card.variant, 'card');
          assert.equal(card.level, '2');
          assert.ok(
            card.links.every((protocol) => protocol === 'https:' || protocol === 'http:'),
            card.links.join(),
          );
        }
        assert.equal(result.cards[2].src, null, 'a javascript: src is dropped');
        // The card whose src failed shows no card at all, and no DEFUS text in its place.
        assert.equal(result.cards[1].name, null);
        assert.doesNotMatch(result.cards[1].text, /DEFUS|Deutsch-Europäisches/);
        if (login === 'admin') {
          // Unfiltered, the config arrives whole: embedded as JSON that cannot end its <script>.
          assert.deepEqual(result.scripts, ['application/json']);
          assert.equal(
            result.cards[0].name.trim(),
            `Example </script><script>window.__pwned=1</script><!--${payload}`,
            'the hostile name shows as text',
          );
          assert.equal(
            result.cards[1].src,
            'https://example.org/scriptwindow.__pwned=1/script',
            'esc_url drops the characters a URL may not hold',
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
        if (new URL(request.url()).pathname === MODULE_PATH) {
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

    it('deleting the plugin on the Plugins screen leaves no option behind, and no PHP error was logged', async () => {
      const page = await pageAs('admin');
      page.on('dialog', (dialog) => void dialog.accept());
      await page.goto(`${wp.url}/wp-admin/plugins.php`);
      const deactivate = await page.waitForSelector('tr[data-plugin="defus-info/defus-info.php"] .deactivate a');
      await Promise.all([page.waitForNavigation(), deactivate.click()]);
      const remove = await page.waitForSelector('tr[data-plugin="defus-info/defus-info.php"] .delete a');
      await remove.click();
      await page.waitForFunction(
        () =>
          !document.querySelector('tr[data-plugin="defus-info/defus-info.php"]') ||
          document.querySelector('tr.plugin-deleted-tr'),
      );
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
      assert.doesNotMatch(log, /plugins\/defus-info/, log);
      assert.deepEqual(pageErrors, []);
    });
  });
}
