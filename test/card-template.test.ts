import { expect } from '@open-wc/testing';
import { render } from 'lit/html.js';
import { cardTemplate, type CardOptions } from '../src/card-template.js';
import { validateConfig } from '../src/config/validate.js';
import type { ForumConfig } from '../src/config/types.js';
import { localize } from '../src/locale.js';
import { exampleConfig } from './helpers.js';

const FULL: CardOptions = { compact: false, theme: 'light', headingLevel: 2 };

function draw(overrides: Record<string, unknown>, options: Partial<CardOptions> = {}, lang = 'en'): HTMLElement {
  const config = validateConfig(exampleConfig(overrides)).config as ForumConfig;
  const host = document.createElement('div');
  render(cardTemplate(localize(config, lang), { ...FULL, ...options }), host);
  return host;
}

describe('cardTemplate', () => {
  it('draws the heading at the requested level, labelling the article', () => {
    const host = draw({}, { headingLevel: 4 });
    const heading = host.querySelector('#heading') as HTMLElement;
    expect(heading.localName).to.equal('h4');
    expect(host.querySelector('article')?.getAttribute('aria-labelledby')).to.equal('heading');
  });

  it('writes a lang attribute only on a text that fell back to another language', () => {
    const host = draw({ summary: { en: 'English summary', fr: 'Résumé' }, name: { en: 'Only English' } }, {}, 'fr');
    expect(host.querySelector('article')?.lang).to.equal('fr');
    expect(host.querySelector('[part="summary"]')?.innerHTML).to.not.contain('lang=');
    expect(host.querySelector('#heading [lang="en"]')?.textContent).to.equal('Only English');
  });

  it('writes the card’s direction, and lang and dir on a text that fell back into another direction', () => {
    const rtl = draw(
      { defaultLang: 'he', name: { he: 'פורום לדוגמה' }, summary: { he: 'פורום בדיוני.' }, description: { en: 'English only.' } },
      {},
      'he-IL',
    );
    const article = rtl.querySelector('article') as HTMLElement;
    expect([article.lang, article.dir]).to.deep.equal(['he', 'rtl']);
    const english = rtl.querySelector('[part="description"] span') as HTMLElement;
    expect([english.lang, english.dir, english.textContent]).to.deep.equal(['en', 'ltr', 'English only.']);
    const ltr = draw({}, {}, 'en').querySelector('article') as HTMLElement;
    expect(ltr.dir).to.equal('ltr');
  });

  it('draws every list item and fact, texts as text', () => {
    const items = ['one', '<b>two</b>', { fr: 'trois' }, 'four', 'five'];
    const facts = [
      { label: 'a', value: 'b' },
      { label: '<i>c</i>', value: { fr: 'd' } },
    ];
    const host = draw({ services: { intro: 'We offer:', items }, facts });
    const listed = [...host.querySelectorAll('[part="services"] > li')];
    expect(listed.map((li) => li.textContent)).to.deep.equal(['one', '<b>two</b>', 'trois', 'four', 'five']);
    expect(host.querySelector('[part="services"] b')).to.equal(null);
    expect(listed[2]?.querySelector('span')?.lang).to.equal('fr');
    const pairs = [...host.querySelectorAll('[part="facts"] > div')].map((div) =>
      [...div.children].map((child) => `${child.localName}:${child.textContent}`),
    );
    expect(pairs).to.deep.equal([
      ['dt:a', 'dd:b'],
      ['dt:<i>c</i>', 'dd:d'],
    ]);
  });

  it('leaves description, services and facts out of the compact card, links in', () => {
    const config = {
      description: 'More.',
      services: { intro: 'We offer:', items: ['one'] },
      facts: [{ label: 'a', value: 'b' }],
      links: [
        { href: 'https://example.org', label: 'Site' },
        { href: 'mailto:info@example.org', label: 'Mail', newWindow: true },
      ],
    };
    expect(draw(config).querySelectorAll('[part="description"], [part="services"], [part="facts"]')).to.have.length(3);
    const compact = draw(config, { compact: true });
    expect(compact.querySelectorAll('[part="description"], [part="services"], [part="facts"]')).to.have.length(0);
    expect([...compact.querySelectorAll('a')].map((link) => link.getAttribute('part'))).to.deep.equal(['contact-link', 'link']);
    const mail = compact.querySelector('[part="link"]') as HTMLAnchorElement;
    expect([mail.target, mail.rel]).to.deep.equal(['_blank', '']);
    expect(mail.textContent).to.equal('Mail (opens in a new window) ↗');
  });
});
