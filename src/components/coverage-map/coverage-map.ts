import { html, nothing, svg } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { clampHeadingLevel } from '../../core/attributes.js';
import { lazyPart } from '../../core/lazy.js';
import { fire } from '../../core/events.js';
import { log, warnOnce } from '../../core/log.js';
import { noticeStyles, renderNotice } from '../../core/notice.js';
import { ProfileElement } from '../../core/profile-element.js';
import type { ProfileParts } from '../../core/profile-loader.js';
import type { AllianceProfile, Organisation, Site } from '../../core/profile.js';

const tablesPart = lazyPart(() => import('./coverage-map-tables.js'));

/** The part of an alliance profile the map shows. */
export type MapProfile = Pick<AllianceProfile, 'shortName' | 'area' | 'organisations'>;
import { themeStyles } from '../../core/theme.js';
import { EMPTY_AREA_MAP, projectPoint } from '../../data/area-map.js';
import type { AreaMap, AreaShape } from '../../data/area-map.js';
import { coverageMapStyles } from './coverage-map.styles.js';
import { AreaModel } from './area-model.js';
import { placeLabels } from './label-placement.js';

// The framework types generated from the manifest import each widget's event details from its module.
export type { AreaSelectDetail } from '../../core/events.js';

const KEY_MOVES: Record<string, keyof AreaShape['moves']> = {
  ArrowUp: 'up',
  ArrowRight: 'right',
  ArrowDown: 'down',
  ArrowLeft: 'left',
};

/** Properties whose change cannot move a label. */
const LABEL_NEUTRAL = new Set(['focusedCode', 'tipCode', 'announcement', 'showTables']);

const EDGE_WORDS: Record<keyof AreaShape['moves'], string> = { up: 'north', right: 'east', down: 'south', left: 'west' };

/** Codes from an attribute: separated by spaces or commas. */
const codeList = {
  fromAttribute: (value: string | null) => (value ? value.split(/[\s,]+/).filter(Boolean) : null),
  toAttribute: (value: string[] | null) => (value ? value.join(' ') : null),
};

/**
 * @tag selca-coverage-map
 * @summary Where the alliance works: its areas on a map that keyboard and screen-reader users can
 * use as fully as mouse users, with the details of the selected area beside it.
 *
 * The map is one listbox of areas (one Tab stop). Arrow keys move to the geographic neighbour in
 * that direction, Home and End to the first and last area, a letter to the next area with that
 * initial; Enter or Space selects; Escape closes a tooltip, then clears the selection, then lets
 * the key through. Hovering an area shows a tooltip that can be hovered and dismissed.
 *
 * @fires {AreaSelectDetail} selca-area-select - An area was selected or the selection cleared; `detail` is
 * `{ code, name }` or `null`. Bubbles and is composed.
 *
 * @csspart map - The figure holding the map, its help text and attribution.
 * @csspart details - The details of the selected area.
 * @csspart tables - The tables of areas and sites, the map's text equivalent.
 * @csspart notice - The message shown while the profile loads or when it cannot be used.
 *
 * @cssprop [--selca-map-area-colour=#d8e8f7] - Areas of the alliance.
 * @cssprop [--selca-map-context-colour=#f0f4f5] - Surrounding areas shown for context.
 * @cssprop [--selca-map-selected-colour=#005eb8] - The selected area.
 * @cssprop [--selca-map-boundary-colour=#4c6272] - Area boundaries (3:1 against the areas).
 * @cssprop [--selca-map-site-colour=#212b32] - Site markers.
 */
export class CoverageMap extends ProfileElement<MapProfile> {
  /** The areas drawn when `geometry` is not set; the define module supplies the London boroughs. */
  static defaultGeometry?: AreaMap;

  static override styles = [themeStyles, noticeStyles, coverageMapStyles];
  static override profileParts: ProfileParts = { needs: ['area'], otherwise: { organisations: [] } };

  static override get properties() {
    return {
      selected: { reflect: true },
      highlight: { converter: codeList },
      context: { reflect: true },
      showTables: { type: Boolean, reflect: true, attribute: 'show-tables' },
      geometry: { attribute: false },
      focusedCode: { state: true, attribute: false },
      tipCode: { state: true, attribute: false },
      announcement: { state: true, attribute: false },
    };
  }

