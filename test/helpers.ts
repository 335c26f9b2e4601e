import type { DefusInfo } from '../src/defus-info.js';
import type { Prerendered, PrerenderOptions } from '../src/ssr.js';

/**
 * The built module, served byte for byte from dist/ by test/server/test-api.js, past the dev
 * server's transforms. A string variable, so that neither TypeScript nor the dev server resolves it.
 */
export const BUILT_MODULE_URL: string = '/test-api/dist/defus-info.js';

/** Records `console.warn` calls until `restore()`; the messages are what a developer sees. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/**
 * Runs `test` with console.warn recorded (the messages a developer would see), restores it however
 * the test ends, and returns the messages.
 */
export async function withWarnings(test: (messages: string[]) => Promise<void>): Promise<string[]> {
  const warnings = captureWarnings();
  try {
    await test(warnings.messages);
  } finally {
    warnings.restore();
  }
  return warnings.messages;
}

/** The card's text as a reader gets it: shadow-DOM text with whitespace folded. */
export function cardText(element: DefusInfo): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function shadowQuery<T extends Element = HTMLElement>(element: DefusInfo, selector: string): T {
  const found = element.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the card`);
  return found;
}

export function shadowQueryAll<T extends Element = HTMLElement>(element: DefusInfo, selector: string): T[] {
  return [...(element.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** Elements whose box reaches past the card's content edge, or that scroll sideways. */
export function overflowing(el: DefusInfo): string[] {
  const card = shadowQuery(el, 'article');
  const edge = card.getBoundingClientRect().right - parseFloat(getComputedStyle(card).paddingRight) + 0.5;
  return [...card.querySelectorAll('*')]
    .filter((node) => node.getClientRects().length && !node.closest('.visually-hidden'))
    .filter(
      (node) =>
        node.getBoundingClientRect().right > edge ||
        // Inline boxes have no client width; some engines still report a scroll width for them.
        (getComputedStyle(node).display !== 'inline' && node.scrollWidth > node.clientWidth + 1),
    )
    .map((node) => `${node.localName}.${node.className} "${node.textContent?.slice(0, 30)}"`);
}

/** Resolves with the next event of that name the element fires. */
export function nextEvent<T>(element: EventTarget, name: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) => element.addEventListener(name, (event) => resolve(event as CustomEvent<T>), { once: true }));
}

/**
 * Waits until `check` is true, polling each animation frame; fails after `ms`, naming `what`. The
 * default is long on purpose: it catches a wait that never ends, not a slow machine.
 */
export async function waitFor(check: () => boolean, what: string, ms = 60_000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** A minimal valid config of a fictional forum, for tests that build configs. */
export function exampleConfig(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    defaultLang: 'en',
    name: 'Example Forum for Urban Security',
    summary: { en: 'A fictional forum for tests.', fr: 'Un forum fictif pour les tests.' },
    links: [{ href: 'https://example.org', label: 'Example Forum website' }],
    ...overrides,
  };
}

/** A tag no other test uses, so the server's record of it is this test's alone. */
export const uniqueId = () => `t${Math.random().toString(36).slice(2)}`;

export interface Seen {
  requests: number;
  abandoned: number;
  cookies: number;
  referrers: number;
}
export async function seen(id: string): Promise<Seen> {
  return (await fetch(`/test-api/seen?id=${id}`)).json() as Promise<Seen>;
}

/** Resolves once the server has received the request with this id: only then can a test abort it mid-answer. */
export async function requestArrived(id: string): Promise<void> {
  const end = performance.now() + 60_000;
  while ((await seen(id)).requests === 0) {
    if (performance.now() > end) throw new Error(`timed out waiting for the request ${id} at the server`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The server's record once a hang-up has had time to reach it (the close event comes a little later). */
export async function seenAfterHangUp(id: string): Promise<Seen> {
  for (let tries = 0; tries < 20; tries += 1) {
    const record = await seen(id);
    if (record.abandoned) return record;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return seen(id);
}

/** The built server renderer's output (dist/ssr.js, run by the test server) for these inputs. */
export async function prerendered(options: PrerenderOptions): Promise<Prerendered & { styleHash: string }> {
  const response = await fetch('/test-api/prerender', { method: 'POST', body: JSON.stringify(options) });
  return response.json() as Promise<Prerendered & { styleHash: string }>;
}
