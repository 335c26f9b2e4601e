import { expect } from '@open-wc/testing';
import { isWebHref, safeHref } from '../src/url-safety.js';

describe('safeHref', () => {
  it('accepts https, http, mailto and tel URLs and returns their serialisation', () => {
    expect(safeHref('https://www.defus.de')).to.equal('https://www.defus.de/');
    expect(safeHref('http://example.org/a?b=c')).to.equal('http://example.org/a?b=c');
    expect(safeHref('mailto:info@example.org')).to.equal('mailto:info@example.org');
    expect(safeHref('tel:+49-000-000')).to.equal('tel:+49-000-000');
  });

  it('folds case and surrounding whitespace before checking the scheme', () => {
    expect(safeHref('  HTTPS://example.org  ')).to.equal('https://example.org/');
    expect(safeHref('\tMailTo:info@example.org\n')).to.equal('mailto:info@example.org');
  });

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
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/1',
    'ftp://example.org',
    '//example.org',
    '/relative/path',
    'example.org',
    '',
  ];
  for (const raw of refused) {
    it(`refuses ${JSON.stringify(raw)}`, () => {
      expect(safeHref(raw)).to.equal(undefined);
    });
  }
});

describe('isWebHref', () => {
  it('tells web links from mail and phone links', () => {
    expect(isWebHref('https://example.org/')).to.equal(true);
    expect(isWebHref('http://example.org/')).to.equal(true);
    expect(isWebHref('mailto:info@example.org')).to.equal(false);
    expect(isWebHref('tel:+49')).to.equal(false);
  });
});
