import { html, nothing, svg } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PropertyValues, TemplateResult } from 'lit';
import { clampHeadingLevel } from '../../core/attributes.js';
import { lazyPart } from '../../core/lazy.js';
import { fire } from '../../core/events.js';
import { midSentence } from '../../core/area-name.js';
import { log, warnOnce } from '../../core/log.js';
import { noticeStyles, renderNotice } from '../../core/notice.js';
import { ProfileElement } from '../../core/profile-element.js';
import type { ProfileParts } from '../../core/profile-loader.js';
import type { ProfileMessage } from '../../core/profile-source.js';
import type { AllianceProfile, Organisation, Site } from '../../core/profile.js';

const tablesPart = lazyPart(() => import('./coverage-map-tables.js'));

/** The part of an alliance profile the map shows. */
export type MapProfile = Pick<AllianceProfile, 'shortName' | 'area' | 'organisations' | 'words' | 'lang'>;
import { inLanguage, textLanguage } from '../../core/profile-text.js';
import { themeStyles } from '../../core/theme.js';
import { WordsController } from '../../core/words.js';
import type { WordsFor } from '../../core/words.js';
import { EMPTY_AREA_MAP, projectPoint } from '../../data/area-map.js';
import type { AreaMap, AreaShape } from '../../data/area-map.js';
import { coverageMapStyles } from './coverage-map.styles.js';
import { AreaModel } from './area-model.js';
import type { Frame } from './area-model.js';
import { placeLabels } from './label-placement.js';
import { coverageMapWords } from './words.js';

export { coverageMapWords };
/** Replacements for some of the coverage map's words. */
export type CoverageMapWords = WordsFor<typeof coverageMapWords>;

// The framework types generated from the manifest import each widget's event details from its module.
export type { AreaSelectDetail } from '../../core/events.js';

const KEY_MOVES: Record<string, keyof AreaShape['moves']> = {
  ArrowUp: 'up',
  ArrowRight: 'right',
  ArrowDown: 'down',
  ArrowLeft: 'left',
};

/** Properties whose change cannot move a label. */
const LABEL_NEUTRAL = new Set(['focusedCode', 'keyboardCode', 'tipCode', 'announcement', 'showTables', 'numbered']);

/** Below this width, in ems of the map's text, it draws the alliance and its neighbours, not every area. */
const NARROW_MAP = 30;
/** Room round the alliance for its neighbours, when framed, as a share of its size. */
const FRAME_MARGIN = 0.08;

/** How long, in ms, a tooltip under the pointer stays once the pointer has left its area, or gone onto another. */
export const TIP_DELAY = 300;

/** What is said when an arrow key finds no area that way: geographic, in a right-to-left page too. */
const EDGE_WORDS = { up: 'north', right: 'east', down: 'south', left: 'west' } as const;

