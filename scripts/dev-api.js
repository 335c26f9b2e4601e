// The server side of the embed-code configurator (demo/configurator.html): the built module byte
// for byte, and the built server renderer. One handler, mounted by `npm start` (vite.config.ts)
// and by the browser tests (web-test-runner.config.js), so the tests exercise the endpoint the
// page really calls. It knows no framework: each server adapts its request and response to it.
import { readFile, stat } from 'node:fs/promises';

const DIST = new URL('../dist/', import.meta.url);
const CONTENT_TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8' };

/**
 * What the configurator may ask the renderer for. `config` and `configSource` stay out: the config
 * arrives as the text the partner typed, so a syntax error and every warning name the inline
 * config, as the element does with the snippet's inline JSON.
 */
const PRERENDER_OPTIONS = ['configText', 'lang', 'variant', 'theme', 'headingLevel'];

const plain = (status, text, headers = {}) => ({
  status,
  headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers },
  body: text,
});

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
 * dist/ssr.js as it is on disk now. Keyed by its modification time, so a rebuild while the server
 * runs renders with the new template and sheet, matching the module /dist/ now serves.
 */
async function builtRenderer() {
  const file = new URL('ssr.js', DIST);
  const { mtimeMs } = await stat(file);
  return import(`${file.href}?built=${mtimeMs}`);
}

async function readText(body) {
  const chunks = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

async function prerenderCard(body) {
  let request;
  try {
    request = JSON.parse(await readText(body));
  } catch {
    request = undefined;
  }
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    return plain(400, `Expected a JSON object with any of ${PRERENDER_OPTIONS.join(', ')}.`);
  }
  const options = Object.fromEntries(
    PRERENDER_OPTIONS.filter((key) => request[key] !== undefined).map((key) => [key, request[key]]),
  );
  let renderer;
  try {
    renderer = await builtRenderer();
  } catch (error) {
    if (error.code === 'ENOENT') return plain(503, 'dist/ssr.js does not exist; run npm run build.');
    throw error;
  }
  const { prerender, STYLE_HASH } = renderer;
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
    body: JSON.stringify({ ...prerender(options), styleHash: STYLE_HASH }),
  };
}

/**
 * Answers `GET /dist/<file>` and `POST /api/prerender`; resolves `undefined` for any other request,
 * which the server then handles as usual.
 *
 * @param {{ method: string; path: string; body: AsyncIterable<Uint8Array> }} request
 *   `path` without the query; `body` the request's body stream (a Node request is one).
 * @returns {Promise<{ status: number; headers: Record<string, string>; body: string | Uint8Array } | undefined>}
 */
export async function handleDevApi({ method, path, body }) {
  // One file name, not a path: nothing outside dist/ can be asked for.
  const shipped = /^\/dist\/(\w[\w.-]*)$/.exec(path);
  if (shipped && method === 'GET') return serveDist(shipped[1]);
  if (path === '/api/prerender') return method === 'POST' ? prerenderCard(body) : plain(405, 'Use POST.', { Allow: 'POST' });
  return undefined;
}
