import puppeteer from 'puppeteer-core';
import { startServer } from '/work/main/bench/server.js';
import { CHROMIUM_ARGS } from '/work/main/scripts/browsers.js';
const kind = process.argv[2] ?? 'widget', count = Number(process.argv[3] ?? 1);
const server = await startServer({ routes: { '/dist/': new URL('file:///tmp/dist-profile/'), '/pages/': new URL('file:///work/main/bench/pages/') } });
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const totals = new Map(); let sum = 0;
for (let run = 0; run < 30; run++) {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/pages/zz-render.html`, { waitUntil: 'load' });
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  sum += (await page.evaluate((k, n) => window.measure(k, n), kind, count))[0];
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas; 
  profile.samples.forEach((id, i) => { const n = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; totals.set(key, (totals.get(key) ?? 0) + (dt[i] ?? 0) / 1000); });
  await page.close();
}
console.log('mean ms', (sum / 30).toFixed(3));
console.log([...totals].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 30).toFixed(3)} ${k}`).join('\n'));
await browser.close(); server.close();
