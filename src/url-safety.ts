/** The only schemes a link on the card may use. */
export const SAFE_LINK_PROTOCOLS: readonly string[] = ['https:', 'http:', 'mailto:', 'tel:'];

/**
 * Parses `raw` the way the browser parses an `href` and returns its serialisation only if the
 * scheme is in {@link SAFE_LINK_PROTOCOLS}. Checking the parser's result, and rendering exactly
 * that string, means the scheme we check is the scheme the browser follows: whitespace, control
 * characters and mixed case around `javascript:` are folded before the check, not after it.
 * Relative URLs are refused: a config may be fetched from anywhere, so "relative to what" has no
 * answer a partner could rely on.
 */
export function safeHref(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    return SAFE_LINK_PROTOCOLS.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** True for a checked href that leads to a web page rather than a mail or phone app. */
export function isWebHref(href: string): boolean {
  return href.startsWith('https:') || href.startsWith('http:');
}
