import { expect } from '@open-wc/testing';
import { LINK_HREF_PATTERN, isSafeHref, isWebHref } from '../src/url-safety.js';

describe('isSafeHref', () => {
  const accepted = [
    'https://www.defus.de',
    'http://example.org/a?b=c#d',
    'https://example.org:8443/path',
    'https://xn--mnchen-3ya.example/',
    'mailto:info@example.org',
    'mailto:info@example.org?subject=Hallo%20DEFUS',
    'tel:+49-000-000',
  ];
  for (const href of accepted) {
    it(`accepts ${href}`, () => expect(isSafeHref(href)).to.equal(true));
  }

  const refused = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '  javascript:alert(1)',
    'java\nscript:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001 JAVASCRIPT:alert(1)',
    '&#106;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'https://example.org/\njavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/1',
    'ftp://example.org',
    '//example.org',
    '/relative/path',
    'example.org',
    // Refused although a browser would follow them: the schema and the widget ask for one spelling.
    'HTTPS://example.org',
    ' https://example.org',
    'https://example.org ',
    'tel:+49 000 000',
    'https://user:password@example.org',
    'https://127.0.0.1/',
    'mailto://[',
    '',
  ];
  for (const raw of refused) {
    it(`refuses ${JSON.stringify(raw)}`, () => expect(isSafeHref(raw)).to.equal(false));
  }

  it('accepts only what the browser parses with one of the four schemes', () => {
    for (const href of accepted) {
      expect(['https:', 'http:', 'mailto:', 'tel:']).to.include(new URL(href).protocol);
    }
  });

  it('is anchored at both ends of every alternative', () => {
    // The classic slip is ^a|b$: each alternative then matches inside a longer string.
    for (const href of accepted) {
      for (const disguised of [
        `javascript:alert(1)//${href}`,
        `x${href}`,
        ` ${href}`,
        `${href} `,
        `${href}\njavascript:alert(1)`,
      ]) {
        expect(isSafeHref(disguised), JSON.stringify(disguised)).to.equal(false);
      }
    }
    expect(LINK_HREF_PATTERN.test('javascript:alert(1)//tel:1')).to.equal(false);
  });
});

describe('isWebHref', () => {
  it('tells web links from mail and phone links', () => {
    expect(isWebHref('https://example.org/')).to.equal(true);
    expect(isWebHref('http://example.org/')).to.equal(true);
    expect(isWebHref('mailto:info@example.org')).to.equal(false);
    expect(isWebHref('tel:+49')).to.equal(false);
  });
});
