import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadConfig, validateLoaded } from './load.js';
import type { ForumConfig } from './types.js';
import type { ValidationResult } from './validate.js';

/** What `src` gave, validated, and the URL it came from. */
export interface RemoteResult extends ValidationResult {
  url: string;
}

/** What the controller needs of its card. */
export interface RemoteConfigHost extends ReactiveControllerHost {
  /** The `src` of the moment: the one source of truth for which URL is current. */
  readonly src: unknown;
}

/**
 * The config a card's `src` points at, fetched by a `@lit/task` Task. The Task runs whenever `src`
 * changes, aborts the run it replaces (so only the latest `src` can win a race), and re-renders the
 * card when an answer arrives. Requests are shared per URL by `loadConfig`: each card's abort only
 * stops its own waiting, and the request itself ends when no card waits for it any more.
 *
 * What Task does not do by itself: stop when the card leaves the page. A run still pending then is
 * aborted, and run again if the card comes back.
 */
export class RemoteConfigController implements ReactiveController {
  readonly #host: RemoteConfigHost;
  readonly #task: Task<[string | undefined], RemoteResult | undefined>;
  #interrupted = false;

  constructor(host: RemoteConfigHost) {
    (this.#host = host).addController(this);
    this.#task = new Task(host, {
      args: () => [srcUrl(host.src)],
      task: async ([url], { signal }) => {
        if (!url) return undefined;
        const result = await loadConfig(url, signal);
        // Aborted: a newer src, or the card left; nobody wants this answer any more.
        if (!result) throw signal.reason;
        return { url, ...validateLoaded(result) };
      },
    });
  }

  /**
   * The latest answer, with its issues for the card to report: while a newer `src` is on its way,
   * the one before it; nothing after a failure or an abort.
   */
  get result(): RemoteResult | undefined {
    return this.#task.value;
  }

  /**
   * The config to show from `src`: none without a `src`, and none after a refusal (an earlier
   * `src`'s config must not stand in for it).
   */
  get config(): ForumConfig | undefined {
    return srcUrl(this.#host.src) ? this.#task.value?.config : undefined;
  }

  hostConnected(): void {
    if (!this.#interrupted) return;
    this.#interrupted = false;
    void this.#task.run();
  }

  hostDisconnected(): void {
    if (this.#task.status !== TaskStatus.PENDING) return;
    this.#interrupted = true;
    this.#task.abort();
  }
}

/** A `src` value as a URL to load; anything but a non-empty string means "no src". */
export function srcUrl(src: unknown): string | undefined {
  return typeof src === 'string' && src ? src : undefined;
}
