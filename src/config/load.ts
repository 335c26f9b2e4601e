import { describeValue, type ConfigIssue } from './validate.js';

/** What reading a source gave: parsed JSON, or why there is none. */
export type LoadResult = { json: unknown } | { issue: ConfigIssue };

/** How long a `src` request may take before the card gives up on it. */
export const FETCH_TIMEOUT_MS = 8000;
/** Largest `src` body the card reads; a config is a few KiB, anything near this is not one. */
export const MAX_CONFIG_BYTES = 256 * 1024;

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

function parseJson(text: string): LoadResult {
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
 * Fetches a config: no cookies or credentials, a hard timeout, JSON only, and a size cap.
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
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit', referrerPolicy: 'no-referrer' });
    if (!response.ok) return failed('an HTTP 200 response', `HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (!/[/+]json\b/i.test(type)) return failed('a JSON response (Content-Type application/json)', describeValue(type));
    const text = await response.text();
    if (text.length > MAX_CONFIG_BYTES) return failed(`at most ${MAX_CONFIG_BYTES} bytes`, `${text.length} characters`);
    return parseJson(text);
  } catch (error) {
    if (signal.aborted) return undefined;
    if (controller.signal.aborted) return failed(`a response within ${timeoutMs} ms`, 'no response in time');
    // fetch rejects with a TypeError for network errors and CORS refusals alike, by design.
    return failed('a reachable URL that allows cross-origin requests', String(error));
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}
