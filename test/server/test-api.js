// Routes under /test-api/ that play the servers a `src` config can come from: slow ones, broken
// ones, wrong content types. Real HTTP on the test runner's own server, nothing mocked in the page.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { Readable } from 'node:stream';

const FIXTURE = new URL('../fixtures/example-forum.config.json', import.meta.url);
const DIST = new URL('../../dist/', import.meta.url);
const DIST_TYPES = { '.js': 'text/javascript', '.json': 'application/json' };

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Bodies a test stored with POST /test-api/store, served back as JSON by /test-api/stored/<n>. */
const stored = [];

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** What the server saw of requests tagged `?id=`: how many came, how many the client abandoned. */
const seen = new Map();
function record(id) {
  if (!seen.has(id)) seen.set(id, { requests: 0, abandoned: 0, cookies: 0, referrers: 0 });
  return seen.get(id);
}

/** Notes when the client hangs up before the response is complete: the widget aborted. */
function watchAbandon(ctx, entry) {
  ctx.res.on('close', () => {
    if (!ctx.res.writableFinished) entry.abandoned += 1;
  });
}

/**
 * A second origin (127.0.0.1 on its own port, where the tests run on localhost) that serves the
 * example config with or without CORS headers, so a test can tell a CORS refusal from a dead host.
 */
const crossOrigin = new Promise((resolve) => {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const headers = { 'content-type': 'application/json' };
    if (url.searchParams.has('cors')) headers['access-control-allow-origin'] = '*';
    response.writeHead(200, headers);
    response.end(await readFile(FIXTURE, 'utf8'));
  });
  server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
  server.unref();
});

/** @type {import('@web/dev-server-core').Middleware} */
export async function testApi(ctx, next) {
  if (!ctx.path.startsWith('/test-api/')) return next();
  const route = ctx.path.slice('/test-api/'.length);
  const id = ctx.query.id === undefined ? undefined : String(ctx.query.id);
  if (id !== undefined && route !== 'seen') {
    const entry = record(id);
    entry.requests += 1;
    if (ctx.get('cookie')) entry.cookies += 1;
    if (ctx.get('referer')) entry.referrers += 1;
    watchAbandon(ctx, entry);
  }
  const wait = Number(ctx.query.delay ?? 0);
  if (wait > 0) await delay(Math.min(wait, 5000));
  const status = /^status\/(\d{3})$/.exec(route);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.type = 'application/json';
    ctx.body = '{}';
    return;
  }
  const storedBody = /^stored\/(\d+)$/.exec(route);
  if (storedBody) {
    ctx.type = 'application/json';
    ctx.body = stored[Number(storedBody[1])] ?? '';
    return;
  }
  const shipped = /^dist\/([\w.-]+)$/.exec(route);
  if (shipped) {
    // The built files byte for byte, past the dev server's own transforms: what partners load.
    const name = shipped[1];
    ctx.type = DIST_TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream';
    ctx.body = await readFile(new URL(name, DIST));
    // Fetched afresh by every page, so a page that asks for it late (?delay=) gets it late.
    ctx.set('Cache-Control', 'no-store');
    return;
  }
  switch (route) {
    case 'config': {
      ctx.type = 'application/json';
      ctx.body = await readFile(FIXTURE, 'utf8');
      return;
    }
    case 'echo': {
      // Returns the JSON given in ?body=, so a test can serve any config it builds.
      ctx.type = 'application/json';
      ctx.body = String(ctx.query.body ?? '');
      return;
    }
    case 'as-text': {
      ctx.type = 'text/html';
      ctx.body = await readFile(FIXTURE, 'utf8');
      return;
    }
    case 'store': {
      // Any config a test builds, however large, served from a URL short enough for a header.
      stored.push(await readBody(ctx.req));
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ url: `/test-api/stored/${stored.length - 1}` });
      return;
    }
    case 'seen': {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(record(id ?? ''));
      return;
    }
    case 'cross-origin': {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ origin: await crossOrigin });
      return;
    }
    case 'redirect': {
      ctx.status = 302;
      ctx.set('Location', String(ctx.query.to ?? '/'));
      return;
    }
    case 'endless': {
      // JSON-typed, no Content-Length, 16 KiB every 5 ms for up to 16 MiB: only a reader that
      // counts as it streams stops in time.
      ctx.type = 'application/json';
      const chunk = Buffer.from(`["${'x'.repeat(16 * 1024 - 4)}",`);
      ctx.body = Readable.from(
        (async function* () {
          yield Buffer.from('[');
          for (let sent = 0; sent < 1024 && !ctx.res.destroyed; sent += 1) {
            yield chunk;
            await delay(5);
          }
          yield Buffer.from('0]');
        })(),
      );
      return;
    }
    case 'huge': {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ padding: 'x'.repeat(300 * 1024) });
      return;
    }
    default:
      ctx.status = 404;
  }
}

/**
 * The policy a security-minded partner runs, as docs/embedding.md gives it (test/csp.test.ts keeps its own
 * copy on purpose and checks both this header and docs/embedding.md against it). With `?policy=host-lit`
 * the page also uses its own copy of Lit, so the Trusted Types policy name needs
 * 'allow-duplicates'; `?policy=host-lit-without-duplicates` shows what happens without it.
 */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const POLICIES = {
  strict: STRICT_CSP,
  'host-lit': `${STRICT_CSP} 'allow-duplicates'`,
  'host-lit-without-duplicates': STRICT_CSP,
};

const CSP_PAGE = '/test/csp/cards.html';

/**
 * Serves the CSP test page byte for byte with its policy, past the dev server's transforms,
 * which would add their own web-socket script to every HTML page. For the host-Lit policies the
 * page also gets the host's own Lit component, loaded before the widget.
 * @type {import('@web/dev-server-core').Middleware}
 */
export async function cspPages(ctx, next) {
  if (ctx.path !== CSP_PAGE) return next();
  const policy = String(ctx.query.policy ?? 'strict');
  let page = await readFile(new URL('../csp/cards.html', import.meta.url), 'utf8');
  if (policy.startsWith('host-lit')) {
    page = page
      .replace('<!-- host scripts -->', '<script type="module" src="host-lit.js"></script>')
      .replace('<!-- host content -->', '<host-banner></host-banner>');
  }
  ctx.type = 'text/html';
  ctx.set('Content-Security-Policy', POLICIES[policy] ?? STRICT_CSP);
  ctx.body = page;
}
