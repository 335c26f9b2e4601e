// Tests the shipped file itself, loaded the way a partner's page loads it: nothing from src/.
import { expect, fixture, html } from '@open-wc/testing';
import builtinSource from '../src/config/defus.config.json';
import schema from '../src/config/defus-info.schema.json';
import { BUILT_MODULE_URL as MODULE_URL } from './helpers.js';

interface BlankPageReport {
  added: string[];
  prototypesChanged: boolean;
  defined: boolean;
}

/**
 * Loads the module into a fresh page (this one already holds the test tools' own Lit) and
 * reports which globals it added and whether any built-in prototype changed.
 */
async function loadInBlankPage(): Promise<BlankPageReport> {
  const frame = document.createElement('iframe');
  const report = new Promise<MessageEvent<BlankPageReport>>((resolve) => {
    const onMessage = (event: MessageEvent<BlankPageReport>) => {
      if (event.source !== frame.contentWindow) return;
      window.removeEventListener('message', onMessage);
      resolve(event);
    };
    window.addEventListener('message', onMessage);
  });
  frame.srcdoc = `<!doctype html><script type="module">
    const keys = (target) => Reflect.ownKeys(target).map(String).sort().join();
    const prototypes = () => [Object.prototype, Array.prototype, Function.prototype, EventTarget.prototype, Node.prototype, Element.prototype, HTMLElement.prototype].map(keys).join('|');
    const before = Object.getOwnPropertyNames(window);
    const prototypesBefore = prototypes();
    await import('${new URL(MODULE_URL, location.href).href}');
    parent.postMessage({
      added: Object.getOwnPropertyNames(window).filter((key) => !before.includes(key)),
      prototypesChanged: prototypes() !== prototypesBefore,
      defined: Boolean(customElements.get('defus-info')),
    }, '*');
  </script>`;
  document.body.append(frame);
  try {
    return (await report).data;
  } finally {
    frame.remove();
  }
}

describe('dist/defus-info.js', () => {
  before(async () => {
    await import(MODULE_URL);
  });

  it('is one self-contained ES module: no imports of any kind', async () => {
    const code = await (await fetch(MODULE_URL)).text();
    expect(code).not.to.match(/\bimport\s*[\s{*"'`(]/);
    expect(code).not.to.match(/\bfrom\s*["'`]/);
    expect(code).to.match(/customElements\.define\(/);
  });

  it('ships whitespace-minified code', async () => {
    const code = await (await fetch(MODULE_URL)).text();
    expect(code.split('\n').length).to.be.below(5);
    expect(code).not.to.match(/\n {2,}/);
  });

  it('defines <defus-info> and renders the DEFUS card', async () => {
    expect(customElements.get('defus-info')).to.be.a('function');
    const el = await fixture(html`<defus-info lang="en"></defus-info>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const link = el.shadowRoot?.querySelector('a[part="contact-link"]') as HTMLAnchorElement;
    expect(link.href).to.equal('https://www.defus.de/');
    expect(el.shadowRoot?.textContent).to.contain('German-European Forum for Urban Security');
    await expect(el).to.be.accessible();
  });

  it('adds only Lit’s own registries to the page’s globals, and changes no built-in prototype', async () => {
    // Lit's version lists (read by its dev mode and by tools that detect Lit) and the property
    // metadata map of its decorators: shared by every copy of Lit on a page, as Lit intends.
    const litGlobals = ['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];
    const report = await loadInBlankPage();
    expect({ ...report, added: report.added.sort() }).to.deep.equal({
      added: litGlobals,
      prototypesChanged: false,
      defined: true,
    });
  });

  it('ships the built-in config beside it, pointing at the schema it ships too', async () => {
    const config = await fetch('/test-api/dist/defus.config.json');
    expect(config.ok).to.equal(true);
    expect(await config.json()).to.deep.equal({ $schema: './defus-info.schema.json', ...builtinSource });
    const published = await fetch('/test-api/dist/defus-info.schema.json');
    expect(published.headers.get('content-type')).to.contain('application/json');
    expect(await published.json()).to.deep.equal(schema);
  });
});
