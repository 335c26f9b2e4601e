// Routes under /test-api/ that play the servers a `src` config can come from: slow ones, broken
// ones, wrong content types. Real HTTP on the test runner's own server, nothing mocked in the page.
import { readFile } from 'node:fs/promises';

const FIXTURE = new URL('../fixtures/example-forum.config.json', import.meta.url);
const DIST = new URL('../../dist/', import.meta.url);
const DIST_TYPES = { '.js': 'text/javascript', '.json': 'application/json' };

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @type {import('@web/dev-server-core').Middleware} */
export async function testApi(ctx, next) {
  if (!ctx.path.startsWith('/test-api/')) return next();
  const wait = Number(ctx.query.delay ?? 0);
  if (wait > 0) await delay(Math.min(wait, 5000));
  const route = ctx.path.slice('/test-api/'.length);
  const status = /^status\/(\d{3})$/.exec(route);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.type = 'application/json';
    ctx.body = '{}';
    return;
  }
  const shipped = /^dist\/([\w.-]+)$/.exec(route);
  if (shipped) {
    // The built files byte for byte, past the dev server's own transforms: what partners load.
    const name = shipped[1];
    ctx.type = DIST_TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream';
    ctx.body = await readFile(new URL(name, DIST));
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
    case 'huge': {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ padding: 'x'.repeat(300 * 1024) });
      return;
    }
    default:
      ctx.status = 404;
  }
}