  /** GSS code of the selected area, or null. An unknown code changes nothing and logs a warning. */
  declare selected: string | null;
  /** Codes of the areas to highlight; by default the areas of the profile. */
  declare highlight: string[] | null;
  /** `none` hides the surrounding areas shown for context. */
  declare context: 'all' | 'none';
  /** Shows the tables of areas and sites, the map's text equivalent, without a click. */
  declare showTables: boolean;
  /** The areas to draw; by default the London boroughs. */
  declare geometry: AreaMap;
  declare private focusedCode: string | null;
  declare private tipCode: string | null;
  declare private announcement: string;

  #tipTimer: ReturnType<typeof setTimeout> | undefined;
  // While a tooltip shows, Escape anywhere on the page dismisses it (WCAG 1.4.13).
  readonly #onDocumentKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !this.tipCode) return;
    this.#dismissedTip = this.tipCode;
    this.#hideTip();
  };
  /** The area whose tooltip the visitor dismissed: it stays away until the pointer leaves that area. */
  #dismissedTip: string | null = null;
  #acceptedSelection: string | null = null;
  #labelsPlacedFor = '';
  // A reading font that finishes loading changes every label's width.
  readonly #onFontsLoaded = () => this.#arrangeLabels(true);
  // A map first drawn while hidden has nothing to measure; its labels are placed once it shows.
  readonly #sizeObserver =
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver(() => {
          if (!this.#labelsPlacedFor) this.#arrangeLabels(true);
          if (this.#keptWidth !== undefined && Math.abs(this.getBoundingClientRect().width - this.#keptWidth) > 1) this.#giveUpKeptSpace();
        });
  /** The width of the space the page kept for the map before its code came, while the map still keeps that space. */
  #keptWidth?: number;

  constructor() {
    super();
    this.selected = null;
    this.highlight = null;
    this.context = 'all';
    this.showTables = false;
    this.geometry = (this.constructor as typeof CoverageMap).defaultGeometry ?? EMPTY_AREA_MAP;
    // The page's stylesheet (selca-widgets.css) keeps space for the map until it is defined, which
    // happens as this constructor returns: the map keeps at least that space, so that drawing it moves
    // nothing below, until its width changes and the space no longer fits.
    const kept = this.isConnected ? this.getBoundingClientRect() : undefined;
    if (kept?.height) {
      this.#keptWidth = kept.width;
      this.style.setProperty('min-block-size', `${kept.height}px`);
    }
    this.focusedCode = null;
    this.tipCode = null;
    this.announcement = '';
  }

  #model?: AreaModel;

  /** The areas as they are now: made again only when the geometry, the alliance's areas or the context change. */
  get #areaModel(): AreaModel {
    const highlighted = this.highlight ?? this.data.value?.area.boroughs.map((borough) => borough.code) ?? [];
    if (!this.#model?.matches(this.geometry, highlighted, this.context))
      this.#model = new AreaModel(this.geometry, highlighted, this.context);
    return this.#model;
  }

  get #highlighted(): ReadonlySet<string> {
    return this.#areaModel.highlighted;
  }

  /** The areas drawn as options, in name order. */
  get #areas(): readonly AreaShape[] {
    return this.#areaModel.areas;
  }

  #area(code: string | null): AreaShape | undefined {
    return this.#areaModel.area(code);
  }

  protected override willUpdate(): void {
    // Also when another map on the page brought the tables: their styles must be in this one too.
    if (this.showTables || tablesPart.value) this.parts.use(tablesPart);
  }

  // Not in willUpdate: the areas of a map with context="none" come from the profile, which the
  // profile controller gives the map only after willUpdate; an initial selection would be refused.
  protected override update(changed: PropertyValues<this>): void {
    if (this.selected === '') this.selected = null;
    if (changed.has('selected') && this.selected !== this.#acceptedSelection) {
      if (this.selected !== null && !this.#area(this.selected)) {
        warnOnce(`<selca-coverage-map>: selected="${this.selected}" is not an area on this map; the selection is unchanged.`);
        this.selected = this.#acceptedSelection;
      } else {
        this.#acceptedSelection = this.selected;
      }
    }
    super.update(changed);
  }

  #giveUpKeptSpace(): void {
    this.#keptWidth = undefined;
    this.style.removeProperty('min-block-size');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.fonts?.addEventListener?.('loadingdone', this.#onFontsLoaded);
    this.#sizeObserver?.observe(this);
    tablesPart.prefetch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.fonts?.removeEventListener?.('loadingdone', this.#onFontsLoaded);
    this.#sizeObserver?.disconnect();
    this.#hideTip();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Moving focus, a tooltip, an announcement or the tables leave every label where it is; an
    // update with nothing changed comes from the visitor's preferences, which may resize them.
    const labelsStay = changed.size > 0 && [...changed.keys()].every((key) => LABEL_NEUTRAL.has(key as string));
    if (!labelsStay) this.#arrangeLabels(false);
    if ((changed as Map<PropertyKey, unknown>).has('tipCode')) this.#placeTip();
  }

  /** Places the tooltip through the CSSOM, which a strict CSP allows (a `style` attribute it does not). */
  #placeTip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const area = this.#area(this.tipCode);
    if (!tip || !area) return;
    // Kept inside the map, so a tooltip near the edge never makes the page scroll sideways.
    tip.style.setProperty('left', `clamp(min(7rem, 50%), ${(area.label[0] / this.geometry.width) * 100}%, max(calc(100% - 7rem), 50%))`);
    tip.style.setProperty('top', `${(area.label[1] / this.geometry.height) * 100}%`);
  }

  /**
   * Moves or hides labels so none overlap, once per change of what decides their size and place:
   * the areas labelled, the selection (drawn bold), and the label font from the visitor's settings.
   */
  #arrangeLabels(force: boolean): void {
    const labels = [...this.renderRoot.querySelectorAll<SVGTextElement>('text.label')];
    const font = labels[0] ? getComputedStyle(labels[0]) : undefined;
    const key = [this.selected, font?.font, font?.letterSpacing, labels.map((label) => label.dataset.label).join()].join('|');
    if (!force && key === this.#labelsPlacedFor) return;
    if (!labels.length || !this.getClientRects().length) {
      this.#labelsPlacedFor = '';
      return;
    }
    this.#labelsPlacedFor = key;
    try {
      // Cleared for all before any is measured, so the layout is computed once, not per label.
      for (const label of labels) {
        label.removeAttribute('dx');
        label.removeAttribute('dy');
        label.removeAttribute('visibility');
      }
      const measured = labels.map((label) => {
        const path = label.previousElementSibling as SVGPathElement;
        const { width, height } = path.getBBox();
        return { label, box: label.getBBox(), size: width * height, selected: label.dataset.label === this.selected };
      });
      // The selected area's label first, then larger areas before smaller ones.
      measured.sort((a, b) => Number(b.selected) - Number(a.selected) || b.size - a.size);
      // Room for the halo painted around each label, which some engines count in its bounds.
      const boxes = measured.map(({ box }) => ({
        x: box.x + box.width / 2,
        y: box.y + box.height / 2,
        width: box.width + 8,
        height: box.height + 8,
      }));
      placeLabels(boxes, this.geometry.width, this.geometry.height).forEach((place, index) => {
        const { label } = measured[index]!;
        if (!place.visible) label.setAttribute('visibility', 'hidden');
        else {
          if (place.dx) label.setAttribute('dx', String(Math.round(place.dx)));
          if (place.dy) label.setAttribute('dy', String(Math.round(place.dy)));
        }
      });
    } catch (error) {
      this.#labelsPlacedFor = '';
      warnOnce('<selca-coverage-map>: the labels could not be measured, so some may overlap.', error);
    }
  }

  /** Shows the tooltip for an area under a mouse or pen; touch selects instead. */
  #showTip(area: AreaShape, event: PointerEvent): void {
    if (event.pointerType === 'touch' || area.code === this.#dismissedTip) return;
    clearTimeout(this.#tipTimer);
    if (!this.tipCode) document.addEventListener('keydown', this.#onDocumentKeydown);
    this.tipCode = area.code;
  }

  /** Hides the tooltip after a moment, so the pointer can move onto it (it stays while hovered). */
  #leaveTip(code?: string): void {
    if (code === this.#dismissedTip) this.#dismissedTip = null;
    clearTimeout(this.#tipTimer);
    this.#tipTimer = setTimeout(() => this.#hideTip(), 300);
  }

  #hideTip(): void {
    clearTimeout(this.#tipTimer);
    document.removeEventListener('keydown', this.#onDocumentKeydown);
    this.tipCode = null;
  }

  #renderTip(profile: MapProfile): TemplateResult | typeof nothing {
    const area = this.#area(this.tipCode);
    if (!area) return nothing;
    const sites = profile.organisations.flatMap((org) => org.sites ?? []).filter((site) => site.borough === area.code).length;
    // Hidden from assistive technology: each option's name and the details say the same.
    return html`<div
      class="tooltip"
      aria-hidden="true"
      @pointerenter=${() => clearTimeout(this.#tipTimer)}
      @pointerleave=${() => this.#leaveTip()}
    >
      <strong>${area.name}</strong>
      <span>${this.#highlighted.has(area.code) ? `${sites} site${sites === 1 ? '' : 's'}` : 'Outside the alliance'}</span>
      <span>Select for details</span>
    </div>`;
  }

  #select(area: AreaShape | undefined): void {
    const code = area?.code ?? null;
    if (code === this.selected) return;
    this.selected = code;
    this.#acceptedSelection = code;
    this.announcement = area ? `${area.name} selected. Its details follow the map.` : 'Selection cleared.';
    fire(this, 'selca-area-select', area ? { code: area.code, name: area.name } : null);
  }

  #focusArea(area: AreaShape | undefined): void {
    if (!area) return;
    this.focusedCode = area.code;
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGPathElement>(`[data-code="${area.code}"]`)?.focus());
  }

  #onKeydown(event: KeyboardEvent): void {
    const areas = this.#areas;
    const current = this.#area(this.focusedCode ?? this.selected) ?? areas[0];
    if (!current) return;
    const move = KEY_MOVES[event.key];
    if (move) {
      event.preventDefault();
      const next = this.#area(current.moves[move]);
      if (next) this.#focusArea(next);
      else this.announcement = `No area further ${EDGE_WORDS[move]} of ${current.name}.`;
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      this.#focusArea(event.key === 'Home' ? areas[0] : areas[areas.length - 1]);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#select(current);
    } else if (event.key === 'Escape') {
      if (this.tipCode) {
        event.preventDefault();
        this.#hideTip();
        return;
      }
      if (this.selected === null) return;
      event.preventDefault();
      this.#select(undefined);
    } else if (/^\p{L}$/u.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const initial = event.key.toLocaleLowerCase('en-GB');
      const start = areas.indexOf(current);
      const next = [...areas.slice(start + 1), ...areas.slice(0, start + 1)].find((area) =>
        area.name.toLocaleLowerCase('en-GB').startsWith(initial),
      );
      if (next) {
        event.preventDefault();
        this.#focusArea(next);
      }
    }
  }

  #renderMap(profile: MapProfile): TemplateResult {
    const areas = this.#areas;
    const highlighted = this.#highlighted;
    const focusCode = this.#area(this.focusedCode)?.code ?? this.#area(this.selected)?.code ?? areas[0]?.code;
    const focused = this.#area(focusCode ?? null);
    const sites = profile.organisations.flatMap((org) => org.sites ?? []).filter((site) => site.location);
    const { width, height } = this.geometry;
    return html`<figure class="map" part="map">
      <svg
        viewBox="0 0 ${width} ${height}"
        role="listbox"
        aria-label=${`Map of ${profile.area.name}: ${this.geometry.name}`}
        aria-describedby="help"
        @keydown=${(event: KeyboardEvent) => this.#onKeydown(event)}
      >
        ${areas.map((area) => {
          const inAlliance = highlighted.has(area.code);
          return svg`<path
              class="area ${inAlliance ? 'in-alliance' : ''}"
              role="option"
              data-code=${area.code}
              d=${area.path}
              tabindex=${area.code === focusCode ? '0' : '-1'}
              aria-selected=${area.code === this.selected ? 'true' : 'false'}
              aria-label=${inAlliance ? area.name : `${area.name}, outside the alliance`}
              @focus=${() => (this.focusedCode = area.code)}
              @pointerenter=${(event: PointerEvent) => this.#showTip(area, event)}
              @pointerleave=${() => this.#leaveTip(area.code)}
              @click=${() => {
                this.#focusArea(area);
                this.#select(area);
              }}
            ></path>${inAlliance ? svg`<text class="label" aria-hidden="true" data-label=${area.code} x=${area.label[0]} y=${area.label[1]}>${area.name}</text>` : nothing}`;
        })}
        <g class="sites" aria-hidden="true">
          ${sites.map((site) => {
            const [x, y] = projectPoint(this.geometry, site.location!.lat, site.location!.lon);
            return svg`<circle class="site" cx=${Math.round(x)} cy=${Math.round(y)} r="6"></circle>`;
          })}
        </g>
        ${focused ? svg`<g class="focus-ring" aria-hidden="true"><path class="outer" d=${focused.path}></path><path class="inner" d=${focused.path}></path></g>` : nothing}
      </svg>
      ${this.#renderTip(profile)}
      <figcaption id="help" class="help">
        Use the arrow keys to move to the neighbouring area, Enter or Space to select it, Escape to clear the selection.
      </figcaption>
      <p class="attribution">${this.geometry.attribution}</p>
    </figure>`;
  }

  #renderDetails(profile: MapProfile): TemplateResult {
    const area = this.#area(this.selected);
    const level = clampHeadingLevel(this.headingLevel);
    if (!area) {
      return html`<section class="details" part="details" aria-labelledby="details-heading">
        <div id="details-heading" role="heading" aria-level=${level} class="visually-hidden">Area details</div>
        <p>Select an area on the map to see the sites and partners there.</p>
      </section>`;
    }
    const organisations = new Map(profile.organisations.map((org) => [org.id, org]));
    const sites: Site[] = profile.organisations.flatMap((org) => org.sites ?? []).filter((site) => site.borough === area.code);
    const partners: Organisation[] = profile.organisations.filter((org) => org.boroughs.includes(area.code));
    const nameOf = (id: string) => organisations.get(id)?.name ?? id;
    return html`<section class="details" part="details" aria-labelledby="details-heading">
      <div id="details-heading" class="heading" role="heading" aria-level=${level}>${area.name}</div>
      <p>Area code ${area.code}${this.#highlighted.has(area.code) ? '' : ', outside the alliance'}.</p>
      ${
        sites.length
          ? html`<p>Sites:</p>
            <ul>
              ${sites.map(
                (site) => html`<li>
                  ${site.name}, run by ${nameOf(site.operator)}${
                    site.services?.length
                      ? html`<ul>
                        ${site.services.map((service) => html`<li>${nameOf(service.provider)}: ${service.description}</li>`)}
                      </ul>`
                      : nothing
                  }
                </li>`,
              )}
            </ul>`
          : html`<p>No sites of the alliance's trusts are listed here.</p>`
      }
      ${
        partners.length
          ? html`<p>Partners working here:</p>
            <ul>
              ${partners.map((org) => html`<li>${org.name}</li>`)}
            </ul>`
          : nothing
      }
    </section>`;
  }

  #showOnMap(area: AreaShape): void {
    this.#select(area);
    this.#focusArea(area);
  }

  #renderTables(profile: MapProfile): TemplateResult {
    const tables = tablesPart.value;
    return html`<details class="tables" part="tables" ?open=${this.showTables} @toggle=${(event: Event) => this.#toggleTables(event)}>
      <summary>Show the map as tables</summary>
      ${
        !this.showTables
          ? nothing
          : tables
            ? tables.renderTables({
                profile,
                areas: this.#areas.filter((area) => this.#highlighted.has(area.code)),
                areaOf: (code) => this.#area(code),
                areaName: (code) => this.geometry.areas.find((area) => area.code === code)?.name ?? code,
                selected: this.selected,
                showOnMap: (area) => this.#showOnMap(area),
              })
            : html`<p role="status">
              ${
                this.parts.failed(tablesPart)
                  ? 'Sorry, the tables could not be loaded. Close them and show them again to try again.'
                  : 'Loading the tables…'
              }
            </p>`
      }
    </details>`;
  }

  #toggleTables(event: Event): void {
    this.showTables = (event.target as HTMLDetailsElement).open;
    // Opening the tables again is the visitor asking again: a download that failed is retried.
    if (this.showTables) this.parts.use(tablesPart, { retry: true });
  }

  override render(): TemplateResult {
    const profile = this.data.value;
    try {
      return html`${renderNotice(this.data.status, this.data.message)}
        ${
          profile
            ? html`<div class="layout">${this.#renderMap(profile)} ${this.#renderDetails(profile)}</div>
              ${this.#renderTables(profile)}`
            : nothing
        }
        <p class="visually-hidden announcement" role="status">${this.announcement}</p>`;
    } catch (error) {
      log.error('<selca-coverage-map> could not draw the map.', error);
      return html`${renderNotice('error', 'Sorry, the map is not available at the moment.')}`;
    }
  }
}
