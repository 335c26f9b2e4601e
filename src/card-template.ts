import { html, nothing, type TemplateResult } from 'lit/html.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { flatten } from './flatten-template.js';
import type { CardContent, CardLink, Text } from './locale.js';

/** How a card is drawn, as its attributes say after defaults are applied. */
export interface CardOptions {
  compact: boolean;
  theme: string;
  headingLevel: number;
}

/**
 * A text in the card's language is a plain text binding; only a text that fell back to another
 * language gets a `<span lang>` (and `dir`, where that language's direction differs). Most cards
 * then have no attribute binding per text at all, which is most of what rendering a card costs
 * (see the benchmark).
 */
const localized = (text: Text): TemplateResult | string =>
  text.lang ? html`<span lang=${text.lang} dir=${ifDefined(text.dir)}>${text.text}</span>` : text.text;

/**
 * A heading that fits the host page's outline needs a native `<h1>`–`<h6>` (not
 * `role="heading"`), so the tag is a static value: Lit prepares one template per level.
 */
const HEADING_TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

function heading(level: number, name: Text, shortName: Text | undefined): TemplateResult {
  const tag = HEADING_TAGS[level - 1] ?? literal`h2`;
  const short = shortName ? localized(shortName) : '';
  return staticHtml`<${tag} id="heading" class="heading" part="heading"><span class="short-name" part="short-name" ?hidden=${!short}>${short}</span> ${localized(name)}</${tag}>`;
}

function newWindowHint(target: CardLink, hint: Text): TemplateResult | typeof nothing {
  return target.newWindow
    ? html`<span class="visually-hidden"> ${localized(hint)}</span><span aria-hidden="true"> ↗</span>`
    : nothing;
}

const rel = (target: CardLink) => (target.external ? 'noopener noreferrer' : nothing);
const targetOf = (target: CardLink) => (target.newWindow ? '_blank' : nothing);

function details({ description, services, facts }: CardContent): TemplateResult {
  return html`${description ? html`<p part="description">${localized(description)}</p>` : nothing}
    ${
      services
        ? html`<p>${localized(services.intro)}</p>
          <ul part="services">
            ${services.items.map((item) => html`<li>${localized(item)}</li>`)}
          </ul>`
        : nothing
    }
    ${
      facts.length
        ? html`<dl part="facts">
          ${facts.map(({ label, value }) => html`<div><dt>${localized(label)}</dt><dd>${localized(value)}</dd></div>`)}
        </dl>`
        : nothing
    }`;
}

function otherLinks(others: CardLink[], hint: Text): TemplateResult {
  return html`<ul class="links">
    ${others.map(
      (other) =>
        html`<li><a part="link" class="link" href=${other.href} rel=${rel(other)} target=${targetOf(other)}>${localized(other.label)}${newWindowHint(other, hint)}</a></li>`,
    )}
  </ul>`;
}

/**
 * The card's shadow DOM for one resolved content: a pure function of its input, so the element
 * and anything that renders the card elsewhere (a server, a test) draw the same card. Every config
 * text is a text binding, never markup. Written as small nested templates, rendered as one (see
 * `flatten`).
 */
export function cardTemplate(content: CardContent, { compact, theme, headingLevel }: CardOptions): TemplateResult {
  // Validation guarantees at least one link.
  const [contact, ...others] = content.links as [CardLink, ...CardLink[]];
  return flatten(html`<article
    part="card"
    class="card ${compact ? 'compact' : 'full'} ${theme}"
    lang=${content.lang}
    dir=${content.dir}
    aria-labelledby="heading"
  >
    ${heading(headingLevel, content.name, content.shortName)}
    <p part="summary">${localized(content.summary)}</p>
    ${compact ? nothing : details(content)}
    <p class="contact-row">
      <a part="contact-link" class="contact-link" href=${contact.href} rel=${rel(contact)} target=${targetOf(contact)}
        >${localized(contact.label)}${newWindowHint(contact, content.ui.newWindow)}</a
      >
    </p>
    ${others.length ? otherLinks(others, content.ui.newWindow) : nothing}
  </article>`);
}