const TAG = 'selca-coverage-map';

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
 * initial; Enter or Space selects; Escape closes the tooltip, then clears the selection, then lets
 * the key through. Hovering an area, or reaching it by keyboard, shows a tooltip with its name,
 * placed clear of the selected area where there is room. A narrow map frames the alliance and its
 * neighbours.
 *
 * Every word it shows or announces can be replaced: see `coverageMapWords` for the keys, `setWords`
 * for a whole page, a profile's `words`, and the `words` property for one element. It takes its
 * language and direction from its own `lang` and `dir` or its nearest ancestor's; in a right-to-left
 * page its words, details and tables lay out from the right, while the map, geography, does not
 * mirror and its arrow keys keep their compass directions.
 *
 * @fires {AreaSelectDetail} selca-area-select - An area was selected or the selection cleared; `detail` is
 * `{ code, name }` or `null`. Bubbles and is composed.
 *
 * @csspart map - The map, its help text and attribution.
 * @csspart key - The key under the map to the numbers it shows on areas whose names do not fit there.
 * @csspart details - The details of the selected area.
 * @csspart tables - The tables of areas and sites, the map's text equivalent.
 * @csspart notice - The message shown while the profile loads or when it cannot be used.
 *
 * @cssprop [--selca-map-area-colour=#d8e8f7] - Areas of the alliance.
 * @cssprop [--selca-map-context-colour=#f0f4f5] - Surrounding areas shown for context.
 * @cssprop [--selca-map-selected-colour=#005eb8] - The selected area.
 * @cssprop [--selca-map-boundary-colour=#4c6272] - Area boundaries (3:1 against the areas).
 * @cssprop [--selca-map-outline-colour=#212b32] - The thick outline round the alliance's area as a whole (3:1 against the areas).
 * @cssprop [--selca-map-site-colour=#212b32] - Site markers.
 */
export class CoverageMap extends ProfileElement<MapProfile> {
  /** The areas drawn when `geometry` is not set; the define module supplies the London boroughs. */
  static defaultGeometry?: AreaMap;

  static override styles = [themeStyles, noticeStyles, coverageMapStyles];
  static override profileParts: ProfileParts = { needs: ['area'], otherwise: { organisations: [] } };
  static override subject = 'the map';

  static override get properties() {
    return {
      selected: { reflect: true },
      highlight: { converter: codeList },
      context: { reflect: true },
      showTables: { type: Boolean, reflect: true, attribute: 'show-tables' },
      detailsPrompt: { attribute: 'details-prompt' },
      words: { attribute: false },
      geometry: { attribute: false },
      focusedCode: { state: true, attribute: false },
      keyboardCode: { state: true, attribute: false },
      tipCode: { state: true, attribute: false },
      frame: { state: true, attribute: false },
      announcement: { state: true, attribute: false },
      numbered: { state: true, attribute: false },
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
  /**
   * What the details say while no area is selected, "Select an area on the map to see the sites and
   * partners there." unless replaced; the same as `words.detailsPrompt`, and wins over it.
   */
  declare detailsPrompt: string | undefined;
  /** Replacements for this element's words, by key (`coverageMapWords` lists them); they win over the page's and the profile's. */
  declare words: CoverageMapWords | undefined;
  /** The areas to draw; by default the London boroughs. */
  declare geometry: AreaMap;
  declare private focusedCode: string | null;
  /** The area with keyboard focus (`:focus-visible`): it alone has the focus ring. */
  declare private keyboardCode: string | null;
  declare private tipCode: string | null;
  /** The part of the map drawn: all of it, or the alliance and its neighbours when the map is narrow. */
  declare private frame: Frame | null;
  declare private announcement: TemplateResult | string;
  /** The number and name of each area numbered on the map in place of its name. */
  declare private numbered: (readonly [string, string])[];

  readonly #words = new WordsController(
    this,
    TAG,
    coverageMapWords,
    () => [{ detailsPrompt: this.detailsPrompt }, this.words],
    () => this.data.value,
  ).speaks(() => import('./spoken-words.js').then((module) => module.coverageMapSpoken));
  #tipTimer: ReturnType<typeof setTimeout> | undefined;
  // While a tooltip shows, Escape anywhere on the page dismisses it (WCAG 1.4.13).
  readonly #onDocumentKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !this.tipCode) return;
    this.#tipDismissed = true;
    this.#hideTip();
  };
  /**
   * The visitor dismissed a tooltip: none shows for the pointer until it leaves an area, as the area
   * under a dismissed tooltip is entered without the pointer moving.
   */
  #tipDismissed = false;
  #acceptedSelection: string | null = null;
  #labelsPlacedFor = '';
  // A reading font that finishes loading (or fails to, leaving the next font of the list) changes every label's width.
  readonly #onFontsLoaded = () => requestAnimationFrame(() => this.#arrangeLabels(true));
  // A map first drawn while hidden has nothing to measure; its labels are placed once it shows.
  readonly #sizeObserver =
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver(() => {
          // A frame later: framing the map changes the rows of its tables, so its height, which must not change in this callback.
          requestAnimationFrame(() => this.#fitToSize());
          if (this.#keptWidth !== undefined && Math.abs(this.getBoundingClientRect().width - this.#keptWidth) > 1) this.#giveUpKeptSpace();
        });
  /** Whose tooltip shows: the pointer's, or the keyboard's. */
  #tipFrom: 'pointer' | 'keyboard' = 'pointer';
  #announcements = 0;
  #watchingFonts = false;
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
    this.keyboardCode = null;
    this.tipCode = null;
    this.frame = null;
    this.announcement = '';
    this.numbered = [];
  }

  #model?: AreaModel;

  protected override profileMessage(key: ProfileMessage): string {
    return this.#words.text(key);
  }

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

  /** The areas offered as options, in name order: on a framed map, those mostly inside the frame. */
  get #areas(): readonly AreaShape[] {
    return this.#areaModel.offered(this.frame);
  }

  #area(code: string | null): AreaShape | undefined {
    return this.#areaModel.area(code);
  }

  #offered(code: string | null): AreaShape | undefined {
    const area = this.#area(code);
    return area && this.#areas.includes(area) ? area : undefined;
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
    document.fonts?.addEventListener?.('loadingerror', this.#onFontsLoaded);
    this.#sizeObserver?.observe(this);
    tablesPart.prefetch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.fonts?.removeEventListener?.('loadingdone', this.#onFontsLoaded);
    document.fonts?.removeEventListener?.('loadingerror', this.#onFontsLoaded);
    this.#sizeObserver?.disconnect();
    this.#hideTip();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Moving focus, a tooltip, an announcement or the tables leave every label where it is; an
    // update with nothing changed comes from the visitor's preferences, which may resize them.
    const labelsStay = changed.size > 0 && [...changed.keys()].every((key) => LABEL_NEUTRAL.has(key as string));
    if (!labelsStay) this.#fitToSize();
    const privately = changed as Map<PropertyKey, unknown>;
    // A selection changes the tooltip's words and the area it keeps clear of.
    if (privately.has('tipCode') || privately.has('frame') || changed.has('selected')) this.#placeTip();
  }

  /** The part of the map drawn, in map units. */
  get #view(): Frame {
    return this.frame ?? { x: 0, y: 0, width: this.geometry.width, height: this.geometry.height };
  }

  /**
   * The alliance's areas with a margin of their neighbours, in the map's own proportions (so the
   * map keeps the height the page kept for it), or null when that is the whole map anyway.
   */
  #allianceFrame(): Frame | null {
    const bounds = this.#areaModel.highlightBounds;
    const { width: mapWidth, height: mapHeight } = this.geometry;
    const margin = FRAME_MARGIN * Math.max(bounds.width, bounds.height);
    let [width, height] = [bounds.width + 2 * margin, bounds.height + 2 * margin];
    if (width / height < mapWidth / mapHeight) width = (height * mapWidth) / mapHeight;
    else height = (width * mapHeight) / mapWidth;
    if (width >= mapWidth || height >= mapHeight) return null;
    const place = (centre: number, size: number, room: number) => Math.min(Math.max(centre - size / 2, 0), room - size);
    // Not rounded: the drawing's height must stay exactly what its proportions give.
    return {
      x: place(bounds.x + bounds.width / 2, width, mapWidth),
      y: place(bounds.y + bounds.height / 2, height, mapHeight),
      width,
      height,
    };
  }

  /**
   * Frames the map for the width it has, then sizes its labels in CSS pixels of the drawing (so a
   * small map does not shrink them) and places them.
   */
  #fitToSize(): void {
    const drawing = this.renderRoot.querySelector<SVGSVGElement>('svg[role="listbox"]');
    const room = drawing?.parentElement?.clientWidth ?? 0;
    // Hidden: nothing to measure until it shows.
    if (!drawing || !room) {
      this.#labelsPlacedFor = '';
      return;
    }
    // Larger text needs the alliance drawn larger for its labels to fit: ems, not pixels.
    const frame = room < NARROW_MAP * parseFloat(getComputedStyle(this).fontSize) ? this.#allianceFrame() : null;
    if (JSON.stringify(frame) !== JSON.stringify(this.frame)) {
      this.frame = frame;
      return;
    }
    const view = this.#view;
    const box = drawing.getBoundingClientRect();
    // In CSS pixels of the drawing: a CSS zoom of the page or an ancestor scales its box on the screen, not them.
    const pixelsPerUnit = Math.min(box.width / view.width, box.height / view.height) / (drawing.currentCSSZoom || 1);
    if (pixelsPerUnit > 0) drawing.style.setProperty('--_units-per-px', String(1 / pixelsPerUnit));
    this.#arrangeLabels(false);
  }

  /**
   * Places the tooltip through the CSSOM, which a strict CSP allows (a `style` attribute it does not):
   * above the area, or below it, so it never hides the area it names (nor its focus ring); and, where
   * there is room, clear of the selected area, else of its label, moving sideways if it must while
   * still beside its own area.
   */
  #placeTip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const area = this.#area(this.tipCode);
    const holder = tip?.parentElement;
    const drawing = holder?.querySelector('svg');
    const shape = this.renderRoot.querySelector(`path[data-code="${this.tipCode}"]`);
    if (!tip || !area || !holder || !drawing || !shape) return;
    const [origin, frame, box] = [holder, drawing, shape].map((element) => element.getBoundingClientRect()) as [DOMRect, DOMRect, DOMRect];
    const view = this.#view;
    // Measured on screen, set in the CSS pixels of a page part that CSS zoom may have scaled.
    const zoom = holder.currentCSSZoom || 1;
    const inHolder = (rect: DOMRect) => ({
      left: (Math.max(rect.left, frame.left) - origin.left) / zoom,
      right: (Math.min(rect.right, frame.right) - origin.left) / zoom,
      top: (Math.max(rect.top, frame.top) - origin.top) / zoom,
      bottom: (Math.min(rect.bottom, frame.bottom) - origin.top) / zoom,
    });
    const own = inHolder(box);
    const across = (Math.min(Math.max((area.label[0] - view.x) / view.width, 0), 1) * frame.width + frame.left - origin.left) / zoom;
    // The gap the tooltip keeps from its area (0.75rem, as its translate below).
    const gap = 0.75 * parseFloat(getComputedStyle(document.documentElement).fontSize);
    const [width, height, room] = [tip.getBoundingClientRect().width / zoom, tip.offsetHeight, origin.width / zoom];
    const half = width / 2;
    // Kept inside the map, so a tooltip near the edge neither makes the page scroll sideways nor is squeezed.
    const inside = (x: number) => Math.max(half, Math.min(x, room - half));
    const centre = inside(across);
    const rectAt = (x: number, above: boolean) => {
      const top = above ? Math.round(own.top) - gap - height : Math.round(own.bottom) + gap;
      return { left: x - half, right: x + half, top, bottom: top + height };
    };
    let place = { x: centre, above: own.top >= height + gap };
    const selected = this.selected === area.code ? null : this.renderRoot.querySelector(`path[data-code="${this.selected}"]`);
    if (selected) {
      const label = [
        ...this.renderRoot.querySelectorAll<SVGTextElement>(
          `text[data-label="${this.selected}"], text[data-label="${this.selected}"] + text`,
        ),
      ].find((text) => !text.hasAttribute('visibility'));
      const clear = [selected, label].flatMap((element) => (element ? [inHolder(element.getBoundingClientRect())] : []));
      const overlaps = (a: ReturnType<typeof rectAt>, b: ReturnType<typeof rectAt>) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const found = clear
        .flatMap((avoid) =>
          [true, false].flatMap((above) =>
            [centre, inside(avoid.left - half - 4), inside(avoid.right + half + 4)].map((x) => ({ x, above, avoid })),
          ),
        )
        .find(({ x, above, avoid }) => {
          const rect = rectAt(x, above);
          // Room for it in the map, beside its own area, and clear of what it must not hide.
          return (
            rect.top >= 0 && rect.bottom <= origin.height / zoom && rect.left < own.right && own.left < rect.right && !overlaps(rect, avoid)
          );
        });
      if (found) place = found;
    }
    tip.style.setProperty('left', `${place.x}px`);
    tip.style.setProperty('top', `${Math.round(place.above ? own.top : own.bottom)}px`);
    tip.style.setProperty('translate', place.above ? '-50% calc(-100% - 0.75rem)' : '-50% 0.75rem');
  }

  /**
   * Moves or hides labels so none overlap, once per change of what decides their size and place:
   * the areas labelled, the selection (drawn bold), the part of the map drawn, and the label font
   * from the visitor's settings and the map's size.
   */
  #arrangeLabels(force: boolean): void {
    const labels = [...this.renderRoot.querySelectorAll<SVGTextElement>('text[data-label]')];
    const font = labels[0] ? getComputedStyle(labels[0]) : undefined;
    const view = this.#view;
    const key = [
      this.selected,
      font?.fontFamily,
      font?.fontSize,
      font?.fontWeight,
      font?.letterSpacing,
      font?.strokeWidth,
      Object.values(view).join(),
      labels.map((label) => label.dataset.label).join(),
    ].join('|');
    if (!force && key === this.#labelsPlacedFor) return;
    if (!labels.length || !this.getClientRects().length) {
      this.#labelsPlacedFor = '';
      return;
    }
    this.#labelsPlacedFor = key;
    try {
      const markers = labels.map((label) => label.nextElementSibling as SVGTextElement);
      // Cleared for all before any is measured, so the layout is computed once, not per label; shown,
      // as some engines leave the halo of hidden text out of its box.
      for (const label of [...labels, ...markers]) {
        label.removeAttribute('dx');
        label.removeAttribute('dy');
        label.removeAttribute('visibility');
      }
      // The halo painted round each label (half its stroke each side), which some engines leave out of its bounds, and a gap.
      const halo = parseFloat(font?.strokeWidth ?? '0') || 0;
      const room = halo + parseFloat(font?.fontSize ?? '0') / 8;
      const toUnits = labels[0]!.ownerSVGElement?.getScreenCTM()?.inverse();
      // The box the engine draws the text in, which can be taller than the one it reports to getBBox,
      // or hold the halo (`pad`: added to the reported box, not again to a drawn box that holds it).
      const box = (label: SVGTextElement, pad = 0) => {
        const reported = label.getBBox();
        if (!toUnits) return reported;
        const drawn = label.getBoundingClientRect();
        const [start, end] = [new DOMPoint(drawn.left, drawn.top), new DOMPoint(drawn.right, drawn.bottom)].map((point) =>
          point.matrixTransform(toUnits),
        );
        const [x, y] = [Math.min(reported.x - pad / 2, start!.x), Math.min(reported.y - pad / 2, start!.y)];
        return {
          x,
          y,
          width: Math.max(reported.x + reported.width + pad / 2, end!.x) - x,
          height: Math.max(reported.y + reported.height + pad / 2, end!.y) - y,
        };
      };
      const measured = labels.map((label, index) => {
        const path = this.renderRoot.querySelector<SVGPathElement>(`path[data-code="${label.dataset.label}"]`)!;
        const { width, height } = path.getBBox();
        const marker = markers[index]!;
        return {
          label,
          marker,
          path,
          box: box(label),
          markerBox: box(marker, halo),
          size: width * height,
          selected: label.dataset.label === this.selected,
        };
      });
      this.#placeAgainWhenFontsLoad();
      // The selected area's label first, by its name unless that leaves another with neither name nor number; then larger areas before smaller ones.
      measured.sort((a, b) => Number(b.selected) - Number(a.selected) || b.size - a.size);
      // Centred on the middle of its box, as drawn; a number needs little gap, as its line is much taller than its figures.
      const centred = ({ x, y, width, height }: Frame, gap: number) => ({
        x: x + width / 2,
        y: y + height / 2,
        width: width + gap,
        height: height + gap,
      });
      const boxes = measured.map(({ box, markerBox, path }) => ({
        ...centred(box, room),
        onArea: (x: number, y: number) => path.isPointInFill(new DOMPoint(x, y)),
        marker: centred(markerBox, halo / 4),
      }));
      placeLabels(boxes, view).forEach((place, index) => {
        const { label, marker } = measured[index]!;
        const shown = place.visible && (place.marker ? marker : label);
        for (const text of [label, marker]) if (text !== shown) text.setAttribute('visibility', 'hidden');
        if (!shown) return;
        if (place.dx) shown.setAttribute('dx', String(place.dx));
        if (place.dy) shown.setAttribute('dy', String(place.dy));
      });
      const numbered = markers
        .filter((marker) => !marker.hasAttribute('visibility'))
        .map((marker) => [marker.textContent, marker.previousElementSibling!.textContent] as const);
      if (numbered.join() !== this.numbered.join()) this.numbered = numbered;
    } catch (error) {
      this.#labelsPlacedFor = '';
      warnOnce('<selca-coverage-map>: the labels could not be measured, so some may overlap.', error);
    }
  }

  /**
   * A font still loading (measuring the labels may start it) changes every label's width once it
   * has: the labels are placed again a frame after the page's fonts stop loading. Watched frame by
   * frame for up to ten seconds, as WebKit fires no loadingdone and settles a face's promise early.
   */
  #placeAgainWhenFontsLoad(): void {
    if (document.fonts?.status !== 'loading' || this.#watchingFonts) return;
    this.#watchingFonts = true;
    const giveUp = performance.now() + 10_000;
    const watch = () => {
      if (document.fonts.status === 'loading' && this.isConnected && performance.now() < giveUp) {
        requestAnimationFrame(watch);
        return;
      }
      this.#watchingFonts = false;
      requestAnimationFrame(() => this.#arrangeLabels(true));
    };
    requestAnimationFrame(watch);
  }

  /**
   * Shows the tooltip for an area under a mouse or pen (touch selects instead), or reached by keyboard.
   * Another area's tooltip under the pointer gives way after a moment, so that the pointer can cross
   * areas on its way onto it (WCAG 1.4.13: hoverable).
   */
  #showTip(area: AreaShape, from: PointerEvent | 'keyboard'): void {
    if (from !== 'keyboard' && (from.pointerType === 'touch' || this.#tipDismissed)) return;
    clearTimeout(this.#tipTimer);
    const show = () => {
      if (!this.tipCode) document.addEventListener('keydown', this.#onDocumentKeydown);
      this.#tipFrom = from === 'keyboard' ? from : 'pointer';
      this.tipCode = area.code;
    };
    if (from !== 'keyboard' && this.tipCode && this.#tipFrom === 'pointer') this.#tipTimer = setTimeout(show, TIP_DELAY);
    else show();
  }

  /** Hides the tooltip after a moment, so that moving from one area to the next does not flicker it. */
  #leaveTip(code?: string): void {
    if (code) this.#tipDismissed = false;
    if (this.#tipFrom !== 'pointer') return;
    clearTimeout(this.#tipTimer);
    this.#tipTimer = setTimeout(() => this.#hideTip(), TIP_DELAY);
  }

  #hideTip(): void {
    clearTimeout(this.#tipTimer);
    document.removeEventListener('keydown', this.#onDocumentKeydown);
    this.tipCode = null;
  }

  #onAreaFocus(area: AreaShape, path: SVGPathElement): void {
    this.focusedCode = area.code;
    // The ring and the name show for keyboard focus; a click has the pointer's own cues.
    const keyboard = path.matches(':focus-visible');
    this.keyboardCode = keyboard ? area.code : null;
    if (keyboard) this.#showTip(area, 'keyboard');
  }

  #onAreaBlur(): void {
    this.keyboardCode = null;
    if (this.#tipFrom === 'keyboard') this.#hideTip();
  }

  #renderTip(profile: MapProfile): TemplateResult | typeof nothing {
    const area = this.#area(this.tipCode);
    if (!area) return nothing;
    const count = profile.organisations.flatMap((org) => org.sites ?? []).filter((site) => site.borough === area.code).length;
    const words = this.#words;
    // Hidden from assistive technology: each option's name and the details say the same. It keeps
    // the pointer, as its area does, and a click on it selects its area.
    return html`<div
      class="tooltip"
      aria-hidden="true"
      @pointerenter=${() => clearTimeout(this.#tipTimer)}
      @pointerleave=${() => this.#leaveTip()}
      @click=${() => this.#select(area)}
    >
      <strong>${inLanguage(words, this.geometry.lang, area.name)}</strong>
      <span>${this.#highlighted.has(area.code) ? words.mark('tipSites', { number: words.number(count, undefined, 'tipSites'), count }) : words.mark('outside')}</span>
      <span>${words.mark(area.code === this.selected ? 'tipSelected' : 'tipSelect')}</span>
    </div>`;
  }

  /** Says a message in the live region: each time as new content, so a repeat is said again. */
  #announce(message: TemplateResult | string): void {
    this.#announcements += 1;
    this.announcement = message;
    this.requestUpdate();
  }

  #select(area: AreaShape | undefined): void {
    const code = area?.code ?? null;
    if (code === this.selected) return;
    this.selected = code;
    this.#acceptedSelection = code;
    this.#announce(
      area
        ? this.#words.mark('selected', { area: this.#words.dataIn('selected', this.geometry.lang, area.name) })
        : this.#words.mark('cleared'),
    );
    fire(this, 'selca-area-select', area ? { code: area.code, name: area.name } : null);
  }

  #focusArea(area: AreaShape | undefined): void {
    if (!area) return;
    this.focusedCode = area.code;
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGPathElement>(`[data-code="${area.code}"]`)?.focus());
  }

  /** Where Tab lands: the area last focused, else the selected one, else the alliance's first. */
  get #tabStop(): AreaShape | undefined {
    const areas = this.#areas;
    return (
      this.#offered(this.focusedCode) ?? this.#offered(this.selected) ?? areas.find((area) => this.#highlighted.has(area.code)) ?? areas[0]
    );
  }

  #onKeydown(event: KeyboardEvent): void {
    const areas = this.#areas;
    const current = this.#tabStop;
    if (!current) return;
    const move = KEY_MOVES[event.key];
    if (move) {
      event.preventDefault();
      const next = this.#offered(current.moves[move]);
      if (next) this.#focusArea(next);
      else
        this.#announce(
          this.#words.mark(EDGE_WORDS[move], { area: this.#words.dataIn(EDGE_WORDS[move], this.geometry.lang, current.name) }),
        );
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      this.#focusArea(event.key === 'Home' ? areas[0] : areas[areas.length - 1]);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#select(current);
    } else if (event.key === 'Escape') {
      // First the tooltip, which must go without the selection or focus going with it (WCAG 1.4.13),
      // then the selection, then the page's own use of the key.
      if (this.tipCode) {
        event.preventDefault();
        this.#tipDismissed = true;
        this.#hideTip();
      } else if (this.selected !== null) {
        event.preventDefault();
        this.#select(undefined);
      }
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
    const { areas } = this.#areaModel;
    const offered = new Set(this.#areas);
    const highlighted = this.#highlighted;
    const focusCode = this.#tabStop?.code;
    const ringed = this.#area(this.keyboardCode);
    const sites = profile.organisations.flatMap((org) => org.sites ?? []).filter((site) => site.location);
    const view = this.#view;
    const words = this.#words;
    const mapLang = words.langOf('mapName');
    // Marked against the map's name: an outside area's words back in the page's language inside a map named in English.
    const outsideLang = words.marksIn('mapName', words.langOf('outsideOption') ?? words.lang).lang;
    const areaLang = textLanguage(words, this.geometry.lang);
    const inMapLang = words.marksIn('mapName', this.geometry.lang).lang;
    return html`<div class="map" part="map">
      <svg
        viewBox="${view.x} ${view.y} ${view.width} ${view.height}"
        role="listbox"
        lang=${ifDefined(mapLang)}
        aria-label=${words.text('mapName', { area: midSentence(profile.area.name), map: this.geometry.name })}
        aria-describedby="help"
        @keydown=${(event: KeyboardEvent) => this.#onKeydown(event)}
      >
        ${areas.map((area) => {
          const inAlliance = highlighted.has(area.code);
          // Cropped out of the frame: drawn for context only. Chromium makes an SVG element with focus listeners focusable.
          const shown = offered.has(area);
          return svg`<path
              class="area ${inAlliance ? 'in-alliance' : ''}"
              role="option"
              data-code=${area.code}
              d=${area.path}
              tabindex=${shown ? (area.code === focusCode ? '0' : '-1') : nothing}
              aria-hidden=${shown ? nothing : 'true'}
              aria-selected=${area.code === this.selected ? 'true' : 'false'}
              aria-label=${inAlliance ? area.name : words.text('outsideOption', { area: area.name })}
              lang=${ifDefined(inAlliance ? inMapLang : outsideLang)}
              @focus=${shown ? (event: FocusEvent) => this.#onAreaFocus(area, event.target as SVGPathElement) : nothing}
              @blur=${shown ? () => this.#onAreaBlur() : nothing}
              @pointerenter=${(event: PointerEvent) => this.#showTip(area, event)}
              @pointerleave=${() => this.#leaveTip(area.code)}
              @click=${() => {
                this.#focusArea(area);
                this.#select(area);
              }}
            ></path>`;
        })}
        <path class="alliance-outline" aria-hidden="true" vector-effect="non-scaling-stroke" d=${this.#areaModel.outline}></path>
        <g class="sites" aria-hidden="true">
          ${sites.map((site) => {
            const [x, y] = projectPoint(this.geometry, site.location!.lat, site.location!.lon);
            return svg`<circle class="site" cx=${Math.round(x)} cy=${Math.round(y)} r="6"></circle>`;
          })}
        </g>
        ${ringed ? svg`<g class="focus-ring" aria-hidden="true"><path class="outer" vector-effect="non-scaling-stroke" d=${ringed.path}></path><path class="inner" vector-effect="non-scaling-stroke" d=${ringed.path}></path></g>` : nothing}
        <g aria-hidden="true" lang=${ifDefined(inMapLang)}>
          ${areas
            .filter((area) => highlighted.has(area.code))
            .map((area, index) => {
              const label = `label ${area.code === this.selected ? 'selected' : ''}`;
              // The area's name, and the number shown in its place where the name does not fit, each centred
              // on its point (which lies inside its area), not standing on it.
              return svg`<text class=${label} data-label=${area.code} x=${area.label[0]} y=${area.label[1]} dominant-baseline="central">${area.name}</text><text class="${label} marker" x=${area.label[0]} y=${area.label[1]} dominant-baseline="central" visibility="hidden">${index + 1}</text>`;
            })}
        </g>
      </svg>
      ${
        this.numbered.length
          ? html`<div class="key" part="key">
            <p id="key">${words.mark('key')}</p>
            <ol aria-labelledby="key">
              ${this.numbered.map(([number, name]) => html`<li value=${number} lang=${ifDefined(areaLang.lang)} dir=${ifDefined(areaLang.dir)}>${name}</li>`)}
            </ol>
          </div>`
          : nothing
      }
      ${this.#renderTip(profile)}
      <p id="help" class="help">${words.mark('help')}</p>
      <p class="attribution" lang=${ifDefined(areaLang.lang)} dir=${ifDefined(areaLang.dir)}>${this.geometry.attribution}</p>
    </div>`;
  }

  #renderDetails(profile: MapProfile): TemplateResult {
    const area = this.#area(this.selected);
    const level = clampHeadingLevel(this.headingLevel);
    const words = this.#words;
    if (!area) {
      return html`<section class="details" part="details" aria-labelledby="details-heading">
        <div id="details-heading" role="heading" aria-level=${level} class="visually-hidden">${words.mark('detailsHeading')}</div>
        <p>${words.mark('detailsPrompt')}</p>
      </section>`;
    }
    const organisations = new Map(profile.organisations.map((org) => [org.id, org]));
    const sites: Site[] = profile.organisations.flatMap((org) => org.sites ?? []).filter((site) => site.borough === area.code);
    const partners: Organisation[] = profile.organisations.filter((org) => org.boroughs.includes(area.code));
    const nameOf = (id: string) => organisations.get(id)?.name ?? id;
    const areaLang = textLanguage(words, this.geometry.lang);
    return html`<section class="details" part="details" aria-labelledby="details-heading">
      <div id="details-heading" class="heading" role="heading" aria-level=${level} lang=${ifDefined(areaLang.lang)} dir=${ifDefined(areaLang.dir)}>
        ${area.name}
      </div>
      <p>${words.mark(this.#highlighted.has(area.code) ? 'areaCode' : 'outsideCode', { code: area.code })}</p>
      ${
        sites.length
          ? html`<p>${words.mark('sites')}</p>
            <ul>
              ${sites.map(
                (site) => html`<li>
                  ${words.mark('siteRunBy', {
                    site: words.dataIn('siteRunBy', profile.lang, site.name),
                    operator: words.dataIn('siteRunBy', profile.lang, nameOf(site.operator)),
                  })}${
                    site.services?.length
                      ? html`<ul>
                        ${site.services.map(
                          // The trust that runs the site is named once, just before.
                          (service) =>
                            html`<li>
                              ${
                                service.provider === site.operator
                                  ? inLanguage(words, profile.lang, service.description)
                                  : words.mark('service', {
                                      provider: words.dataIn('service', profile.lang, nameOf(service.provider)),
                                      service: words.dataIn('service', profile.lang, service.description),
                                    })
                              }
                            </li>`,
                        )}
                      </ul>`
                      : nothing
                  }
                </li>`,
              )}
            </ul>`
          : html`<p>${words.mark('noSites')}</p>`
      }
      ${
        partners.length
          ? html`<p>${words.mark('partners')}</p>
            <ul>
              ${partners.map((org) => html`<li>${inLanguage(words, profile.lang, org.name)}</li>`)}
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
      <summary>${this.#words.mark('showTables')}</summary>
      ${
        !this.showTables
          ? nothing
          : tables
            ? tables.renderTables({
                profile,
                areas: this.#areas,
                inAlliance: (code) => this.#highlighted.has(code),
                areaOf: (code) => this.#offered(code),
                areaName: (code) => this.geometry.areas.find((area) => area.code === code)?.name ?? code,
                areaLang: this.geometry.lang,
                selected: this.selected,
                showOnMap: (area) => this.#showOnMap(area),
                words: this.#words,
              })
            : html`<p role="status">
${this.#words.mark(this.parts.failed(tablesPart) ? 'tablesFailed' : 'tablesLoading')}
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
      const { status, message, messageKey } = this.data;
      return html`${renderNotice(status, messageKey ? this.#words.mark(messageKey) : message)}
        ${
          profile
            ? html`<div class="layout">${this.#renderMap(profile)} ${this.#renderDetails(profile)}</div>
              ${this.#renderTables(profile)}`
            : nothing
        }
        <p class="visually-hidden announcement" role="status">${
          // Two templates taking turns: each message is a new element, so a repeat is new content to say.
          this.#announcements % 2 ? html`<span>${this.announcement}</span>` : html`<span class="again">${this.announcement}</span>`
        }</p>`;
    } catch (error) {
      log.error(`<${TAG}> could not draw the map.`, error);
      return this.renderUnavailable();
    }
  }
}
