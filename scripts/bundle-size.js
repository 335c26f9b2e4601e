// Measures the shipped module against the size budget. Bytes are deterministic, so this is the
// one performance figure a test run may assert (with --enforce); timings belong to a benchmark.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The hard limit (issue 17): the module with the network's languages; the aim stays 14 KB. */
export const BUDGET_BROTLI_BYTES = 16 * 1024;

export function measure(path = 'dist/defus-info.js') {
  const code = readFileSync(path);
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const size = measure();
  const verdict = size.brotli <= BUDGET_BROTLI_BYTES ? 'within' : 'OVER';
  console.log(
    `dist/defus-info.js: ${size.min} B min, ${size.gzip} B gzip, ${size.brotli} B brotli (${verdict} the ${BUDGET_BROTLI_BYTES} B brotli budget)`,
  );
  if (size.brotli > BUDGET_BROTLI_BYTES && process.argv.includes('--enforce')) process.exit(1);
}
