import { css } from 'lit';

// The build minifies every css`` template with Lightning CSS (build/minify-templates.ts).

/*
 * Sizes are in px, never rem: the card must not grow or shrink with a host page's
 * `html { font-size }`. `.card` starts from `all: initial`, so a host page's body styles
 * (colour, spacing, transforms, nowrap, word breaking) stop at the card's edge; only the font
 * family is inherited on purpose. The card's chrome
 * lives on `.card`, not `:host`, because host rules such as `* { border: 0 }` reach the host.
 * Colours come from `--defus-info-*` when a partner sets them, else from the theme's palette.
 */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  .card {
    --_text: #1d252c;
    --_muted: #4a5561;
    --_background: #fff;
    --_border: #c3ccd5;
    --_accent: #0a4d8c;
    --_on-accent: #fff;
    /* Every property back to its initial value first, inherited ones included: whatever a host
       page sets on body or on the host element (word-break, text-transform, white-space,
       letter-spacing, font-feature-settings …) stops here. Custom properties are not reset. */
    all: initial;
    display: block;
    box-sizing: border-box;
    max-inline-size: var(--defus-info-max-width, 720px);
    padding: var(--defus-info-spacing, 24px);
    border: 1px solid var(--defus-info-border, var(--_border));
    border-radius: var(--defus-info-radius, 12px);
    background: var(--defus-info-background, var(--_background));
    color: var(--defus-info-text, var(--_text));
    font: 400 16px/1.5 system-ui, sans-serif;
    font-family: var(--defus-info-font-family, inherit);
    /* anywhere, not break-word: it also shrinks the min-content size, so a long compound or
       e-mail address wraps inside a grid or flex item instead of widening it. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .dark {
    --_text: #e7edf3;
    --_muted: #b4c0cc;
    --_background: #16212c;
    --_border: #4b5b6b;
    --_accent: #9fcbff;
    --_on-accent: #0d1b29;
  }
  /* The dark palette again: a class and a media query cannot share one rule, and light-dark(),
     which could, is missing in the Safari versions the build still targets. */
  @media (prefers-color-scheme: dark) {
    .auto {
      --_text: #e7edf3;
      --_muted: #b4c0cc;
      --_background: #16212c;
      --_border: #4b5b6b;
      --_accent: #9fcbff;
      --_on-accent: #0d1b29;
    }
  }
  .heading {
    margin: 0 0 12px;
    font-size: 20px;
    font-weight: 700;
    line-height: 1.3;
  }
  .short-name {
    display: block;
    margin-block-end: 4px;
    color: var(--defus-info-accent, var(--_accent));
    font-size: 14px;
    letter-spacing: 0.06em;
  }
  p,
  ul,
  dl {
    margin: 0 0 16px;
  }
  .card > :last-child {
    margin-block-end: 0;
  }
  ul {
    padding-inline-start: 20px;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 12px 24px;
  }
  dt {
    color: var(--defus-info-muted, var(--_muted));
    font-size: 14px;
  }
  dd {
    margin: 0;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 12px 20px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  a {
    color: var(--defus-info-accent, var(--_accent));
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  a:focus-visible {
    outline: 3px solid var(--defus-info-accent, var(--_accent));
    outline-offset: 3px;
    border-radius: 4px;
  }
  .contact-link {
    display: inline-block;
    padding: 10px 18px;
    border: 2px solid transparent;
    /* Never rounder than the card: a partner's smaller --defus-info-radius squares the button too. */
    border-radius: min(8px, var(--defus-info-radius, 8px));
    background: var(--defus-info-accent, var(--_accent));
    color: var(--defus-info-on-accent, var(--_on-accent));
    max-inline-size: 100%;
    box-sizing: border-box;
    font-weight: 600;
    text-decoration: none;
  }
  .contact-link:hover {
    text-decoration: underline;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .compact {
    padding: var(--defus-info-spacing, 16px);
  }
  .compact .heading {
    font-size: 18px;
  }
  /* The space the card gets decides its layout, not the viewport: a sidebar column and a wide
     content area on the same page get different layouts. */
  @container (max-width: 359px) {
    .card {
      padding: var(--defus-info-spacing, 16px);
    }
  }
  @container (min-width: 560px) {
    dl {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    /* An odd last fact takes the whole row rather than sitting beside an empty cell. */
    dl > :last-child:nth-child(odd) {
      grid-column: 1 / -1;
    }
    .compact {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      column-gap: 24px;
    }
    .compact .contact-row {
      grid-area: 1 / 2 / 3;
      align-self: center;
      max-inline-size: 260px;
      margin: 0;
    }
  }
  /* Windows High Contrast replaces every colour; the button keeps its outline through a border
     in the link colour, and the focus outline in the highlight colour. */
  @media (forced-colors: active) {
    .contact-link {
      border-color: LinkText;
    }
    a:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .card {
      border-color: #000;
      background: #fff;
      color: #000;
    }
    a,
    .contact-link,
    .short-name,
    dt {
      padding: 0;
      background: none;
      color: #000;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
