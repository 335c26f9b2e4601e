// The benchmark's statistics: its verdicts on the render targets rest on these intervals.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { median, medianInterval } from '../../bench/stats.js';

test('median of odd and even counts, unsorted input left as it is', () => {
  const values = [5, 1, 4, 2, 3];
  assert.equal(median(values), 3);
  assert.deepEqual(values, [5, 1, 4, 2, 3]);
  assert.equal(median([4, 1, 3, 2]), 2.5);
});

/** P(X ≤ j) for X ~ Bin(n, ½), exactly, in integers: a second way to the same numbers. */
function binomialBelow(n, j) {
  let coefficient = 1n;
  let sum = 0n;
  for (let i = 0; i <= j; i += 1) {
    sum += coefficient;
    coefficient = (coefficient * BigInt(n - i)) / BigInt(i + 1);
  }
  return Number((sum * 10n ** 15n) / 2n ** BigInt(n)) / 1e15;
}

test('the median interval takes the order statistics the exact binomial distribution gives', () => {
  for (const n of [6, 9, 31, 60, 200]) {
    let k = 0;
    while (binomialBelow(n, k) <= 0.025) k += 1;
    // Values n, n − 1, …, 1: the k-th smallest is k, the k-th largest n + 1 − k.
    const { low, high, coverage } = medianInterval(Array.from({ length: n }, (_, index) => n - index));
    assert.deepEqual([low, high], [k, n + 1 - k], `n = ${n}`);
    assert.ok(Math.abs(coverage - (1 - 2 * binomialBelow(n, k - 1))) < 1e-9, `n = ${n}: coverage ${coverage}`);
    assert.ok(coverage >= 0.95, `n = ${n}: coverage ${coverage}`);
  }
  // The textbook case: 9 values give the 2nd smallest and 2nd largest, at 96.1 %.
  assert.deepEqual(medianInterval([9, 1, 8, 2, 7, 3, 6, 4, 5]).low, 2);
  assert.equal(medianInterval([1, 2, 3, 4, 5]), undefined);
  assert.throws(() => medianInterval(Array.from({ length: 1001 }, (_, index) => index)), RangeError);
  const { low, high } = medianInterval(Array.from({ length: 1000 }, (_, index) => index + 1));
  assert.ok(low < 500 && high > 501 && low > 450 && high < 551, `${low}–${high}`);
});

test('the interval holds the median in about 95 % of samples from a skewed distribution', () => {
  // Log-normal noise, like render times: its true median is 1.
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const normal = () => Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random());
  let covered = 0;
  const trials = 2000;
  for (let trial = 0; trial < trials; trial += 1) {
    const { low, high } = medianInterval(Array.from({ length: 31 }, () => Math.exp(0.3 * normal())));
    if (low <= 1 && 1 <= high) covered += 1;
  }
  assert.ok(covered / trials > 0.95 && covered / trials < 0.99, `covered ${covered} of ${trials}`);
});
