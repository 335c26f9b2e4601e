import { expect } from '@open-wc/testing';
import { waitFor } from './helpers.js';

/** What test/csp/probe.js records inside the page. */
interface Probe {
  violations: string[];
  errors: string[];
  loads: string[];
  problems: string[];
  touched: string[];
}

type ProbedWindow = Window & { __probe: Probe };

const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** Opens a test page in an iframe (its server sends the policy) and waits for its scripts to run. */
async function openPage(path: string): Promise<{ frame: HTMLIFrameElement; win: ProbedWindow; probe: Probe }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '1200px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as ProbedWindow;
  return { frame, win, probe: win.__probe };
}

function cardText(win: Window, id: string): string {
  return (win.document.getElementById(id)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

/** Paths of every resource the page requested, as the browser's Resource Timing saw them. */
function requestedPaths(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => {
      const url = new URL(entry.name);
      return url.origin === location.origin ? url.pathname : url.href;
    })
    .sort();
}

async function expectThreeCards(win: ProbedWindow, probe: Probe): Promise<void> {
  await waitFor(
    () => ['builtin', 'inline', 'src'].every((source) => probe.loads.includes(source)),
    'cards from all three sources',
  );
  expect(cardText(win, 'builtin')).to.contain('German-European Forum for Urban Security');
  expect(cardText(win, 'inline')).to.contain('An inline config on a page with a strict policy.');
  expect(cardText(win, 'src')).to.contain('A fictional national forum used in the tests of this widget.');
  expect(probe.problems).to.deep.equal([]);
}

describe('strict Content-Security-Policy and Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('is the policy docs/embedding.md gives partners', async () => {
    const docs = await (await fetch('/docs/embedding.md')).text();
    expect(docs).to.contain(STRICT_CSP);
    const { frame } = await openPage('/test/csp/cards.html');
    const response = await fetch(frame.src);
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
  });

  it('shows the card from all three sources with no violation and no error', async () => {
    const { win, probe } = await openPage('/test/csp/cards.html');
    await expectThreeCards(win, probe);
    expect(probe.violations).to.deep.equal([]);
    expect(probe.errors).to.deep.equal([]);
    // No inline style attributes anywhere: a strict style-src would block them.
    for (const id of ['builtin', 'inline', 'src']) {
      expect(win.document.getElementById(id)?.shadowRoot?.querySelectorAll('[style]').length).to.equal(0);
    }
  });

  it("works beside the host page's own Lit when the policy allows duplicate policy names", async () => {
    const { win, probe } = await openPage('/test/csp/cards.html?policy=host-lit');
    await expectThreeCards(win, probe);
    expect(win.document.querySelector('host-banner')?.shadowRoot?.textContent).to.contain('Host page component');
    expect(probe.violations).to.deep.equal([]);
    expect(probe.errors).to.deep.equal([]);
  });

  it("needs 'allow-duplicates' beside another Lit: without it the second copy is refused", async function () {
    const { win, probe } = await openPage('/test/csp/cards.html?policy=host-lit-without-duplicates');
    if (!('trustedTypes' in win)) this.skip();
    await waitFor(() => probe.violations.length > 0, 'a trusted-types violation');
    expect(probe.violations.join('\n')).to.contain('trusted-types');
    // The host's Lit loaded first and runs; the widget's copy was refused its policy and did not.
    expect(win.customElements.get('host-banner')).to.be.a('function');
    expect(win.customElements.get('defus-info')).to.equal(undefined);
  });
});

describe('privacy', () => {
  it('sets no cookie, touches no storage and requests nothing but the module and its src', async () => {
    const { win, probe } = await openPage('/test/csp/cards.html');
    await expectThreeCards(win, probe);
    expect(probe.touched).to.deep.equal([]);
    expect(requestedPaths(win)).to.deep.equal(['/test-api/config', '/test-api/dist/defus-info.js', '/test/csp/probe.js']);
    // A request to anywhere else would also have been a connect-src or default-src violation.
    expect(probe.violations).to.deep.equal([]);
  });
});
