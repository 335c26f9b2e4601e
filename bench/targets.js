// The targets of the benchmark's issue, judged from a run's results. A time target counts as met
// only when the whole 95 % interval of its median is on the right side: a median that lands under
// the line by luck is not a result. Bytes are exact, so they need no interval.

import { AIM_BROTLI_BYTES, BUDGET_BROTLI_BYTES } from '../scripts/bundle-size.js';
import { median, medianInterval } from './stats.js';

const kilobytes = (bytes) => `${bytes / 1024} KB`;

const plural = (value, digits = 2) => `${value.toFixed(digits)}×`;

/** `met` when all of `interval` is at or under `limit`, `missed` when all of it is over, else `undecided`. */
function atMost([low, high], limit) {
  if (high <= limit) return 'met';
  return low > limit ? 'missed' : 'undecided';
}

/**
 * Whether the widget's card shows sooner than `other`'s: the differences of runs taken together
 * (widget − other), whose median's interval must lie below zero.
 */
function sooner(widget, other) {
  const differences = widget.visibleRuns.map((time, run) => time - other.visibleRuns[run]);
  const { low, high } = medianInterval(differences);
  const verdict = high < 0 ? 'met' : low > 0 ? 'missed' : 'undecided';
  const ms = (value) => `${value > 0 ? '+' : ''}${value.toFixed(1)} ms`;
  return { verdict, difference: `${ms(median(differences))} (${ms(low)} to ${ms(high)})` };
}

/**
 * Whether the widget's card shows within `share` (0.05: 5 %) of `other`'s: the ratios of runs
 * taken together (widget ÷ other), whose median's interval must lie at or under 1 + share.
 */
function within(widget, other, share) {
  const ratios = widget.visibleRuns.map((time, run) => time / other.visibleRuns[run]);
  const { low, high } = medianInterval(ratios);
  return { verdict: atMost([low, high], 1 + share), ratio: `${plural(median(ratios))} (${plural(low)}–${plural(high)})` };
}

/** One row per target: what it asks, what this run measured, and the verdict. */
export function judgeTargets({ weight, render, embeds, cmsEmbeds, cls, lighthouse }) {
  const rows = [];
  const add = (target, measured, verdict) => rows.push({ target, measured, verdict });

  add(
    `≤ ${kilobytes(BUDGET_BROTLI_BYTES)} brotli (enforced by npm test)`,
    `${weight.brotli.toLocaleString('en')} B`,
    weight.brotli <= BUDGET_BROTLI_BYTES ? 'met' : 'missed',
  );
  add(
    `aim: ${kilobytes(AIM_BROTLI_BYTES)} brotli`,
    `${weight.brotli.toLocaleString('en')} B`,
    weight.brotli <= AIM_BROTLI_BYTES ? 'met' : 'missed',
  );
  for (const [cards, limit] of [
    [1, 1.5],
    [1000, 1.2],
  ]) {
    const row = render.find((each) => each.cards === cards);
    add(
      `≤ ${limit}× the floor at ${cards.toLocaleString('en')} card${cards > 1 ? 's' : ''}`,
      `${plural(row.ratio)} (95 % interval ${plural(row.ratioLow)}–${plural(row.ratioHigh)})`,
      atMost([row.ratioLow, row.ratioHigh], limit),
    );
  }
  // Bytes against the iframes are reported with the embeds, not judged: no embed can be ten times
  // lighter than a 3.4 KB static page, so that target was retired.
  for (const [host, rows] of [
    ['a bare host page', embeds],
    ['a host page with CSS and a script in its head', cmsEmbeds],
  ]) {
    const ours = rows.find((row) => row.embed === 'widget');
    const sitePage = rows.find((row) => row.embed === 'iframe (site page)');
    const { verdict, difference } = sooner(ours, sitePage);
    add(
      `visible sooner than the iframe (site page) on Slow 4G, on ${host}`,
      `${ours.visibleMs} ms against ${sitePage.visibleMs} ms; run by run ${difference}`,
      verdict,
    );
  }
  const ours = embeds.find((row) => row.embed === 'widget');
  const cardPage = embeds.find((row) => row.embed === 'iframe (card page)');
  const { verdict, ratio } = within(ours, cardPage, 0.05);
  add(
    'visible within 5 % of the iframe (card page) on Slow 4G, on a bare host page',
    `${ours.visibleMs} ms against ${cardPage.visibleMs} ms; run by run ${ratio}`,
    verdict,
  );
  add('CLS 0 with the recommended snippet', String(cls.recommendedSnippet), cls.recommendedSnippet === 0 ? 'met' : 'missed');
  const scores = Object.values(lighthouse);
  add(
    'Lighthouse 100 in all four categories',
    scores.join(' / '),
    scores.length === 4 && scores.every((score) => score === 100) ? 'met' : 'missed',
  );
  return rows;
}
