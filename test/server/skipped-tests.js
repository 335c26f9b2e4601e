// A green run should read clean: instead of a stack trace for each test an engine cannot run,
// one notice per engine at the end of the run, saying how many tests it skipped and why. Each
// reason is declared here once, by the tests it covers; a skipped test that no reason covers is
// listed by name, so that no skip goes unexplained.

/** Why tests skip, by the full title (suites › test) of the tests each reason covers. */
export const SKIP_REASONS = [
  {
    tests: /^<defus-info> accessibility › /,
    why: 'media emulation (prefers-color-scheme: dark, prefers-reduced-motion, print, forced-colors) needs the Chrome DevTools Protocol, which only the Chromium launcher speaks (Firefox runs over WebDriver BiDi, WebKit over classic WebDriver)',
  },
  {
    tests: /^<defus-info> looks /,
    why: 'screenshots are compared in Chromium only, since each engine rasterises text its own way',
  },
  {
    tests: /^pre-rendered card \(dist\/ssr\.js\) › keeps showing the pre-rendered card while a module that came first waits/,
    why: 'WebKit runs an async module only once the parser has the card, so a module that comes first does not arise there',
  },
];

/** Full titles of one session's skipped tests. */
function skippedTitles(results, path = []) {
  const titles = (results?.tests ?? []).filter((test) => test.skipped).map((test) => [...path, test.name].join(' › '));
  for (const suite of results?.suites ?? []) titles.push(...skippedTitles(suite, [...path, suite.name]));
  return titles;
}

/**
 * @param {Map<object, string>} engineOf each launcher, to the name its engine goes by in the notice
 * @returns {import('@web/test-runner').Reporter}
 */
export function skippedTestsReporter(engineOf) {
  let ended = false;
  return {
    // Called once, right before the final report: only that one carries the notice.
    stop() {
      ended = true;
    },
    getTestProgress({ sessions }) {
      if (!ended) return [];
      const byEngine = new Map();
      for (const session of sessions) {
        const engine = engineOf.get(session.browser) ?? session.browser.name;
        byEngine.set(engine, [...(byEngine.get(engine) ?? []), ...skippedTitles(session.testResults)]);
      }
      const lines = [];
      for (const [engine, titles] of byEngine) {
        if (!titles.length) continue;
        lines.push(`${engine}: ${titles.length} test${titles.length === 1 ? '' : 's'} skipped.`);
        for (const { tests, why } of SKIP_REASONS) {
          const count = titles.filter((title) => tests.test(title)).length;
          if (count) lines.push(`  ${count}: ${why}.`);
        }
        const unexplained = titles.filter((title) => !SKIP_REASONS.some(({ tests }) => tests.test(title)));
        for (const title of unexplained) lines.push(`  no reason recorded for: ${title}`);
      }
      return lines.length ? ['', ...lines, ''] : [];
    },
  };
}
