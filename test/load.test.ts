import { expect, fixture, html } from '@open-wc/testing';
import { MAX_CONFIG_BYTES, fetchConfig, readInlineConfig } from '../src/config/load.js';

const never = () => new AbortController().signal;

describe('readInlineConfig', () => {
  it('parses a JSON script child', async () => {
    const el = await fixture(html`<div><script type="application/json">{"a": 1}</script></div>`);
    expect(readInlineConfig(el)).to.deep.equal({ json: { a: 1 } });
  });
  it('returns undefined without one, and ignores nested or other scripts', async () => {
    const el = await fixture(html`<div><p><script type="application/json">{"a":1}</script></p><template></template></div>`);
    expect(readInlineConfig(el)).to.equal(undefined);
  });
  it('reports malformed JSON as an issue for the whole document', async () => {
    const el = await fixture(html`<div><script type="application/json">{"a": </script></div>`);
    const result = readInlineConfig(el);
    expect(result && 'issue' in result && result.issue.expected).to.equal('valid JSON');
    expect(result && 'issue' in result && result.issue.found).to.match(/^a syntax error/);
  });
});

describe('fetchConfig', () => {
  it('returns the parsed JSON of a good response', async () => {
    const result = await fetchConfig('/test-api/config', never());
    expect(result && 'json' in result && (result.json as { defaultLang: string }).defaultLang).to.equal('en');
  });

  const failures: [string, string, RegExp][] = [
    ['/test-api/status/404', 'an HTTP 200 response', /HTTP 404/],
    ['/test-api/status/500', 'an HTTP 200 response', /HTTP 500/],
    ['/test-api/as-text', 'a JSON response (Content-Type application/json)', /text\/html/],
    ['/test-api/echo?body=%7Bnot%20json', 'valid JSON', /syntax error/],
    ['/test-api/huge', `at most ${MAX_CONFIG_BYTES} bytes`, /\d+ (bytes|characters)/],
    ['http://127.0.0.1:9/unreachable.json', 'a reachable URL that allows cross-origin requests', /TypeError/],
  ];
  for (const [url, expected, found] of failures) {
    it(`turns ${url} into an issue: ${expected}`, async () => {
      const result = await fetchConfig(url, never());
      expect(result && 'issue' in result).to.equal(true);
      if (result && 'issue' in result) {
        expect(result.issue.expected).to.equal(expected);
        expect(result.issue.found).to.match(found);
      }
    });
  }

  it('gives up after its timeout', async () => {
    const result = await fetchConfig('/test-api/config?delay=2000', never(), 100);
    expect(result && 'issue' in result && result.issue.found).to.equal('no response in time');
  });

  it('resolves undefined, not an issue, when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = fetchConfig('/test-api/config?delay=2000', controller.signal);
    controller.abort();
    expect(await pending).to.equal(undefined);
  });
});
