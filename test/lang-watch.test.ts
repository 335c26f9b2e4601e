import { expect } from '@open-wc/testing';
import { unwatchPageLang, watchPageLang, type LangWatcher } from '../src/lang-watch.js';

/** A watcher that counts how often it was told to render. */
function counter(): LangWatcher & { calls: number } {
  const watcher = {
    calls: 0,
    requestUpdate() {
      watcher.calls += 1;
    },
  };
  return watcher;
}

/** Runs `test` while `watchers` watch, and lets them go however it ends. */
async function whileWatching(watchers: LangWatcher[], test: () => Promise<void>): Promise<void> {
  for (const watcher of watchers) watchPageLang(watcher);
  try {
    await test();
  } finally {
    for (const watcher of watchers) unwatchPageLang(watcher);
  }
}

/** Lets the observer's callback, a microtask, run. */
const observed = () => new Promise((resolve) => setTimeout(resolve));

describe('watchPageLang', () => {
  let host: HTMLElement;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => host.remove());

  it('tells every watcher of a lang change anywhere in the document, and of nothing else', async () => {
    const [a, b] = [counter(), counter()];
    await whileWatching([a, b], async () => {
      host.setAttribute('lang', 'en');
      await observed();
      expect([a.calls, b.calls]).to.deep.equal([1, 1]);
      host.title = 'not a language';
      host.append(document.createElement('p'));
      await observed();
      expect([a.calls, b.calls]).to.deep.equal([1, 1]);
    });
  });

  it('stops telling a watcher that left, and stops observing when the last one leaves', async () => {
    const [a, b] = [counter(), counter()];
    watchPageLang(a);
    watchPageLang(b);
    unwatchPageLang(a);
    host.setAttribute('lang', 'fr');
    await observed();
    expect([a.calls, b.calls]).to.deep.equal([0, 1]);
    unwatchPageLang(b);
    host.setAttribute('lang', 'en');
    await observed();
    expect(b.calls).to.equal(1);
    // And a new first watcher gets a new observer.
    await whileWatching([a], async () => {
      host.setAttribute('lang', 'de');
      await observed();
      expect(a.calls).to.equal(1);
    });
  });

  it('disconnects its observer when the last watcher leaves, and makes one for the next first', () => {
    const Original = window.MutationObserver;
    const made: string[] = [];
    window.MutationObserver = class extends Original {
      constructor(callback: MutationCallback) {
        super(callback);
        made.push('made');
      }
      override disconnect(): void {
        made.push('disconnected');
        super.disconnect();
      }
    };
    try {
      const [a, b] = [counter(), counter()];
      watchPageLang(a);
      watchPageLang(b);
      unwatchPageLang(a);
      expect(made).to.deep.equal(['made']);
      unwatchPageLang(b);
      unwatchPageLang(b);
      expect(made).to.deep.equal(['made', 'disconnected']);
      watchPageLang(a);
      unwatchPageLang(a);
      expect(made).to.deep.equal(['made', 'disconnected', 'made', 'disconnected']);
    } finally {
      window.MutationObserver = Original;
    }
  });

  it('does not see changes inside a shadow root', async () => {
    const watcher = counter();
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    await whileWatching([watcher], async () => {
      inner.setAttribute('lang', 'fr');
      await observed();
      expect(watcher.calls).to.equal(0);
    });
  });
});
