/**
 * A card without a `lang` of its own speaks its page's language, and a page may change that
 * without a reload: a language switcher that sets `<html lang>`, a framework that re-renders a
 * wrapper's `lang`. Cards that are on the page follow such changes through one observer for the
 * whole document, on the `lang` attribute alone, made by the first card and dropped when the
 * last one leaves. Changes inside another component's shadow root are not seen: only the light
 * DOM of the document is observed.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a watching card must offer: a way to be told to render again. */
export interface LangWatcher {
  requestUpdate(): void;
}

const watchers = new Set<LangWatcher>();
let observer: MutationObserver | undefined;

/** Starts telling `watcher` of every change of a `lang` attribute in the document. */
export function watchPageLang(watcher: LangWatcher): void {
  watchers.add(watcher);
  if (observer) return;
  observer = new MutationObserver(() => {
    // Every card renders again: one whose language did not change renders the same values,
    // which lit-html leaves alone.
    for (const each of watchers) each.requestUpdate();
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['lang'] });
}

/** Stops telling `watcher`; the observer goes with the last one. */
export function unwatchPageLang(watcher: LangWatcher): void {
  watchers.delete(watcher);
  if (watchers.size || !observer) return;
  observer.disconnect();
  observer = undefined;
}

/** Re-renders its card when the page's language changes, while the card is on the page. */
export class PageLangController implements ReactiveController {
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    (this.#host = host).addController(this);
  }

  /** Also renders at once: the page's language may have changed while the card was away. */
  hostConnected(): void {
    watchPageLang(this.#host);
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    unwatchPageLang(this.#host);
  }
}
