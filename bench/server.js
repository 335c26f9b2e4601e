// The benchmark's own static server: real HTTP on loopback, brotli like a production server,
// cross-origin isolation for a fine-grained performance.now(), and a delay on request.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `routes` (URL prefix → directory URL) and `pages` (path → HTML string made by the
 * benchmark). `?delay=ms` holds a response back, as a slow server or CDN would.
 */
export function startServer({ routes, pages = new Map() }) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    let body = pages.get(url.pathname);
    if (body === undefined) {
      const prefix = Object.keys(routes).find((each) => url.pathname.startsWith(each));
      if (!prefix || url.pathname.includes('..')) return void response.writeHead(404).end();
      try {
        body = await readFile(new URL(url.pathname.slice(prefix.length), routes[prefix]));
      } catch {
        return void response.writeHead(404).end();
      }
    }
    const type = TYPES[extname(url.pathname)] ?? (pages.has(url.pathname) ? TYPES['.html'] : 'application/octet-stream');
    const headers = {
      'content-type': type,
      'cache-control': 'no-store',
      // Cross-origin isolation: performance.now() then ticks in microseconds, not 100 µs.
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cross-origin-resource-policy': 'same-origin',
    };
    const raw = Buffer.from(body);
    const compressible = !type.startsWith('font/');
    if (compressible && /\bbr\b/.test(String(request.headers['accept-encoding']))) {
      headers['content-encoding'] = 'br';
      response.writeHead(200, headers).end(brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    } else {
      response.writeHead(200, headers).end(raw);
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }),
    );
  });
}
