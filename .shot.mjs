import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ENGINES } from './scripts/browsers.js';
const [url, out, width, lang, script] = process.argv.slice(2);
const browser = await puppeteer.launch({ executablePath: ENGINES.chromium.find(), headless: true, args: [...CHROMIUM_ARGS, `--accept-lang=${lang}`, `--lang=${lang}`] });
const page = await browser.newPage();
const logs = [];
page.on('console', (m) => logs.push(m.type() + ': ' + m.text()));
page.on('pageerror', (e) => logs.push('pageerror: ' + e.message));
await page.setViewport({ width: Number(width), height: 900 });
await page.goto(url, { waitUntil: 'load' });
await new Promise((r) => setTimeout(r, 1500));
if (script) { await page.evaluate(script); await new Promise((r) => setTimeout(r, 1500)); }
await page.screenshot({ path: out, fullPage: true });
console.log(logs.join('\n'));
await browser.close();
