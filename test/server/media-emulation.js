// Media emulation for the accessibility tests. Chromium emulates media features over the Chrome
// DevTools Protocol; Firefox (WebDriver BiDi) and WebKit (classic WebDriver) cannot. Tests ask
// `can-emulate-media` first and skip where the answer is no, instead of calling a command that
// fails with a stack trace in the log; the skipped tests are summed up once per engine at the end
// of the run (test/server/skipped-tests.js).

const sessions = new WeakMap();

const speaksCdp = (session) => session.browser.type === 'puppeteer' && session.browser.name === 'Chrome';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function mediaEmulationCommands() {
  return {
    name: 'media-emulation-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'can-emulate-media') return speaksCdp(session);
      // A command the stock emulateMedia lacks: `forced-colors: active` (Windows High Contrast).
      if (command !== 'emulate-forced-colors') return undefined;
      if (!speaksCdp(session)) throw new Error(`${session.browser.name} cannot emulate forced-colors here`);
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
