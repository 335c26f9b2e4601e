// A host page's own component, built with its own copy of Lit (as the dev server resolves it),
// loaded before the widget so that its Lit creates the "lit-html" Trusted Types policy first.
import { LitElement, css, html } from 'lit';

class HostBanner extends LitElement {
  static styles = css`
    :host {
      display: block;
    }
  `;
  render() {
    return html`<p>Host page component</p>`;
  }
}
customElements.define('host-banner', HostBanner);
