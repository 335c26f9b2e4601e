// The targets of the benchmark's issue, judged from a run's results. A time target counts as met
// only when the whole 95 % interval of its median is on the right side: a median that lands under
// the line by luck is not a result. Bytes are exact, so they need no interval.

import { median, medianInterval } from './stats.js';

const BUDGET_BROTLI_BYTES = 10 * 1024;
const AIM_BROTLI_BYTES = 9 * 1024;

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

/** One row per target: what it asks, what this run measured, and the verdict. */
export function judgeTargets({ weight, render, embeds, cmsEmbeds, cls, lighthouse }) {
  const rows = [];
  const add = (target, measured, verdict) => rows.push({ target, measured, verdict });

  add(
    '≤ 10 KB brotli (enforced by npm test)',
    `${weight.brotli.toLocaleString('en')} B`,
    weight.brotli <= BUDGET_BROTLI_BYTES ? 'met' : 'missed',
  );
  add('aim: 9 KB brotli', `${weight.brotli.toLocaleString('en')} B`, weight.brotli <= AIM_BROTLI_BYTES ? 'met' : 'missed');
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
  const widget = embeds.find((row) => row.embed === 'widget');
  for (const iframe of embeds.filter((row) => row.embed.startsWith('iframe'))) {
    const times = iframe.bytes / widget.bytes;
    add(
      `≥ 10× fewer bytes than the ${iframe.embed}`,
      `${times.toFixed(1)}× (${widget.bytes.toLocaleString('en')} B against ${iframe.bytes.toLocaleString('en')} B)`,
      times >= 10 ? 'met' : 'missed',
    );
  }
  for (const [host, rows] of [
    ['a bare host page', embeds],
    ['a host page with CSS and a script in its head', cmsEmbeds],
  ]) {
    const ours = rows.find((row) => row.embed === 'widget');
    for (const iframe of rows.filter((row) => row.embed.startsWith('iframe'))) {
      const { verdict, difference } = sooner(ours, iframe);
      add(
        `visible sooner than the ${iframe.embed} on Slow 4G, on ${host}`,
        `${ours.visibleMs} ms against ${iframe.visibleMs} ms; run by run ${difference}`,
        verdict,
      );
    }
  }
  add('CLS 0 with the recommended snippet', String(cls.recommendedSnippet), cls.recommendedSnippet === 0 ? 'met' : 'missed');
  const scores = Object.values(lighthouse);
  add(
    'Lighthouse 100 in all four categories',
    scores.join(' / '),
    scores.length === 4 && scores.every((score) => score === 100) ? 'met' : 'missed',
  );
  return rows;
}
