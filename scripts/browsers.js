// Finds the browsers the tests and the benchmark drive. None is downloaded: they come from the
// system (Debian's packages on CI), so this only looks where those put them.
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

/** `CHROME_PATH` if set, else the first Chromium or Chrome found in the usual places. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CHROMIUM_PATHS.find((path) => existsSync(path));
}

export const CHROMIUM_MISSING =
  'No Chromium found: set CHROME_PATH to a Chromium or Chrome binary, or install one with `sudo apt-get install -y chromium`.';

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
