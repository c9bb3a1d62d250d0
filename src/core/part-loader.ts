import { adoptStyles } from 'lit';
import type { CSSResultOrNative, ReactiveControllerHost, ReactiveElement } from 'lit';
import type { LazyPart } from './lazy.js';
import { log } from './log.js';

/**
 * Downloads a widget's lazy parts and renders the widget again when each arrives, with the part's
 * own styles (its `partStyles` export) added to the widget's. A failure is logged for the web team
 * and sets `failed`, so the widget can tell the visitor where it matters.
 */
export class PartLoader {
  readonly #loading = new Set<Promise<unknown>>();
  readonly #failed = new Set<LazyPart<unknown>>();
  readonly #adopted = new Set<CSSResultOrNative>();

  constructor(private readonly host: ReactiveControllerHost & Element) {}

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
