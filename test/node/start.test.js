// `npm start` (issue 16, item 6): Vite's dev server starts without a warning, and the demo runs
// Lit's production build, as partners get it, so its console has no "Lit is in dev mode" and no
// other warning or error. Runs the dev server as `npm start` does and opens the demo in Chromium,
// and the release kit's configurator page it serves (issue 25).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ENGINES } from '../../scripts/browsers.js';
import { freePort } from '../../scripts/processes.js';

const ROOT = new URL('../../', import.meta.url);
const chromium = ENGINES.chromium.find();

describe('npm start', { skip: chromium ? false : ENGINES.chromium.missing }, () => {
  let server;
  let output = '';
  let origin;

  before(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const ready = new Promise((resolve, reject) => {
      const take = (chunk) => {
        output += chunk;
        if (output.includes(origin)) resolve();
      };
      server.stdout.on('data', take);
      server.stderr.on('data', take);
      server.once('exit', (code) => reject(new Error(`vite exited with ${code}:\n${output}`)));
    });
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`vite did not start within 60 s:\n${output}`)), 60000);
    });
    await Promise.race([ready, timeout]).finally(() => clearTimeout(timer));
  });

  after(async () => {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await once(server, 'exit');
    }
  });

  test('the dev server prints no warning', () => {
    assert.match(output, /ready in/);
    const lines = output.split('\n').filter((line) => /\(!\)|warn|deprecat|error/i.test(line));
    assert.deepEqual(lines, [], output);
  });

  test('the demo shows its cards with Lit in production mode and a clean console', async () => {
    const browser = await puppeteer.launch({ executablePath: chromium, args: CHROMIUM_ARGS, headless: true });
    try {
      const page = await browser.newPage();
      const messages = [];
      page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
      await page.goto(`${origin}/index.html`, { waitUntil: 'networkidle0', timeout: 60000 });
      const cards = await page.evaluate(
        () =>
          [...document.querySelectorAll('defus-info')].filter((card) => card.shadowRoot?.querySelector('.contact-link')).length,
      );
      assert.ok(cards > 0, `no card rendered; console: ${messages.join('\n')}`);
      // Lit's development build says so on its first use; the production build says nothing.
      assert.deepEqual(
        messages.filter((message) => !message.startsWith('debug:') && !message.startsWith('log: [vite]')),
        [],
      );
    } finally {
      await browser.close();
    }
  });
  // One configurator (issue 25): the demo's is the release kit's page, served from kit/ and the built module.
  test("the configurator at /configurator.html is the release kit's, with its card editor", async () => {
    const browser = await puppeteer.launch({ executablePath: chromium, args: [...CHROMIUM_ARGS, '--lang=de'], headless: true });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${origin}/configurator.html`, { waitUntil: 'load', timeout: 60000 });
      await page.waitForFunction(
        () => document.querySelector('#preview defus-info')?.shadowRoot?.querySelector('[part~="heading"]'),
        { timeout: 60000 },
      );
      const seen = await page.evaluate(() => {
        document.getElementById('source-own').click();
        return {
          brand: document.querySelector('.brand')?.textContent ?? '',
          editor: document.getElementById('card-editor')?.hidden === false,
          heading: document.getElementById('card-editor-heading')?.textContent ?? '',
        };
      });
      assert.match(seen.brand, /DEFUS/);
      assert.equal(seen.editor, true);
      assert.match(seen.heading, /^(Die Karte Ihres Forums|Your forum's card)$/);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
});
