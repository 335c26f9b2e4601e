// `npm test` runs every browser test file in each engine that scripts/browsers.js finds, one engine
// after the other. ENGINES=chromium (or a comma list) runs fewer, for quick iterations.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { launchRequestedEngines } from './scripts/browsers.js';
import { mediaEmulationCommands } from './test/server/media-emulation.js';
import { prerenderedPages } from './test/server/prerendered-pages.js';
import { skippedTestsReporter } from './test/server/skipped-tests.js';
import { cspPages, testApi } from './test/server/test-api.js';

const engines = await launchRequestedEngines();

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  browsers: engines.map(({ launcher }) => launcher),
  // One engine at a time keeps three engines within two cores.
  concurrentBrowsers: 1,
  plugins: [
    // Vite's development flag, as under npm start: development checks (src/flatten-template.ts) run in the tests.
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      tsconfig: 'tsconfig.json',
      define: { 'import.meta.env': '{"DEV":true}' },
    }),
    mediaEmulationCommands(),
    // Baselines are committed; `npm run test:update-screenshots` rewrites them after a deliberate
    // change. A screenshot without a baseline fails. The thresholds tolerate anti-aliasing noise
    // from a Chromium update; a changed layout or accent colour fails (checked).
    visualRegressionPlugin({
      update: process.env.UPDATE_SCREENSHOTS === 'true',
      baseDir: 'test/screenshots',
      diffOptions: { threshold: 0.1 },
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
  middleware: [prerenderedPages, testApi, cspPages],
  reporters: [defaultReporter(), skippedTestsReporter(new Map(engines.map(({ name, launcher }) => [launcher, name])))],
  // Tests run Lit's development build for its extra checks; its one notice about that is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // Timeouts catch hangs, not slowness: a test or a file that is merely slow on a busy machine (two
  // cores shared, WebKit under Xvfb) must not fail for it. Two minutes a test, fifteen a file.
  testFramework: { config: { timeout: 120_000 } },
  testsStartTimeout: 120_000,
  testsFinishTimeout: 900_000,
};
