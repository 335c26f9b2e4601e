// The few statistics the benchmark reports. Times on a shared 2-core machine are noisy and
// skewed, so it reports medians, and for each median an interval that needs no assumption about
// the shape of that noise.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * A distribution-free confidence interval for the median of `values`, at least `confidence`
 * (95 % by default): the k-th smallest and k-th largest value, with the largest k for which the
 * binomial distribution Bin(n, ½), which counts how many samples fall below the true median,
 * puts at most (1 − confidence) / 2 of its weight on each side outside. Undefined for fewer than
 * 6 values, where even the smallest and largest do not reach 95 %.
 */
export function medianInterval(values, confidence = 0.95) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  // ½ⁿ, the first term below, is 0 in floating point from n = 1,075 on.
  if (n > 1000) throw new RangeError(`medianInterval: ${n} values; at most 1,000 are supported`);
  const tail = (1 - confidence) / 2;
  // P(X ≤ i) for X ~ Bin(n, ½), built term by term: C(n, i + 1) = C(n, i) · (n − i) / (i + 1).
  let term = 0.5 ** n;
  let below = term;
  let k = 0;
  for (let i = 0; below <= tail && i < n; i += 1) {
    k = i + 1;
    term *= (n - i) / (i + 1);
    below += term;
  }
  if (k === 0) return undefined;
  return { low: sorted[k - 1], high: sorted[n - k], coverage: 1 - 2 * (below - term) };
}
