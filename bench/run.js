// npm run bench: measures what <defus-info> costs a partner page (bench/measure.js), prints the
// figures (bench/report.js) and, for a full run, keeps them in bench/results.json and
// bench/results.svg and hands them to scripts/docs.js, which writes docs/performance.md.
//   node bench/run.js                  a full run (about ten minutes here), written down
//   node bench/run.js --quick          a rough pass that prints its figures and writes nothing
//   node bench/run.js --render-only    the render rows alone, for profiling; writes nothing
import { writeFile } from 'node:fs/promises';
import { currentSources, writeDocs } from '../scripts/docs.js';
import { renderChart } from './chart.js';
import { measureAll, measureRender, PLANS } from './measure.js';
import { printReport } from './report.js';

const ROOT = new URL('../', import.meta.url);
const plan = process.argv.includes('--quick') ? PLANS.quick : PLANS.full;

if (process.argv.includes('--render-only')) {
  console.table(await measureRender(plan));
} else {
  const results = await measureAll(plan);
  // A quick pass is for looking, not for the record: only a full run writes the files.
  if (plan === PLANS.full) {
    await writeFile(new URL('bench/results.json', ROOT), `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(new URL('bench/results.svg', ROOT), renderChart(results.render));
    for (const line of writeDocs({ ...currentSources(), bench: results })) console.log(line);
  }
  printReport(results);
}
