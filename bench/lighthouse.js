// Lighthouse's four category scores for a page, in Debian's Chromium (no browser download).
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../scripts/browsers.js';

export async function runLighthouse(executablePath, url) {
  const browser = await puppeteer.launch({
    executablePath,
    args: [...CHROMIUM_ARGS, '--remote-debugging-port=0'],
    headless: true,
  });
  try {
    const port = Number(new URL(browser.wsEndpoint()).port);
    const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
    for (const [id, audit] of Object.entries(lhr.audits)) {
      if (
        audit.score !== null &&
        audit.score < 1 &&
        audit.scoreDisplayMode !== 'informative' &&
        audit.scoreDisplayMode !== 'manual'
      ) {
        console.log(`  lighthouse: ${id} scored ${audit.score}: ${audit.title}`);
      }
    }
    return Object.fromEntries(Object.entries(lhr.categories).map(([id, category]) => [id, Math.round(category.score * 100)]));
  } finally {
    await browser.close();
  }
}
