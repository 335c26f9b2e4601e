// The widget inside a real React 19 app and a real Vue 3 app, built by test/frameworks/build.js as a
// consumer builds them: `import 'defus-info'` resolved to the built dist/defus-info.js, React and Vue
// in their production builds. Each test drives the app through its own buttons and reads what the
// app itself received through its event props (its visible event log).
import { expect, fixture, html, waitUntil as waitUntilWithin } from '@open-wc/testing';
import type { DefusInfo } from '../src/defus-info.js';
import exampleForum from './fixtures/example-forum.config.json';
import { cardText, shadowQuery, withWarnings } from './helpers.js';

/** open-wc's waitUntil gives up after 1 s; on a busy machine an app can take longer, and that is no failure. */
const waitUntil = (predicate: () => boolean, message: string) => waitUntilWithin(predicate, message, { timeout: 60_000 });

type Mount = (container: HTMLElement) => () => void;

const APPS = [
  { name: 'React 19', url: new URL('./frameworks/dist/react-app.js', import.meta.url).href },
  { name: 'Vue 3', url: new URL('./frameworks/dist/vue-app.js', import.meta.url).href },
];

const DEFUS_DE = 'Deutsch-Europäisches Forum für Urbane Sicherheit e. V.';
const DEFUS_EN = 'German-European Forum for Urban Security';
const DEFUS_FR = 'Forum germano-européen pour la sécurité urbaine';
const EXAMPLE_EN = 'Example Forum for Urban Security';
const EXAMPLE_FR = 'Forum exemple pour la sécurité urbaine';

const BUILTIN_DE = 'defus-info-load source=builtin lang=de';

