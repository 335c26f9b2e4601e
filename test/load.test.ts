import { expect, fixture, html } from '@open-wc/testing';
import { MAX_CONFIG_BYTES, fetchConfig, loadConfig, readInlineConfig, type LoadResult } from '../src/config/load.js';
import { requestArrived, seen, seenAfterHangUp, uniqueId } from './helpers.js';

const never = () => new AbortController().signal;

const isIssue = (result: LoadResult | undefined): result is { issue: { path: string; expected: string; found: string } } =>
  result !== undefined && 'issue' in result;
const isJson = (result: LoadResult | undefined): boolean => result !== undefined && 'json' in result;
const REACHABLE = 'a reachable http(s) URL that allows cross-origin requests';

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
    ['/test-api/huge', `a body of at most ${MAX_CONFIG_BYTES} bytes`, /^Content-Length \d+$/],
    ['/test-api/endless', `a body of at most ${MAX_CONFIG_BYTES} bytes`, /^more than that \(\d+ bytes so far\)$/],
    ['http://127.0.0.1:9/unreachable.json', REACHABLE, /TypeError/],
    ['/test-api/redirect?to=data:application/json,%7B%7D', REACHABLE, /TypeError/],
    ['/test-api/redirect?to=javascript:alert(1)', REACHABLE, /TypeError/],
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

describe('fetchConfig against real servers', () => {
  it('stops reading an endless body at the size cap and hangs up', async () => {
    const id = uniqueId();
    const result = await fetchConfig(`/test-api/endless?id=${id}`, never());
    expect(isIssue(result) && result.issue.found).to.match(/so far/);
    expect(await seenAfterHangUp(id)).to.include({ requests: 1, abandoned: 1 });
  });

  it('follows a redirect within http(s)', async () => {
    expect(isJson(await fetchConfig('/test-api/redirect?to=/test-api/config', never()))).to.equal(true);
  });

  it('is refused by another origin without CORS, and served by one that allows it', async () => {
    const { origin } = (await (await fetch('/test-api/cross-origin')).json()) as { origin: string };
    expect(origin).to.not.equal(location.origin);
    const refused = await fetchConfig(`${origin}/config.json`, never());
    expect(isIssue(refused) && refused.issue.expected).to.equal(REACHABLE);
    expect(isJson(await fetchConfig(`${origin}/config.json?cors`, never()))).to.equal(true);
  });

  it('sends no cookie and no referrer, even to its own origin', async () => {
    document.cookie = 'defus-info-test=1; path=/; SameSite=Strict';
    try {
      const control = uniqueId();
      await fetch(`/test-api/config?id=${control}`);
      expect(await seen(control), 'a plain fetch sends the cookie and a referrer').to.include({ cookies: 1, referrers: 1 });
      const id = uniqueId();
      expect(isJson(await fetchConfig(`/test-api/config?id=${id}`, never()))).to.equal(true);
      expect(await seen(id)).to.include({ requests: 1, cookies: 0, referrers: 0 });
    } finally {
      document.cookie = 'defus-info-test=; path=/; max-age=0';
    }
  });
});

describe('loadConfig', () => {
  it('makes one request per URL however many cards ask, and keeps a good answer', async () => {
    const id = uniqueId();
    const url = `/test-api/config?id=${id}&delay=100`;
    const results = await Promise.all(Array.from({ length: 8 }, () => loadConfig(url, never())));
    expect(results.every(isJson)).to.equal(true);
    expect(isJson(await loadConfig(new URL(url, location.href).href, never()))).to.equal(true);
    expect((await seen(id)).requests).to.equal(1);
  });

  it('forgets a failure, so the next card asks again', async () => {
    const id = uniqueId();
    expect(isIssue(await loadConfig(`/test-api/status/503?id=${id}`, never()))).to.equal(true);
    expect(isIssue(await loadConfig(`/test-api/status/503?id=${id}`, never()))).to.equal(true);
    expect((await seen(id)).requests).to.equal(2);
  });

  it('lets one card stop waiting without cancelling the request for the others', async () => {
    const id = uniqueId();
    const url = `/test-api/config?id=${id}&delay=300`;
    const leaving = new AbortController();
    const left = loadConfig(url, leaving.signal);
    const staying = loadConfig(url, never());
    leaving.abort();
    expect(await left).to.equal(undefined);
    expect(isJson(await staying)).to.equal(true);
    expect(await seen(id)).to.include({ requests: 1, abandoned: 0 });
  });

  it('aborts the request when the last card stops waiting', async () => {
    const id = uniqueId();
    const url = `/test-api/config?id=${id}&delay=2000`;
    const controllers = [new AbortController(), new AbortController()];
    const pending = controllers.map((controller) => loadConfig(url, controller.signal));
    await requestArrived(id);
    for (const controller of controllers) controller.abort();
    expect(await Promise.all(pending)).to.deep.equal([undefined, undefined]);
    expect(await seenAfterHangUp(id)).to.include({ requests: 1, abandoned: 1 });
  });

  it('names an unparsable URL, and refuses one that is not http(s)', async () => {
    const result = await loadConfig('http://[', never());
    expect(isIssue(result) && result.issue).to.deep.equal({
      path: '',
      expected: 'a valid http(s) URL',
      found: 'the string "http://["',
    });
    const data = await loadConfig('data:application/json,{}', never());
    expect(isIssue(data) && data.issue.expected).to.equal('a valid http(s) URL');
  });
});
