// Finds the browsers the tests drive. None is downloaded: they come from the system (Debian's
// packages on CI), so this only looks where those put them.
import { existsSync } from 'node:fs';

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

/**
 * Each engine: where its binaries are (undefined when missing) and the one line that says how to
 * get it. `CHROME_PATH` and `FIREFOX_PATH` override the search.
 */
export const ENGINES = {
  chromium: {
    find: () => (process.env.CHROME_PATH ? first([process.env.CHROME_PATH]) : first(CHROMIUM_PATHS)),
    missing: 'chromium: not found; set CHROME_PATH, or install it with `sudo apt-get install -y chromium`.',
  },
  firefox: {
    find: () => first(process.env.FIREFOX_PATH ? [process.env.FIREFOX_PATH] : ['/usr/bin/firefox-esr', '/usr/bin/firefox']),
    missing: 'firefox: not found; set FIREFOX_PATH, or install it with `sudo apt-get install -y firefox-esr`.',
  },
  webkit: {
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
  },
};
