// bench/results.svg: render time against number of cards, log–log, widget vs floor vs iframe.

const SERIES = [
  { key: 'widgetMs', label: '<defus-info>', colour: '#0a4d8c', dash: '' },
  { key: 'floorMs', label: 'floor (clone + adopt)', colour: '#4a5561', dash: '6 4' },
  { key: 'iframeMs', label: '<iframe> (static page)', colour: '#b3261e', dash: '2 4' },
];

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** @param {{ cards: number, widgetMs: number, floorMs: number, iframeMs: number }[]} rows */
export function renderChart(rows) {
  const width = 640;
  const height = 400;
  const margin = { top: 48, right: 24, bottom: 56, left: 72 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const times = rows.flatMap((row) => SERIES.map((series) => row[series.key]));
  const [minTime, maxTime] = [10 ** Math.floor(Math.log10(Math.min(...times))), 10 ** Math.ceil(Math.log10(Math.max(...times)))];
  const [minCards, maxCards] = [Math.min(...rows.map((row) => row.cards)), Math.max(...rows.map((row) => row.cards))];
  const x = (cards) => margin.left + (Math.log10(cards / minCards) / Math.log10(maxCards / minCards)) * plotWidth;
  const y = (ms) => margin.top + plotHeight - (Math.log10(ms / minTime) / Math.log10(maxTime / minTime)) * plotHeight;

  const parts = [];
  for (let ms = minTime; ms <= maxTime; ms *= 10) {
    parts.push(`<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(ms)}" y2="${y(ms)}" stroke="#d5dbe1"/>`);
    parts.push(`<text x="${margin.left - 8}" y="${y(ms) + 4}" text-anchor="end">${ms >= 1 ? ms : ms.toPrecision(1)}</text>`);
  }
  for (const row of rows) {
    parts.push(`<text x="${x(row.cards)}" y="${height - margin.bottom + 20}" text-anchor="middle">${row.cards}</text>`);
  }
  for (const series of SERIES) {
    const points = rows.map((row) => `${x(row.cards).toFixed(1)},${y(row[series.key]).toFixed(1)}`);
    parts.push(
      `<polyline fill="none" stroke="${series.colour}" stroke-width="2.5" stroke-dasharray="${series.dash}" points="${points.join(' ')}"/>`,
    );
    for (const point of points) {
      const [px, py] = point.split(',');
      parts.push(`<circle cx="${px}" cy="${py}" r="3.5" fill="${series.colour}"/>`);
    }
  }
  SERIES.forEach((series, index) => {
    const lx = 16 + index * 200;
    parts.push(
      `<line x1="${lx}" x2="${lx + 24}" y1="24" y2="24" stroke="${series.colour}" stroke-width="2.5" stroke-dasharray="${series.dash}"/>`,
    );
    parts.push(`<text x="${lx + 30}" y="28">${escape(series.label)}</text>`);
  });
  const summary = rows
    .map((row) => `${row.cards} cards: widget ${row.widgetMs} ms, floor ${row.floorMs} ms, iframe ${row.iframeMs} ms`)
    .join('; ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="title desc" font-family="system-ui, sans-serif" font-size="12" fill="#1d252c">
<title id="title">Time until N cards are rendered and laid out (ms, log scale)</title>
<desc id="desc">${escape(summary)}</desc>
<rect width="100%" height="100%" fill="#fff"/>
${parts.join('\n')}
<text x="${margin.left + plotWidth / 2}" y="${height - 12}" text-anchor="middle">cards on the page (log scale)</text>
<text transform="translate(18 ${margin.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">ms until rendered and laid out (log scale)</text>
</svg>
`;
}
