// The three engines, driven from Node for pages that web-test-runner's own test pages cannot be:
// file:// pages and pages of a plain static server. Chromium and Firefox through puppeteer-core
// (CDP and WebDriver BiDi), WebKit through WebKitWebDriver (WebDriver classic). Each driver opens a
// URL and evaluates a function in the page; the browser's language is set as a user's would be
// (Chromium's --accept-lang, Firefox's intl.accept_languages, the locale environment of WebKitGTK).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { CHROMIUM_ARGS, ENGINES } from '../../scripts/browsers.js';
import { ensureDisplay, freePort, startProcess, waitForPort } from '../../scripts/processes.js';

/** The engines to run: ENGINES=chromium,… as for web-test-runner; every one of them must be installed when CI=true. */
export function requestedEngines() {
  const names = (process.env.ENGINES ?? 'chromium,firefox,webkit')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const found = [];
  for (const name of names) {
    const binaries = ENGINES[name]?.find();
    if (binaries) found.push([name, binaries]);
    else if (process.env.CI === 'true') throw new Error(`CI=true: engine ${name} is missing. ${ENGINES[name]?.missing ?? ''}`);
    else console.log(ENGINES[name]?.missing ?? `unknown engine ${name}`);
  }
  return found;
}

function puppeteerDriver(browser) {
  let page;
  return {
    async open(url) {
      page ??= await browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      await page.goto(url, { waitUntil: 'load' });
    },
    async setViewport(width, height) {
      await page.setViewport({ width, height });
    },
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    /** A key pressed on the focused element, as a keyboard user does: 'Enter' or 'Space'. */
    // The space bar as ' ': Firefox's WebDriver BiDi knows no key named 'Space'.
    press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
    close: () => browser.close(),
  };
}

/** WebDriver's code points for the keys the tests press. */
const WEBDRIVER_KEYS = { Enter: '\uE007', Space: '\uE00D' };

let display;

/**
 * One X display for every WebKit this test opens: the machine's, else one Xvfb (scripts/processes.js
 * ends it with the process). Unreferenced, so that it does not keep the test process alive.
 */
async function kitDisplay(xvfb) {
  display ??= ensureDisplay(xvfb);
  return display;
}

/** Opens `engine` with `lang` as the browser's preferred language. */
export async function launch([engine, binaries], lang) {
  if (engine === 'chromium') {
    const browser = await puppeteer.launch({
      executablePath: binaries,
      headless: true,
      args: [...CHROMIUM_ARGS, `--accept-lang=${lang}`, `--lang=${lang}`],
    });
    return puppeteerDriver(browser);
  }
  if (engine === 'firefox') {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: binaries,
      headless: true,
      extraPrefsFirefox: { 'intl.accept_languages': lang, 'intl.locale.requested': lang },
    });
    return puppeteerDriver(browser);
  }
  const display = await kitDisplay(binaries.xvfb);
  const port = await freePort();
  // WebKitGTK's languages are the process locale's, which must exist: compiled here from Debian's
  // locale sources (package `locales`) into .cache/locales, so the machine's own locales stay as they are.
  const locale = lang === 'de' ? 'de_DE' : 'en_US';
  const locales = fileURLToPath(new URL('../../.cache/locales/', import.meta.url));
  if (!existsSync(`${locales}${locale}.UTF-8`)) {
    if (!existsSync(`/usr/share/i18n/locales/${locale}`)) {
      throw new Error(
        `webkit: the locale ${locale} has no source to compile; install it with \`sudo apt-get install -y locales\`.`,
      );
    }
    mkdirSync(locales, { recursive: true });
    execFileSync('localedef', ['-i', locale, '-f', 'UTF-8', `${locales}${locale}.UTF-8`]);
  }
  const environment = { ...process.env };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANGUAGE']) delete environment[name];
  const driver = startProcess(binaries.driver, [`--port=${port}`, '--host=127.0.0.1'], {
    ...environment,
    DISPLAY: display,
    LOCPATH: locales,
    LANG: `${locale}.UTF-8`,
  });
  await waitForPort(port);
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: binaries.browser, args: ['--automation'] },
      'wdio:enforceWebDriverClassic': true,
    },
  });
  return {
    async open(url) {
      await browser.setWindowSize(1200, 900);
      await browser.url(url);
    },
    async setViewport(width, height) {
      await browser.setWindowSize(width, height);
    },
    press: (key) => browser.keys([WEBDRIVER_KEYS[key]]),
    // WebDriver classic runs a function body: pass the function as source and call it with the arguments.
    evaluate: (fn, ...args) => browser.execute(`return (${fn.toString()}).apply(null, arguments)`, ...args),
    async close() {
      await browser.deleteSession().catch(() => {});
      driver.kill('SIGTERM');
    },
  };
}
