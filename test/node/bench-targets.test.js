// The benchmark's verdicts: a time target is met only when its whole interval is on the right side.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeTargets } from '../../bench/targets.js';

const WIDGET_RUNS = [1000, 1010, 990, 1005, 995, 1002, 998, 1001, 999];

/** An embed's row; `offsets` are added run by run to the widget's times. */
const embed = (embed, bytes, offsets) => {
  const visibleRuns = WIDGET_RUNS.map((time, run) => time + (Array.isArray(offsets) ? offsets[run] : offsets));
  const sorted = [...visibleRuns].sort((a, b) => a - b);
  return { embed, bytes, requests: 1, visibleMs: sorted[4], visibleLowMs: sorted[1], visibleHighMs: sorted[7], visibleRuns };
};

function results({ ratio1000 = [1.1, 1.15], cardPageOffsets = 20, widgetBytes = 9000 } = {}) {
  const embeds = [
    embed('widget', widgetBytes, 0),
    embed('iframe (card page)', 3400, cardPageOffsets),
    embed('iframe (site page)', 95000, 900),
  ];
  return {
    weight: { min: 27000, gzip: 11000, brotli: 9900 },
    render: [
      { cards: 1, ratio: 1.3, ratioLow: 1.2, ratioHigh: 1.4 },
      { cards: 1000, ratio: (ratio1000[0] + ratio1000[1]) / 2, ratioLow: ratio1000[0], ratioHigh: ratio1000[1] },
    ],
    embeds,
    cmsEmbeds: embeds,
    cls: { recommendedSnippet: 0 },
    lighthouse: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 99 },
  };
}

const verdict = (rows, start) => rows.find((row) => row.target.startsWith(start)).verdict;

test('a ratio target is met, undecided or missed by where its interval lies', () => {
  assert.equal(verdict(judgeTargets(results({ ratio1000: [1.1, 1.2] })), '≤ 1.2× the floor at 1,000'), 'met');
  assert.equal(verdict(judgeTargets(results({ ratio1000: [1.15, 1.25] })), '≤ 1.2× the floor at 1,000'), 'undecided');
  assert.equal(verdict(judgeTargets(results({ ratio1000: [1.21, 1.3] })), '≤ 1.2× the floor at 1,000'), 'missed');
});

test('visible sooner is judged on the run-by-run differences', () => {
  const sooner = 'visible sooner than the iframe (card page) on Slow 4G, on a bare host page';
  // The iframe 3 ms later in every run: its median alone would not tell them apart, the pairs do.
  assert.equal(verdict(judgeTargets(results({ cardPageOffsets: 3 })), sooner), 'met');
  assert.equal(verdict(judgeTargets(results({ cardPageOffsets: [5, -5, 5, -5, 5, -5, 5, -5, 5] })), sooner), 'undecided');
  assert.equal(verdict(judgeTargets(results({ cardPageOffsets: -30 })), sooner), 'missed');
  const row = judgeTargets(results({ cardPageOffsets: 3 })).find((each) => each.target === sooner);
  assert.match(row.measured, /run by run -3\.0 ms \(-3\.0 ms to -3\.0 ms\)/);
});

test('bytes, weight, CLS and Lighthouse are judged exactly', () => {
  const rows = judgeTargets(results({ widgetBytes: 9500 }));
  assert.equal(verdict(rows, '≥ 10× fewer bytes than the iframe (site page)'), 'met');
  assert.equal(verdict(rows, '≥ 10× fewer bytes than the iframe (card page)'), 'missed');
  assert.equal(verdict(judgeTargets(results({ widgetBytes: 9501 })), '≥ 10× fewer bytes than the iframe (site page)'), 'missed');
  assert.equal(verdict(rows, '≤ 10 KB'), 'met');
  assert.equal(verdict(rows, 'aim: 9 KB'), 'missed');
  assert.equal(verdict(rows, 'CLS 0'), 'met');
  assert.equal(verdict(rows, 'Lighthouse'), 'missed');
  assert.equal(rows.length, 12);
});
