// `node scripts/readme-screenshot.js`: the README's picture of the built-in card in German
// (docs/images/defus-info-de.png), taken from the built module in Debian's Chromium, so that it
// shows what the card says today. Run `npm run build` first; run it again when the card's German
// text or look changes.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ENGINES } from './browsers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUT = `${ROOT}docs/images/defus-info-de.png`;
const PAGE = `<!doctype html><html lang="de"><meta charset="utf-8"><title>DEFUS</title>
<style>body{margin:0;width:728px;font-family:"DejaVu Sans",sans-serif}</style>
<script type="module" src="/defus-info.js"></script><defus-info></defus-info></html>`;

const server = createServer((request, response) => {
  if (request.url === '/defus-info.js') {
    response.writeHead(200, { 'content-type': 'text/javascript' });
    response.end(readFileSync(`${ROOT}dist/defus-info.js`));
  } else {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(PAGE);
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await puppeteer.launch({ executablePath: ENGINES.chromium.find(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 728, height: 400 });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => document.querySelector('defus-info')?.shadowRoot?.querySelector('article'));
  const card = await page.$('defus-info');
  await card.screenshot({ path: OUTPUT });
  console.log(`Wrote ${OUTPUT}`);
} finally {
  await browser.close();
  server.close();
}
