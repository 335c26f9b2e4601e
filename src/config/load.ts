import { describeThrown, describeValue, validateConfig, type ConfigIssue, type ValidationResult } from './validate.js';

/** What reading a source gave: parsed JSON, or why there is none. */
export type LoadResult = { json: unknown } | { issue: ConfigIssue };

/** How long a `src` request may take before the card gives up on it. */
export const FETCH_TIMEOUT_MS = 8000;
/** Largest `src` body the card reads; a config is a few KiB, anything near this is not one. */
export const MAX_CONFIG_BYTES = 256 * 1024;

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

/** What a source gave, validated: a read failure is the one issue, else validation's verdict. */
export function validateLoaded(result: LoadResult): ValidationResult {
  if ('issue' in result) return { config: undefined, issues: [result.issue] };
  try {
    return validateConfig(result.json);
  } catch (error) {
    // Only a value set from script can get here, e.g. a Proxy or an object whose getter throws.
    return {
      config: undefined,
      issues: [{ path: '', expected: 'a plain JSON-like object', found: `one that threw when read (${describeThrown(error)})` }],
    };
  }
}

/** Parses a config's text; a syntax error becomes an issue, as every other failure does. */
export function parseJson(text: string): LoadResult {
  try {
    return { json: JSON.parse(text) };
  } catch (error) {
    return { issue: { path: '', expected: 'valid JSON', found: `a syntax error (${(error as Error).message})` } };
  }
}

/**
 * Reads the config a partner wrote into the element as `<script type="application/json">`.
 * `undefined` when there is none. A JSON script never runs, so this is safe under any CSP.
 */
export function readInlineConfig(host: Element): LoadResult | undefined {
  const script = host.querySelector(INLINE_SELECTOR);
  return script ? parseJson(script.textContent ?? '') : undefined;
}

/**
 * Fetches a config: no cookies or credentials, no referrer, a hard timeout, JSON only, and a size
 * cap checked while the body streams in, so an endless or huge response is cut off, not buffered.
 * Resolves `undefined` when `signal` aborts, since then nobody wants the answer any more.
 * Never rejects: every failure becomes an issue naming what was expected.
 */
export async function fetchConfig(
  url: string,
  signal: AbortSignal,
  timeoutMs: number = FETCH_TIMEOUT_MS,
): Promise<LoadResult | undefined> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort);
  const timer = setTimeout(abort, timeoutMs);
  const failed = (expected: string, found: string): LoadResult => ({ issue: { path: '', expected, found } });
  const tooBig = `a body of at most ${MAX_CONFIG_BYTES} bytes`;
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit', referrerPolicy: 'no-referrer' });
    if (!response.ok) return failed('an HTTP 200 response', `HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (!/[/+]json\b/i.test(type)) return failed('a JSON response (Content-Type application/json)', describeValue(type));
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_CONFIG_BYTES) return failed(tooBig, `Content-Length ${declared}`);
    let text = '';
    if (response.body) {
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      for (let size = 0; ;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > MAX_CONFIG_BYTES) {
          void reader.cancel();
          return failed(tooBig, `more than that (${size} bytes so far)`);
        }
        text += decoder.decode(value, { stream: true });
      }
      text += decoder.decode();
    }
    return parseJson(text);
  } catch (error) {
    if (signal.aborted) return undefined;
    if (controller.signal.aborted) return failed(`a response within ${timeoutMs} ms`, 'no response in time');
    // fetch rejects with a TypeError for network errors, CORS refusals and redirects to other
    // schemes alike, and by design does not tell a page which one it was.
    return failed('a reachable http(s) URL that allows cross-origin requests', describeThrown(error));
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
    // Hang up on every early return too (error status, wrong type, size declared too big), so
    // no unread body keeps the connection open. After a complete read this does nothing.
    controller.abort();
  }
}

interface SharedRequest {
  controller: AbortController;
  /** Cards still waiting for the answer; when the last one leaves, the request is aborted. */
  waiting: number;
  settled: boolean;
  result: Promise<LoadResult | undefined>;
}

/** Requests by absolute URL, in flight or answered well, shared by every card on the page. */
const requests = new Map<string, SharedRequest>();

/**
 * Loads `src` for one card, making one request per URL however many cards ask for it. A good
 * answer is kept for the page's lifetime, like a module; a failure may be passing, so it is
 * forgotten and the next card asks again. A card that aborts stops waiting at once; the request
 * itself is aborted only when no card waits for it any more.
 */
export function loadConfig(src: string, signal: AbortSignal, timeoutMs?: number): Promise<LoadResult | undefined> {
  let url: string;
  try {
    const parsed = new URL(src, document.baseURI);
    // fetch would read data: and blob: URLs too; a config comes from a server.
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new TypeError(parsed.protocol);
    url = parsed.href;
  } catch {
    return Promise.resolve({ issue: { path: '', expected: 'a valid http(s) URL', found: describeValue(src) } });
  }
  let request = requests.get(url);
  if (!request) {
    const controller = new AbortController();
    const created: SharedRequest = {
      controller,
      waiting: 0,
      settled: false,
      result: fetchConfig(url, controller.signal, timeoutMs),
    };
    void created.result.then((result) => {
      created.settled = true;
      if ((!result || 'issue' in result) && requests.get(url) === created) requests.delete(url);
    });
    requests.set(url, created);
    request = created;
  }
  const shared = request;
  shared.waiting += 1;
  return new Promise((resolve) => {
    const leave = () => {
      shared.waiting -= 1;
      if (shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (requests.get(url) === shared) requests.delete(url);
      }
      resolve(undefined);
    };
    if (signal.aborted) return leave();
    signal.addEventListener('abort', leave, { once: true });
    void shared.result.then((result) => {
      if (signal.aborted) return;
      signal.removeEventListener('abort', leave);
      shared.waiting -= 1;
      resolve(result);
    });
  });
}
