// The benchmark's verdicts: a time target is met only when its whole interval is on the right side.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeTargets } from '../../bench/targets.js';

const embed = (embed, bytes, visibleMs, spread = 5) => ({
  embed,
  bytes,
  requests: 1,
  visibleMs,
  visibleLowMs: visibleMs - spread,
  visibleHighMs: visibleMs + spread,
});

function results({ ratio1000 = [1.1, 1.15], cardPageMs = 1200, widgetBytes = 9000 } = {}) {
  const embeds = [
    embed('widget', widgetBytes, 1000),
    embed('iframe (card page)', 3400, cardPageMs),
    embed('iframe (site page)', 95000, 1900),
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

test('visible sooner needs intervals that do not overlap', () => {
  const sooner = 'visible sooner than the iframe (card page) on Slow 4G, on a bare host page';
  assert.equal(verdict(judgeTargets(results({ cardPageMs: 1011 })), sooner), 'met');
  assert.equal(verdict(judgeTargets(results({ cardPageMs: 1009 })), sooner), 'undecided');
  assert.equal(verdict(judgeTargets(results({ cardPageMs: 900 })), sooner), 'missed');
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
