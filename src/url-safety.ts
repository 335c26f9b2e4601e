/**
 * What a link on the card may be: an absolute `https:`/`http:` URL with a host name, or a
 * `mailto:`/`tel:` URL, written in lower case, with no whitespace and no control character
 * anywhere. The published JSON Schema uses this very pattern (a test compares them), so an
 * editor and the widget accept the same hrefs.
 *
 * Matching the whole string is what makes this safe: the browser's URL parser strips or skips
 * only whitespace and control characters before and inside a scheme, so once none are present
 * the scheme the pattern sees at position 0 is the scheme the browser follows. Case folding,
 * `java\tscript:`, `\u0000javascript:` and `&#106;avascript:` (config text is never decoded as
 * HTML) therefore all fail here. Relative URLs fail too: a config may be fetched from anywhere,
 * so "relative to what" has no answer a partner could rely on.
 */
export const LINK_HREF_PATTERN =
  // eslint-disable-next-line no-control-regex -- the pattern exists to refuse control characters.
  /^(?:https?:\/\/(?:[A-Za-z0-9-]+\.)*[A-Za-z][A-Za-z0-9-]*\.?(?::[0-9]{1,5})?(?:[/?#][^\s\x00-\x1f\x7f]*)?|(?:mailto|tel):[^\s\x00-\x1f\x7f/][^\s\x00-\x1f\x7f]*)$/u;

/** True for an href the card may render; see {@link LINK_HREF_PATTERN}. */
export function isSafeHref(href: string): boolean {
  return LINK_HREF_PATTERN.test(href);
}

/** True for a checked href that leads to a web page rather than a mail or phone app. */
export function isWebHref(href: string): boolean {
  return href.startsWith('http');
}