for (const app of APPS) {
  describe(`<defus-info> in a ${app.name} app`, () => {
    let mount: Mount;
    let container: HTMLElement;
    let unmount: (() => void) | undefined;

    before(async () => {
      try {
        ({ mount } = (await import(app.url)) as { mount: Mount });
      } catch (error) {
        throw new Error(`cannot load ${app.url}; build it with \`node test/frameworks/build.js\``, { cause: error });
      }
    });

    beforeEach(async () => {
      container = await fixture<HTMLElement>(html`<div></div>`);
      unmount = mount(container);
      // The first render's defus-info-load, as the app logged it.
      await waitUntil(() => log().length > 0, 'the app logged no event');
    });

    afterEach(() => {
      unmount?.();
      unmount = undefined;
    });

    function card(): DefusInfo {
      const found = container.querySelector('defus-info');
      if (!found) throw new Error('no <defus-info> in the app');
      return found;
    }

    const heading = () => shadowQuery(card(), 'h2').textContent ?? '';

    /** The app's event log, as it shows it. */
    const log = () => [...container.querySelectorAll('ol > li')].map((item) => item.textContent?.trim());

    function click(label: string): void {
      const button = [...container.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === label);
      if (!button) throw new Error(`no "${label}" button in the app`);
      button.click();
    }

    it('renders the built-in DEFUS card in German and logs its defus-info-load', () => {
      expect(customElements.get('defus-info')).to.equal(card().constructor);
      expect(heading()).to.contain(DEFUS_DE);
      expect(cardText(card())).to.contain('Hannover');
      expect(card().getAttribute('lang')).to.equal('de');
      expect(shadowQuery(card(), 'article').lang).to.equal('de');
      expect(log()).to.deep.equal([BUILTIN_DE]);
    });

    it('switches the language with its buttons; a language change alone fires no defus-info-load', async () => {
      const fired: string[] = [];
      const note = (event: Event) => fired.push(event.type);
      card().addEventListener('defus-info-load', note);
      card().addEventListener('defus-info-error', note);

      click('English');
      await waitUntil(() => heading().includes(DEFUS_EN), 'no English card');
      expect(card().getAttribute('lang')).to.equal('en');
      expect(card().lang).to.equal('en');
      expect(cardText(card())).to.contain('around 250 member cities from 16 countries');

      click('Français');
      await waitUntil(() => heading().includes(DEFUS_FR), 'no French card');
      expect(card().getAttribute('lang')).to.equal('fr');
      expect(shadowQuery(card(), 'article').lang).to.equal('fr');
      await card().updateComplete;
      // The shown config did not change, so the element announced nothing.
      expect(fired).to.deep.equal([]);

      // A config change does fire it, in the current language; that the app's log then holds
      // exactly two entries shows that no event of the language changes reached it either.
      click('Show example forum');
      await waitUntil(() => log().length === 2, 'the example forum was not logged');
      expect(heading()).to.contain(EXAMPLE_FR);
      expect(log()).to.deep.equal([BUILTIN_DE, 'defus-info-load source=property lang=fr']);

      // With a config set, a language change re-renders the same config: still no event (an app
      // that handed the element a new object on each render would make it announce one here).
      click('English');
      await waitUntil(() => heading().includes(EXAMPLE_EN), 'no English example card');
      await card().updateComplete;
      expect(fired).to.deep.equal(['defus-info-load']);
      click('Show built-in DEFUS card');
      await waitUntil(() => log().length === 3, 'the built-in card was not logged');
      expect(log()[2]).to.equal('defus-info-load source=builtin lang=en');
    });

    it('sets config as a property from its "Show example forum" button', async () => {
      click('Show example forum');
      await waitUntil(() => log().length === 2, 'the example forum was not logged');
      expect(card().config).to.be.an('object').that.deep.equals(exampleForum);
      expect(card().hasAttribute('config')).to.equal(false);
      // The page is German, the example forum has no German: its defaultLang, English.
      expect(heading()).to.contain(EXAMPLE_EN);
      expect(shadowQuery(card(), '[part="short-name"]').textContent).to.equal('EFUS-X');
      expect(cardText(card())).not.to.contain('Hannover');
      expect(log()[1]).to.equal('defus-info-load source=property lang=en');

      // Back to undefined: the property no longer counts, the built-in card shows again.
      click('Show built-in DEFUS card');
      await waitUntil(() => log().length === 3, 'the built-in card was not logged');
      expect(card().config).to.equal(undefined);
      expect(heading()).to.contain(DEFUS_DE);
      expect(log()[2]).to.equal(BUILTIN_DE);
    });

    it('hands a broken config to its defus-info-error handler and never shows DEFUS in its place', async () => {
      click('Show example forum');
      await waitUntil(() => log().length === 2, 'the example forum was not logged');

      const warnings = await withWarnings(async () => {
        click('Show broken config');
        await waitUntil(() => log().length === 4, 'the broken config was not logged');
      });

      // Its only link is refused, so the whole config is. The card has no other config of its own, so
      // it shows its (here empty) fallback children: no card, no load event, and never the DEFUS card.
      expect(log().slice(2)).to.deep.equal([
        'defus-info-error source=property path=links[0].href',
        'defus-info-error source=property path=links',
      ]);
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.contain('property config at links[0].href').and.to.contain('"javascript:alert(1)"');
      expect(warnings[1]).to.contain('property config at links:');
      await card().updateComplete;
      expect(card().shadowRoot?.querySelector('slot')).to.not.equal(null);
      expect(cardText(card())).not.to.contain('DEFUS');
      expect(card().hasAttribute('config')).to.equal(false);
    });

    it('removes the card cleanly when the app unmounts', async () => {
      const element = card();
      click('English');
      await waitUntil(() => heading().includes(DEFUS_EN), 'no English card');

      const stop = unmount as () => void;
      unmount = undefined;
      stop();
      expect(element.isConnected).to.equal(false);
      expect(container.querySelector('defus-info')).to.equal(null);
      expect(container.childElementCount).to.equal(0);
      // Nothing left to render, and nothing throws on the way.
      await element.updateComplete;
    });
  });
}
