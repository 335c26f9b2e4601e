// The notice a test run ends with: per engine, how many tests it skipped, where, and why; nothing
// before the run ends, and nothing for an engine that skipped none.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { skippedTestsReporter } from '../../test/server/skipped-tests.js';

const chromium = { name: 'Chrome' };
const webkit = { name: 'MiniBrowser' };
const results = (skipped) => ({
  tests: [],
  suites: [
    {
      name: 'accessibility',
      tests: [{ name: 'light', passed: true, skipped: false }],
      suites: [
        {
          name: 'dark',
          tests: Array.from({ length: skipped }, (_, index) => ({ name: `${index}`, passed: false, skipped: true })),
          suites: [],
        },
      ],
    },
  ],
});

test('names each engine that skipped tests once, at the end, with the suites and the reason', () => {
  const reporter = skippedTestsReporter(
    new Map([
      [chromium, 'chromium'],
      [webkit, 'webkit'],
    ]),
  );
  const sessions = [
    { browser: chromium, testResults: results(0) },
    { browser: webkit, testResults: results(2) },
    { browser: webkit, testResults: results(1) },
  ];
  assert.deepEqual(reporter.getTestProgress({ sessions }), []);
  reporter.stop({ sessions });
  const lines = reporter.getTestProgress({ sessions }).filter(Boolean);
  assert.equal(lines.length, 2, lines.join('\n'));
  assert.match(lines[0], /^WebKit: 3 tests skipped, by design: media emulation .* classic WebDriver/);
  assert.equal(lines[1], '  3 in accessibility › dark');
});
