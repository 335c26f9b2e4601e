// Routes for the pre-rendered card: the server renderer as built in dist/, run in the test
// runner's Node process, and host pages that embed their output as a partner's
// CMS would, so the browser tests see exactly what a partner's visitors get.
import { STRICT_CSP } from './test-api.js';

// Imported when first asked for, so the test runner starts even before a build (npm test builds first).
const dist = (name) => import(new URL(`../../dist/${name}`, import.meta.url).href);

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function readJson(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

let pages = 0;

/**
 * A host page around a pre-rendered card. Query: `options` (JSON for `prerender`); `module`:
 * `none`, `deferred` (a module script, optionally `moduleDelay` ms late) or `async-before` (an
 * async module that defines the element while the parser waits `cardDelay` ms for the card);
 * `csp`: `hash` (strict policy allowing the card's style by its hash) or `strict` (without it).
 */
async function hostPage(query) {
  const { prerender } = await dist('ssr.js');
  const card = prerender(JSON.parse(String(query.options ?? '{}')));
  // A URL of its own per page: no cache of the browser's may hand a late module over early.
  const moduleUrl = `/test-api/dist/defus-info.js?delay=${Number(query.moduleDelay ?? 0)}&page=${(pages += 1)}`;
  const moduleMode = String(query.module ?? 'deferred');
  const script = {
    none: '',
    deferred: `<script type="module" src="${moduleUrl}"></script>`,
    'async-before': `<script type="module" async src="${moduleUrl}"></script>`,
  }[moduleMode];
  const head = `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <title>Pre-rendered card</title>
    <script src="/test/prerendered/frame-recorder.js"></script>
    ${script}
    <link rel="stylesheet" href="/test/prerendered/host.css" />
  </head>
  <body>
    <main>
      <h1>Eine Partnerseite</h1>
`;
  const tail = `${card.html}
      <p id="after">Text nach der Karte, der nicht springen soll.</p>
    </main>
`;
  const end = `  </body>
</html>`;
  return { head, tail, end, cardDelay: moduleMode === 'async-before' ? Number(query.cardDelay ?? 500) : 0 };
}

/** @type {import('@web/dev-server-core').Middleware} */
export async function prerenderedPages(ctx, next) {
  switch (ctx.path) {
    case '/test-api/prerender': {
      const { prerender, STYLE_HASH } = await dist('ssr.js');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ ...prerender(await readJson(ctx.req)), styleHash: STYLE_HASH });
      return;
    }
    case '/test-api/prerendered': {
      const { head, tail, end, cardDelay } = await hostPage(ctx.query);
      const { STYLE_HASH } = await dist('ssr.js');
      ctx.type = 'text/html';
      if (ctx.query.csp === 'hash')
        ctx.set('Content-Security-Policy', STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${STYLE_HASH}`));
      if (ctx.query.csp === 'strict') ctx.set('Content-Security-Policy', STRICT_CSP);
      if (!cardDelay) {
        ctx.body = head + tail + end;
        return;
      }
      // Streamed in parts: the element is defined while the parser waits for the card, and the
      // page stays loading for a while after it, so frames are painted before DOMContentLoaded.
      const { Readable } = await import('node:stream');
      ctx.body = Readable.from(
        (async function* () {
          yield Buffer.from(head);
          await delay(cardDelay);
          yield Buffer.from(tail);
          await delay(cardDelay);
          yield Buffer.from(end);
        })(),
      );
      return;
    }
    default:
      return next();
  }
}
