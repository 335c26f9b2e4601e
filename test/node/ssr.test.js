// dist/ssr.js called from Node as a static-site generator calls it: values as its data gives them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prerender } from '../../dist/ssr.js';

const startTag = (html) => /^<defus-info[^>]*>/.exec(html)[0];

describe('prerender()', () => {
  it('reads heading-level "3" as the element reads the attribute: an <h3>, written on the host', () => {
    const { html, warnings } = prerender({ headingLevel: '3' });
    assert.deepEqual(warnings, []);
    assert.match(html, /<h3 id="heading"/);
    assert.equal(startTag(html), '<defus-info lang="de" heading-level="3">');
  });

  it('renders the default for an invalid attribute and leaves it off the host, with the element’s warning', () => {
    const { html, warnings } = prerender({ variant: 'wide', theme: null, headingLevel: 9 });
    assert.equal(startTag(html), '<defus-info lang="de">');
    assert.match(html, /class="card full light"/);
    assert.match(html, /<h2 id="heading"/);
    assert.deepEqual(warnings, [
      '<defus-info> attribute variant: expected one of card, compact, found the string "wide"; using the default.',
      '<defus-info> attribute heading-level: expected one of 1, 2, 3, 4, 5, 6, found number 9; using the default.',
    ]);
  });

  it('writes the given lang even where the config lacks it, as the element then falls back too', () => {
    const { html, lang } = prerender({
      lang: 'fr',
      config: {
        defaultLang: 'en',
        name: 'Example Forum for Urban Security',
        summary: { en: 'Fictional.' },
        links: [{ href: 'https://example.org', label: 'Example' }],
      },
    });
    assert.equal(lang, 'en');
    assert.equal(startTag(html), '<defus-info lang="fr">');
  });

  it('leaves the host without lang when asked to follow the page, drawn in the given or the default language', () => {
    const drawn = prerender({ followPageLanguage: true });
    assert.equal(drawn.lang, 'de');
    assert.equal(startTag(drawn.html), '<defus-info>');
    assert.match(drawn.html, /<article[^>]* lang="de" dir="ltr"/);
    const english = prerender({ lang: 'en', followPageLanguage: true, variant: 'compact' });
    assert.equal(startTag(english.html), '<defus-info variant="compact">');
    assert.match(english.html, /<article[^>]* lang="en" dir="ltr"/);
  });

  it('takes any language tag: the built-in card in the network’s languages, regional forms included', () => {
    const cases = [
      ['it', 'it', 'Forum tedesco-europeo per la sicurezza urbana'],
      ['es-419', 'es', 'Foro Germano-Europeo para la Seguridad Urbana'],
      ['pt-BR', 'pt', 'Fórum Germano-Europeu para a Segurança Urbana'],
      ['nl-BE', 'nl', 'Duits-Europees Forum voor Stedelijke Veiligheid'],
      ['ja', 'de', 'Deutsch-Europäisches Forum für Urbane Sicherheit e. V.'],
    ];
    for (const [given, lang, name] of cases) {
      const card = prerender({ lang: given });
      assert.equal(card.lang, lang, given);
      assert.equal(startTag(card.html), `<defus-info lang="${given}">`);
      assert.match(card.html, new RegExp(`<article[^>]* lang="${lang}" dir="ltr"`));
      assert.ok(card.html.includes(name), given);
    }
  });

  it('renders a right-to-left config right to left, with English words marked as English', () => {
    const { html, lang, warnings } = prerender({
      lang: 'ar',
      config: {
        defaultLang: 'ar',
        name: { ar: 'منتدى المثال للأمن الحضري' },
        summary: { ar: 'منتدى وطني خيالي.' },
        office: { city: { ar: 'مدينة المثال' } },
        links: [{ href: 'https://example.org', label: { ar: 'موقع المنتدى' } }],
      },
    });
    assert.deepEqual(warnings, []);
    assert.equal(lang, 'ar');
    assert.match(html, /<article[^>]* lang="ar" dir="rtl"/);
    assert.match(html, /<span lang="en" dir="ltr">Office<\/span>/);
  });
});
