// The notice a test run ends with: per engine, how many tests it skipped and why, each reason
// once; nothing before the run ends, nothing for an engine that skipped none, and a skipped test
// that no reason covers named as such.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { skippedTestsReporter } from '../../test/server/skipped-tests.js';

const chromium = { name: 'Chrome' };
const webkit = { name: 'MiniBrowser' };
const skipped = (name) => ({ name, passed: false, skipped: true });
const results = (count, extra = []) => ({
  tests: extra,
  suites: [
    {
      name: '<defus-info> accessibility',
      tests: [{ name: 'light', passed: true, skipped: false }],
      suites: [{ name: 'dark', tests: Array.from({ length: count }, (_, index) => skipped(`${index}`)), suites: [] }],
    },
  ],
});

test('names each engine that skipped tests once, at the end, with each reason once', () => {
  const reporter = skippedTestsReporter(
    new Map([
      [chromium, 'Chromium'],
      [webkit, 'WebKit'],
    ]),
  );
  const sessions = [
    { browser: chromium, testResults: results(0) },
    { browser: webkit, testResults: results(2) },
    { browser: webkit, testResults: results(1, [skipped('a test without a reason')]) },
  ];
  assert.deepEqual(reporter.getTestProgress({ sessions }), []);
  reporter.stop({ sessions });
  const lines = reporter.getTestProgress({ sessions }).filter(Boolean);
  assert.equal(lines.length, 3, lines.join('\n'));
  assert.equal(lines[0], 'WebKit: 4 tests skipped.');
  assert.match(lines[1], /^ {2}3: media emulation .* Chrome DevTools Protocol/);
  assert.equal(lines[2], '  no reason recorded for: a test without a reason');
});
