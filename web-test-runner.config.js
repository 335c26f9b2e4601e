import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_ARGS, ENGINES } from './scripts/browsers.js';
import { handleDevApi } from './scripts/dev-api.js';
import { ensureDisplay, freePort, startProcess, waitForPort } from './scripts/processes.js';
import { commonJsBundles } from './test/server/commonjs-bundles.js';
import { forcedColorsCommand } from './test/server/forced-colors.js';
import { prerenderedPages } from './test/server/prerendered-pages.js';
import { cspPages, testApi } from './test/server/test-api.js';

// ENGINES=chromium (or a comma list) runs fewer engines for quick iterations.
const requested = (process.env.ENGINES ?? 'chromium,firefox,webkit')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const unknown = requested.filter((name) => !(name in ENGINES));
if (unknown.length) {
  console.error(`Unknown engine(s) in ENGINES: ${unknown.join(', ')}; known: ${Object.keys(ENGINES).join(', ')}.`);
  process.exit(2);
}

const found = {};
const missing = [];
for (const name of requested) {
  const binaries = ENGINES[name].find();
  if (binaries) found[name] = binaries;
  else missing.push(name);
}
for (const name of missing) console.log(ENGINES[name].missing);
if (missing.length && process.env.CI === 'true') {
  console.error(`CI=true: every engine must run; missing: ${missing.join(', ')}.`);
  process.exit(1);
}
if (!Object.keys(found).length) {
  console.error('No browser to test in.');
  process.exit(1);
}

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

const launchers = {
  chromium: (executablePath) => chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } }),
  firefox: (executablePath) => puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath, headless: true } }),
  webkit: webkitLauncher,
};

const browsers = await Promise.all(Object.entries(found).map(([name, binaries]) => launchers[name](binaries)));

/**
 * The configurator page's /dist/ and /api/prerender, from the handler `npm start` mounts in Vite,
 * so test/configurator.test.ts calls the endpoint the page really uses.
 * @type {import('@web/dev-server-core').Middleware}
 */
async function configuratorApi(ctx, next) {
  const answer = await handleDevApi({ method: ctx.method, path: ctx.path, body: ctx.req });
  if (!answer) return next();
  ctx.status = answer.status;
  // Before the body, so that Koa keeps this Content-Type instead of guessing one.
  ctx.set(answer.headers);
  ctx.body = answer.body;
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    // Vite's development flag, as under npm start: development checks (src/flatten-template.ts) run in the tests.
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      tsconfig: 'tsconfig.json',
      define: { 'import.meta.env': '{"DEV":true}' },
    }),
    commonJsBundles(['/node_modules/ajv/dist/2020.js']),
    forcedColorsCommand(),
    // Baselines are committed; `npm run test:update-screenshots` rewrites them after a deliberate
    // change. A screenshot without a baseline fails.
    visualRegressionPlugin({
      update: process.env.UPDATE_SCREENSHOTS === 'true',
      baseDir: 'test/screenshots',
      // Tolerates anti-aliasing noise from a Chromium update. A changed layout or accent colour fails
      // (checked); a small colour shift confined to thin text may not, which contrast tests cover.
      diffOptions: { threshold: 0.1 },
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
  middleware: [configuratorApi, prerenderedPages, testApi, cspPages],
  browsers,
  // One engine at a time keeps three engines within two cores.
  concurrentBrowsers: 1,
  // Tests run Lit's development build for its extra checks; its one notice about that is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
};
