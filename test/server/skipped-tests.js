// A green run should read clean: instead of a stack trace for each test an engine cannot run,
// one notice per engine at the end of the run, saying how many tests it skipped, in which
// suites, and why (the reasons are in scripts/browsers.js, beside each engine).
import { ENGINES } from '../../scripts/browsers.js';

/** Skipped tests of one session's results, counted by the path of their suite. */
function countSkipped(results, path, counts) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) counts.set(path || '(top level)', (counts.get(path || '(top level)') ?? 0) + 1);
  }
  for (const suite of results?.suites ?? []) countSkipped(suite, path ? `${path} › ${suite.name}` : suite.name, counts);
  return counts;
}

/**
 * @param {Map<object, string>} engineOf each launcher, to the name of its engine in ENGINES
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
        const counts = byEngine.get(engine) ?? new Map();
        byEngine.set(engine, countSkipped(session.testResults, '', counts));
      }
      const lines = [];
      for (const [engine, counts] of byEngine) {
        const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
        if (!total) continue;
        const { name = engine, skips = 'no reason is recorded for this engine; see the tests named below' } =
          ENGINES[engine] ?? {};
        lines.push(`${name}: ${total} test${total === 1 ? '' : 's'} skipped, by design: ${skips}.`);
        for (const [suite, count] of counts) lines.push(`  ${count} in ${suite}`);
      }
      return lines.length ? ['', ...lines, ''] : [];
    },
  };
}
