// The floor: the least work any implementation could do to put the card's DOM on a page. Each
// element clones a ready-made copy of the widget's rendered shadow DOM and adopts the same
// style sheets, in connectedCallback, with no data, no template engine and no checks.
export function defineFloor(template, sheets) {
  customElements.define(
    'floor-card',
    class extends HTMLElement {
      connectedCallback() {
        const root = this.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = sheets;
        root.append(template.content.cloneNode(true));
      }
    },
  );
}
