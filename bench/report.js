// The reporting half of `npm run bench`: the figures of a run as tables in the terminal. The same
// figures go into docs/performance.md through scripts/docs.js, which owns every generated part of
// the docs.

export const visibleCell = (row) => `${row.visibleMs} ms (${row.visibleLowMs}–${row.visibleHighMs})`;

/** Prints a run's figures and the verdict on each target. */
export function printReport(results) {
  const { weight, render, heap, embeds, cmsEmbeds, cardWords, cls, heights, lighthouse, targets } = results;
  console.log(`\nWeight: ${weight.min} B minified, ${weight.gzip} B gzip, ${weight.brotli} B brotli`);
  console.table(
    render.map((row) => ({
      cards: row.cards,
      'widget ms': row.widgetMs,
      'floor ms': row.floorMs,
      'widget/floor': row.ratio,
      '95 % interval': `${row.ratioLow}–${row.ratioHigh}`,
      'iframe ms': row.iframeMs,
    })),
  );
  console.log(`Heap per card (1000 cards): widget ${heap.widgetBytesPerCard} B, floor ${heap.floorBytesPerCard} B`);
  console.table(
    embeds.map((row) => ({
      embed: row.embed,
      bytes: row.bytes,
      requests: row.requests,
      'visible (Slow 4G)': visibleCell(row),
      'visible, CSS and script in head': visibleCell(cmsEmbeds.find((each) => each.embed === row.embed)),
    })),
  );
  console.log(`The German card's words alone: ${cardWords} B brotli`);
  console.table(heights);
  console.log(
    `CLS with the module 300 ms late: plain snippet ${cls.plainSnippet}, recommended snippet (pre-rendered) ${cls.recommendedSnippet}, space reserved (src config) ${cls.reservedSnippet}, render-blocking script in head ${cls.renderBlockingSnippet}`,
  );
  console.log(
    `Lighthouse on the built demo: ${Object.entries(lighthouse)
      .map(([key, value]) => `${key} ${value}`)
      .join(', ')}`,
  );
  console.table(targets);
}
