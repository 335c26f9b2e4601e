// The built files at /dist/, from the handler `npm start` mounts in Vite (build/configurator-api.ts).
import { handleDevApi } from '../../scripts/dev-api.js';

/** @type {import('@web/dev-server-core').Middleware} */
export async function configuratorApi(ctx, next) {
  const answer = await handleDevApi({ method: ctx.method, path: ctx.path });
  if (!answer) return next();
  ctx.status = answer.status;
  // Before the body, so that Koa keeps this Content-Type instead of guessing one.
  ctx.set(answer.headers);
  ctx.body = answer.body;
}
