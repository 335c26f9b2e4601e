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

function results({ ratio1000 = [1.1, 1.15], cardPageOffsets = 20, sitePageOffsets = 900, brotli = 12000 } = {}) {
  const embeds = [
    embed('widget', brotli + 300, 0),
    embed('iframe (card page)', 3400, cardPageOffsets),
    embed('iframe (site page)', 95000, sitePageOffsets),
  ];
  return {
    weight: { min: 36000, gzip: 14000, brotli },
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

test('visible sooner than the site-page iframe is judged on the run-by-run differences', () => {
  const sooner = 'visible sooner than the iframe (site page) on Slow 4G, on a bare host page';
  // The iframe 3 ms later in every run: its median alone would not tell them apart, the pairs do.
  assert.equal(verdict(judgeTargets(results({ sitePageOffsets: 3 })), sooner), 'met');
  assert.equal(verdict(judgeTargets(results({ sitePageOffsets: [5, -5, 5, -5, 5, -5, 5, -5, 5] })), sooner), 'undecided');
  assert.equal(verdict(judgeTargets(results({ sitePageOffsets: -30 })), sooner), 'missed');
  const row = judgeTargets(results({ sitePageOffsets: 3 })).find((each) => each.target === sooner);
  assert.match(row.measured, /run by run -3\.0 ms \(-3\.0 ms to -3\.0 ms\)/);
});

test('within 5 % of the card-page iframe is judged on the run-by-run ratios', () => {
  const within = 'visible within 5 % of the iframe (card page)';
  // The widget 3 % later than the iframe in every run: within; 11 % later: not.
  assert.equal(verdict(judgeTargets(results({ cardPageOffsets: -30 })), within), 'met');
  assert.equal(verdict(judgeTargets(results({ cardPageOffsets: 20 })), within), 'met');
  assert.equal(verdict(judgeTargets(results({ cardPageOffsets: -100 })), within), 'missed');
  const straddling = WIDGET_RUNS.map((time, run) => (run % 2 ? -0.02 : -0.08) * time);
  assert.equal(verdict(judgeTargets(results({ cardPageOffsets: straddling })), within), 'undecided');
});

test('weight, CLS and Lighthouse are judged exactly; bytes against iframes are not targets', () => {
  const rows = judgeTargets(results());
  assert.equal(verdict(rows, '≤ 16 KB'), 'met');
  assert.equal(verdict(rows, 'aim: 14 KB'), 'met');
  assert.equal(verdict(judgeTargets(results({ brotli: 14 * 1024 + 1 })), 'aim: 14 KB'), 'missed');
  assert.equal(verdict(judgeTargets(results({ brotli: 16 * 1024 + 1 })), '≤ 16 KB'), 'missed');
  assert.equal(verdict(rows, 'CLS 0'), 'met');
  assert.equal(verdict(rows, 'Lighthouse'), 'missed');
  assert.equal(rows.filter((row) => row.target.includes('fewer bytes')).length, 0);
  assert.equal(rows.length, 9);
});
