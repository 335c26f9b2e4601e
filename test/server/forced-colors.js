// A test command the stock emulateMedia lacks: `forced-colors: active` (Windows High Contrast).
// Chromium emulates it over CDP; other engines answer with an error, and the test skips there.

const sessions = new WeakMap();

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function forcedColorsCommand() {
  return {
    name: 'emulate-forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chrome') {
        throw new Error(`${session.browser.name} cannot emulate forced-colors here`);
      }
      // puppeteer-core's emulateMediaFeatures does not know forced-colors; CDP itself does. An
      // emulation lasts as long as the CDP session that set it, so each page keeps its session.
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
