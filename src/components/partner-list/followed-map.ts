import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AreaSelectDetail } from '../../core/events.js';
import { warnOnce } from '../../core/log.js';

/**
 * How a selection reached the list: the one a map had when the list connected, the one a map had
 * when it was added to the page (or given the id) later, or a change made after the list found it.
 */
export type MapSelectionChange = 'on-connect' | 'map-added' | 'changed';

interface Host extends ReactiveControllerHost, HTMLElement {
  forMap: string | null;
}

/** The map the host named when it connected and that map's selection then (see `FollowedMap`). */
export interface MapAtConnect {
  map: Element | null;
  selected: string | null;
}

/**
 * Follows the selection of the `<selca-coverage-map>` whose id the list names, however it was set:
 * by a visitor, by the page's code, in the page's HTML, or on a map added later.
 *
 * The map's state is its reflected `selected` attribute, which the map owns: a visitor's choice, a
 * property or an attribute set by the page all end there, and a code the map refuses is put back.
 * So the list watches that attribute rather than the `selca-area-select` event, which reports only
 * what a visitor did, and reads it once the map has finished updating, so it sees what the map shows.
 * Neither component imports the other. The event still supplies area names, which the attribute
 * lacks, and tells a visitor's choice, which the map has announced, from the page's.
 */
export class FollowedMap implements ReactiveController {
  /** The map found under the host's `for-map` id, in the host's document or shadow root. */
  #map: Element | null = null;
  #mapId: string | null = null;
  /** The selection last passed on; undefined until the map's selection is first read. */
  #followed: string | null | undefined;
  #foundAs: Exclude<MapSelectionChange, 'changed'> = 'on-connect';
  /** The map's `selected` attribute when the list found the map, before the map has checked it. */
  #foundWith: string | null = null;
  readonly #names = new Map<string, string>();
  /** The selection a visitor last made on the map, which the map announced, until it is read. */
  #chosen: string | null | undefined;

  // The whole tree, because the map may come, go or get its id after the list connects.
  readonly #observer = new MutationObserver((records) => {
    if (this.#lookUp('map-added')) return;
    const map = this.#map;
    if (map && records.some((record) => record.target === map && record.attributeName === 'selected')) void this.#read(map);
  });

  readonly #onAreaSelect = (event: DocumentEventMap['selca-area-select']) => {
    const detail: AreaSelectDetail = event.detail;
    if (event.composedPath()[0] !== this.#map) return;
    if (detail) this.#names.set(detail.code, detail.name);
    this.#chosen = detail?.code ?? null;
  };

  /**
   * `atConnect` is what the host saw when it connected, when this follower starts later (it is
   * downloaded when needed): a selection made in between is then a change, as it would have been.
   */
  constructor(
    private readonly host: Host,
    private readonly follow: (code: string | null, how: MapSelectionChange, announcedByMap: boolean) => void,
    private atConnect?: MapAtConnect,
  ) {
    host.addController(this);
  }

  readonly #reading = new Set<Promise<unknown>>();

  /**
   * Settles once the selection of a defined map has been passed on; undefined when none is being
   * read. A map not yet defined is not waited for: it may never be.
   */
  get pending(): Promise<unknown> | undefined {
    return this.#reading.size ? Promise.all(this.#reading) : undefined;
  }

  /** The name the map gave this area when a visitor selected it, if it did. */
  nameOf(code: string): string | undefined {
    return this.#names.get(code);
  }

  /** The document or shadow root the host is in, where `for-map` is looked up, as `<label for>` is. */
  get #tree(): Document | ShadowRoot | null {
    const root = this.host.getRootNode();
    return root instanceof Document || root instanceof ShadowRoot ? root : null;
  }

  hostConnected(): void {
    document.addEventListener('selca-area-select', this.#onAreaSelect);
    this.#map = null;
    this.#watch('on-connect');
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
    document.removeEventListener('selca-area-select', this.#onAreaSelect);
    this.#map = null;
  }

  hostUpdate(): void {
    if (this.host.forMap !== this.#mapId) this.#watch('map-added');
  }

  /** Watches the tree for the map the host names now, if it names one. */
  #watch(foundAs: Exclude<MapSelectionChange, 'changed'>): void {
    this.#mapId = this.host.forMap;
    const tree = this.#tree;
    if (this.#mapId && tree)
      this.#observer.observe(tree, { subtree: true, childList: true, attributes: true, attributeFilter: ['id', 'selected'] });
    else this.#observer.disconnect();
    this.#lookUp(foundAs);
  }

  /** Finds the map the host names; true when it is another element than before. */
  #lookUp(foundAs: Exclude<MapSelectionChange, 'changed'>): boolean {
    const map = (this.#mapId && this.#tree?.getElementById(this.#mapId)) || null;
    if (map === this.#map) return false;
    this.#map = map;
    this.#followed = undefined;
    this.#foundAs = foundAs;
    this.#foundWith = map?.getAttribute('selected') || null;
    if (this.atConnect && foundAs === 'on-connect') {
      if (map === this.atConnect.map) this.#foundWith = this.atConnect.selected;
      else this.#foundAs = 'map-added';
    }
    this.atConnect = undefined;
    if (map) void this.#read(map);
    return true;
  }

  /** Passes on the map's selection once the map is defined and has applied (or refused) it. */
  async #read(map: Element): Promise<void> {
    try {
      if (!map.localName.includes('-')) throw new TypeError(`<${map.localName}> is not a custom element`);
      await customElements.whenDefined(map.localName);
      // The map applies or refuses a selection in an update that ends with the task that set it, so
      // the next task sees what it shows. (Its updateComplete would also wait for its lazy parts.)
      const settled = new Promise((resolve) => setTimeout(resolve));
      this.#reading.add(settled);
      void settled.then(() => this.#reading.delete(settled));
      await settled;
    } catch (error) {
      warnOnce(
        `<selca-partner-list>: for-map="${map.id}" names a <${map.localName}>, not a <selca-coverage-map>; the list does not follow it.`,
        error,
      );
      return;
    }
    if (map !== this.#map) return;
    const code = map.getAttribute('selected') || null;
    const chosen = code === this.#chosen;
    this.#chosen = undefined;
    if (code === this.#followed) return;
    const first = this.#followed === undefined;
    this.#followed = code;
    if (first && !code) return;
    // A selection made after the list found the map is a change, however soon it came.
    this.follow(code, first && code === this.#foundWith ? this.#foundAs : 'changed', chosen);
  }
}
