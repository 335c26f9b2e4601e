// The browsers the tests and the benchmark drive. None is downloaded: they come from the system
// (Debian's packages on CI), so this only looks where those put them. web-test-runner.config.js
// takes its launchers from here; bench/ and test/node/start.test.js take Chromium's path and flags.
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { existsSync } from 'node:fs';
import { ensureDisplay, freePort, startProcess, waitForPort } from './processes.js';

const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The flags every headless Chromium run here needs: no sandbox as root, no network of its own. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const first = (paths) => paths.find((path) => existsSync(path));

/** WebKitGTK: WebKitWebDriver on a free port, driving the GTK MiniBrowser on an X display. */
async function webkitLauncher({ driver, browser, xvfb }) {
  const display = await ensureDisplay(xvfb);
  const port = await freePort();
  startProcess(driver, [`--port=${port}`, '--host=127.0.0.1'], { ...process.env, DISPLAY: display });
  await waitForPort(port);
  return webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
      'wdio:enforceWebDriverClassic': true,
    },
  });
}

/**
 * Each engine: where its binaries are (undefined when missing), the one line that says how to get
 * it, and how the test runner launches it. `CHROME_PATH` and `FIREFOX_PATH` override the search.
 */
export const ENGINES = {
  chromium: {
    name: 'Chromium',
    find: () => (process.env.CHROME_PATH ? first([process.env.CHROME_PATH]) : first(CHROMIUM_PATHS)),
    missing: 'chromium: not found; set CHROME_PATH, or install it with `sudo apt-get install -y chromium`.',
    launch: (executablePath) => chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } }),
  },
  firefox: {
    name: 'Firefox',
    find: () => first(process.env.FIREFOX_PATH ? [process.env.FIREFOX_PATH] : ['/usr/bin/firefox-esr', '/usr/bin/firefox']),
    missing: 'firefox: not found; set FIREFOX_PATH, or install it with `sudo apt-get install -y firefox-esr`.',
    launch: (executablePath) => puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath, headless: true } }),
  },
  webkit: {
    name: 'WebKit',
    find: () => {
      const driver = first(['/usr/bin/WebKitWebDriver']);
      const browser = first([
        '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      ]);
      const xvfb = first(['/usr/bin/Xvfb']);
      // With a DISPLAY of its own the machine needs no Xvfb.
      return driver && browser && (xvfb || process.env.DISPLAY) ? { driver, browser, xvfb } : undefined;
    },
    missing:
      'webkit: not found; install it with `sudo apt-get install -y webkit2gtk-driver xvfb` (WebKitWebDriver and the GTK MiniBrowser, which needs an X display).',
    launch: webkitLauncher,
  },
};

/**
 * The launchers for the engines `ENGINES=chromium,firefox,webkit` (the default; any comma list)
 * asks for, one line for each engine missing on this machine. Throws when an engine is unknown,
 * when none is found, and with `CI=true` when any is missing: CI runs every engine.
 * @returns {Promise<{ engine: string, name: string, launcher: import('@web/test-runner').BrowserLauncher }[]>}
 */
export async function launchRequestedEngines(requested = process.env.ENGINES ?? 'chromium,firefox,webkit') {
  const names = requested
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !(name in ENGINES));
  if (unknown.length)
    throw new Error(`Unknown engine(s) in ENGINES: ${unknown.join(', ')}; known: ${Object.keys(ENGINES).join(', ')}.`);
  const found = names.map((engine) => ({ engine, binaries: ENGINES[engine].find() }));
  const missing = found.filter(({ binaries }) => !binaries).map(({ engine }) => engine);
  for (const engine of missing) console.log(ENGINES[engine].missing);
  if (missing.length && process.env.CI === 'true')
    throw new Error(`CI=true: every engine must run; missing: ${missing.join(', ')}.`);
  const present = found.filter(({ binaries }) => binaries);
  if (!present.length) throw new Error('No browser to test in.');
  return Promise.all(
    present.map(async ({ engine, binaries }) => ({
      engine,
      name: ENGINES[engine].name,
      launcher: await ENGINES[engine].launch(binaries),
    })),
  );
}
