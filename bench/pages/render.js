// Times how long N cards take to be rendered and laid out, for one kind of card per page load,
// so that no run warms the caches of the next.
import { defineFloor } from './floor.js';

const container = document.querySelector('.cards');

/** Renders one widget card off the clock and gives its DOM and sheets to the floor element. */
async function prepareFloor() {
  const probe = document.createElement('defus-info');
  document.body.append(probe);
  await probe.updateComplete;
  const template = document.createElement('template');
  for (const node of probe.shadowRoot.childNodes) template.content.append(node.cloneNode(true));
  defineFloor(template, [...probe.shadowRoot.adoptedStyleSheets]);
  probe.remove();
}

async function iframesLoaded(frames) {
  await Promise.all(frames.map((frame) => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }))));
}

/** Milliseconds from creating `count` cards of `kind` to the end of the layout that shows them. */
window.measure = async (kind, count) => {
  await customElements.whenDefined('defus-info');
  if (kind === 'floor') await prepareFloor();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const start = performance.now();
  const fragment = document.createDocumentFragment();
  const made = [];
  for (let index = 0; index < count; index += 1) {
    let card;
    if (kind === 'iframe') {
      card = document.createElement('iframe');
      card.src = '/pages/iframe-card.html';
      card.title = 'DEFUS';
      card.width = '600';
      card.height = '760';
    } else {
      card = document.createElement(kind === 'widget' ? 'defus-info' : 'floor-card');
    }
    made.push(card);
    fragment.append(card);
  }
  container.append(fragment);
  if (kind === 'widget') await made[made.length - 1].updateComplete;
  if (kind === 'iframe') await iframesLoaded(made);
  container.getBoundingClientRect();
  document.body.offsetHeight;
  const elapsed = performance.now() - start;
  const sample = made[0];
  const root = kind === 'iframe' ? sample.contentDocument : sample.shadowRoot;
  if (!root?.querySelector('.contact-link')) throw new Error(`${kind}: the card did not render`);
  return elapsed;
};
