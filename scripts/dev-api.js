// The built files at /dist/, byte for byte, for pages and tests that read what ships (the browser
// tests' custom-elements.json). One handler, mounted by `npm start` (vite.config.ts) and by the
// browser tests (web-test-runner.config.js). It knows no framework: each server adapts its request
// and response to it.
import { readFile } from 'node:fs/promises';

const DIST = new URL('../dist/', import.meta.url);
const CONTENT_TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8' };

const plain = (status, text) => ({ status, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: text });

async function serveDist(name) {
  let body;
  try {
    body = await readFile(new URL(name, DIST));
  } catch (error) {
    if (error.code === 'ENOENT') return plain(404, `dist/${name} does not exist; run npm run build.`);
    throw error;
  }
  const extension = name.slice(name.lastIndexOf('.'));
  // no-store: after a rebuild the page must hash the new bytes, not a cached copy.
  return {
    status: 200,
    headers: { 'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream', 'Cache-Control': 'no-store' },
    body,
  };
}

/**
 * Answers `GET /dist/<file>`; resolves `undefined` for any other request, which the server then
 * handles as usual.
 *
 * @param {{ method: string; path: string }} request `path` without the query.
 * @returns {Promise<{ status: number; headers: Record<string, string>; body: string | Uint8Array } | undefined>}
 */
export async function handleDevApi({ method, path }) {
  // One file name, not a path: nothing outside dist/ can be asked for.
  const shipped = /^\/dist\/(\w[\w.-]*)$/.exec(path);
  if (shipped && method === 'GET') return serveDist(shipped[1]);
  return undefined;
}
