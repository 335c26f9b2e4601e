// Subresource Integrity of the shipped module: printed by `npm run build` and written to
// dist/integrity.json, so that a page pinning a version can refuse any other bytes. docs/embedding.md's
// pinned snippet carries the same value (scripts/docs.js; checked by test/node/docs.test.js).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const MODULE = 'dist/defus-info.js';
export const INTEGRITY_FILE = 'dist/integrity.json';

/** The `integrity` attribute value for a file's bytes (sha384, as the SRI spec recommends). */
export function integrityOf(path = MODULE) {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const integrity = integrityOf();
  writeFileSync(INTEGRITY_FILE, `${JSON.stringify({ 'defus-info.js': integrity }, null, 2)}\n`);
  console.log(`${MODULE}: integrity="${integrity}" (written to ${INTEGRITY_FILE})`);
}
