import { adoptStyles } from 'lit';
import type { CSSResultOrNative, ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';
import { log } from './log.js';

/**
 * A part of a widget that most visitors never use (read aloud, the map's tables, the profile
 * checker), kept out of what a page downloads before the visitor does anything. The bundler splits
 * each `import()` into its own file.
 */
export interface LazyPart<T> {
  /** The loaded module, once it has arrived. */
  readonly value: T | undefined;
  /** Loads the module once; a failed load is forgotten, so the next call tries again. */
  load(): Promise<T>;
  /** Loads it when the page has finished loading and the browser is idle, so first use does not wait. */
  prefetch(): void;
}

export function lazyPart<T>(importer: () => Promise<T>): LazyPart<T> {
  let pending: Promise<T> | undefined;
  let prefetching = false;
  const part: { value: T | undefined } & Omit<LazyPart<T>, 'value'> = {
    value: undefined,
    load() {
      pending ??= importer().then(
        (module) => (part.value = module),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    prefetch() {
      if (prefetching || part.value) return;
      prefetching = true;
      whenIdle(() => {
        part.load().catch(() => (prefetching = false));
      });
    },
  };
  return part;
}

/** Runs `task` once the page has loaded and the browser has a quiet moment. */
export function whenIdle(task: () => void): void {
  const idle = () =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 3000 }) : setTimeout(task, 200);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

/**
 * Downloads a widget's lazy parts and renders the widget again when each arrives, with the part's
 * own styles (its `partStyles` export) added to the widget's. A failure is logged for the web team
 * and sets `failed`, so the widget can tell the visitor where it matters.
 */
export class PartLoader implements ReactiveController {
  readonly #loading = new Set<Promise<unknown>>();
  readonly #failed = new Set<LazyPart<unknown>>();
  readonly #adopted = new Set<CSSResultOrNative>();

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Makes sure the part is here (or coming), and its styles are in this widget. A part that could
   * not be downloaded is tried again only when `retry` says so (the visitor asked again), never by
   * a render on its own.
   */
  use<T>(part: LazyPart<T>, { retry = false } = {}): void {
    if (part.value) return this.#adopt(part.value);
    if (this.#failed.has(part) && !retry) return;
    this.#failed.delete(part);
    const pending = part.load().then(
      (module) => this.#adopt(module),
      (error: unknown) => {
        log.error(`<${this.host.localName}>: part of the widget could not be downloaded.`, error);
        this.#failed.add(part);
      },
    );
    this.#loading.add(pending);
    void pending.finally(() => {
      this.#loading.delete(pending);
      this.host.requestUpdate();
    });
  }

  /** Whether the part's last download failed (until it is tried again). */
  failed(part: LazyPart<unknown>): boolean {
    return this.#failed.has(part);
  }

  #adopt(module: unknown): void {
    const styles = (module as { partStyles?: CSSResultOrNative }).partStyles;
    const root = this.host.shadowRoot;
    if (!styles || !root || this.#adopted.has(styles)) return;
    this.#adopted.add(styles);
    adoptStyles(root, [...(this.host.constructor as typeof ReactiveElement).elementStyles, ...this.#adopted]);
  }

  /** Settles once nothing is downloading; undefined when nothing is. */
  get pending(): Promise<unknown> | undefined {
    return this.#loading.size ? Promise.all(this.#loading) : undefined;
  }
}
