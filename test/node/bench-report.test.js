// The benchmark's two halves without running it (a full run takes ten minutes): its run plans give
// every median a 95 % interval, and its report prints the committed figures of the last full run.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { PLANS } from '../../bench/measure.js';
import { printReport } from '../../bench/report.js';
import { medianInterval } from '../../bench/stats.js';

const results = JSON.parse(readFileSync(new URL('../../bench/results.json', import.meta.url), 'utf8'));

test('every plan takes enough runs for a 95 % interval of each median it reports', () => {
  for (const [name, plan] of Object.entries(PLANS)) {
    const hasInterval = (runs) => medianInterval(Array.from({ length: runs }, (_, index) => index)) !== undefined;
    for (const [cards, pairs] of Object.entries(plan.renderPairs)) assert.ok(hasInterval(pairs), `${name}, ${cards} cards`);
    assert.ok(hasInterval(plan.embedRuns), name);
    assert.ok(!hasInterval(5), 'five runs give no interval: the check above can fail');
    assert.ok(plan.heapRuns >= 1, name);
  }
});

test('the report prints the weight, every render row and every target of a run', (context) => {
  const printed = [];
  context.mock.method(console, 'log', (...args) => printed.push(args.join(' ')));
  context.mock.method(console, 'table', (rows) => printed.push(JSON.stringify(rows)));
  printReport(results);
  const output = printed.join('\n');
  assert.ok(output.includes(`${results.weight.brotli} B brotli`));
  for (const row of results.render) assert.ok(output.includes(`"widget ms":${row.widgetMs}`), `${row.cards} cards`);
  for (const row of results.targets) assert.ok(output.includes(JSON.stringify(row.target)), row.target);
});
