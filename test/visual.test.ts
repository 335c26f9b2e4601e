import { fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../src/defus-info.js';
import type { DefusInfo } from '../src/defus-info.js';

// Screenshots guard the look in one engine, Chromium: every engine rasterises text its own way,
// so baselines per engine would differ in their anti-aliasing, not in anything a partner sees.
// Layout, contrast and overflow are measured in all three engines by the other tests.
const isChromium = navigator.userAgent.includes('Chrome/');

async function shoot(variant: string, theme: string, name: string): Promise<void> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px; padding: 8px; background: #fff">
    <defus-info lang="de" variant=${variant} theme=${theme} style="--defus-info-font-family: 'DejaVu Sans', sans-serif"></defus-info>
  </div>`);
  await (wrapper.querySelector('defus-info') as DefusInfo).updateComplete;
  await document.fonts.ready;
  await visualDiff(wrapper, name);
}

describe('<defus-info> looks (Chromium screenshots against test/screenshots/Chrome/baseline)', function () {
  before(function () {
    if (!isChromium) this.skip();
  });

  for (const variant of ['card', 'compact']) {
    for (const theme of ['light', 'dark', 'auto']) {
      it(`${variant}, ${theme} theme (system light)`, async () => {
        await shoot(variant, theme, `${variant}-${theme}`);
      });
    }
    it(`${variant}, auto theme (system dark)`, async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        await shoot(variant, 'auto', `${variant}-auto-system-dark`);
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  }
});
