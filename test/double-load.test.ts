// Two copies on one page: a CMS extension and a theme may both bring the widget.
import { expect } from '@open-wc/testing';
import { BUILT_MODULE_URL as MODULE_URL, captureWarnings } from './helpers.js';

describe('loading the widget twice', () => {
  it('keeps the first definition and warns, without throwing', async () => {
    await import(MODULE_URL);
    const first = customElements.get('defus-info');
    const warnings = captureWarnings();
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      // A second copy of the built file (another URL is another module) and a different build.
      await import(`${MODULE_URL}?copy=2`);
      await import('../src/defus-info.js');
    } finally {
      warnings.restore();
      window.removeEventListener('error', onError);
    }
    expect(customElements.get('defus-info')).to.equal(first);
    expect(errors).to.deep.equal([]);
    expect(warnings.messages).to.have.length(2);
    for (const message of warnings.messages) {
      expect(message).to.match(
        /^<defus-info> \d+\.\d+\.\d+: <defus-info> is already defined on this page; this copy is not used\.$/,
      );
    }
  });
});
