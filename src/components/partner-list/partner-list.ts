import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PropertyValues, TemplateResult } from 'lit';
import { midSentence } from '../../core/area-name.js';
import { clampHeadingLevel, wordList } from '../../core/attributes.js';
import { fire } from '../../core/events.js';
import type { PartnerFilterDetail } from '../../core/events.js';
import { log, warnOnce } from '../../core/log.js';
import { noticeStyles, renderNotice } from '../../core/notice.js';
import { ProfileElement } from '../../core/profile-element.js';
import type { ProfileParts } from '../../core/profile-loader.js';
import type { ProfileMessage } from '../../core/profile-source.js';
import { ORGANISATION_TYPES } from '../../core/organisation-types.js';
import { inLanguage, textLanguage } from '../../core/profile-text.js';
import type { TextLanguage } from '../../core/profile-text.js';
import { themeStyles } from '../../core/theme.js';
import { lazyPart } from '../../core/lazy.js';
import { WordsController } from '../../core/words.js';
import type { WordsFor } from '../../core/words.js';
import type { FollowedMap, MapAtConnect, MapSelectionChange } from './followed-map.js';
import { partnerListStyles } from './partner-list.styles.js';
import { ANNOUNCED_FOR, filterPartners, groupPartners, partnersFromMarkup, preparePartners } from './partners.js';
import type { Partner, PartnersProfile, ShownPartner } from './partners.js';
import { partnerListWords } from './words.js';

// The framework types generated from the manifest import each widget's event details from its module.
export type { PartnerFilterDetail } from '../../core/events.js';

export { partnerListWords };
/** Replacements for some of the partner list's words. */
export type PartnerListWords = WordsFor<typeof partnerListWords>;

const TAG = 'selca-partner-list';
/** Following a map's selection: downloaded only by a list that names a map in `for-map`. */
const followedMapPart = lazyPart(() => import('./followed-map.js'));
/** How long typing must pause before the new count is announced. */
export const TYPING_PAUSE = 700;
/** Partners shown at first and added by each "Show more": a page stays quick with thousands. */
const PAGE = 50;

/**
 * @tag selca-partner-list
 * @summary The organisations working together in the alliance, grouped by type, with search and
 * filters by type and borough.
 *
 * Organisations come from the alliance profile, or from plain HTML written inside the element,
 * which shows as it is where the script does not run and is upgraded where it does:
 *
 * ```html
 * <selca-partner-list>
 *   <ul>
 *     <li data-type="acute-trust" data-boroughs="E09000022 E09000028">
 *       <a href="https://www.example.nhs.uk/">Example NHS Foundation Trust</a>
 *       <p>What it does in the alliance, in one line.</p>
 *     </li>
 *   </ul>
 * </selca-partner-list>
 * ```
 *
 * `data-type` is one of acute-trust, integrated-care-system, primary-care, local-authority,
 * charity, patient-group, other; `data-boroughs` lists GSS codes; an `<img>` with `alt` is a logo.
 *
 * Every word it shows or announces can be replaced: see `partnerListWords` for the keys, `setWords`
 * for a whole page, a profile's `words`, and the `words` property for one element. It takes its
 * language and direction from its own `lang` and `dir` or its nearest ancestor's, and follows them.
 *
 * @fires {PartnerFilterDetail} selca-partner-filter - The filters changed; `detail` is `{ type, borough, query }`
 * (`null` or `''` for "all"). Bubbles and is composed.
 *
 * @csspart filters - The search box and filters.
 * @csspart count - The line saying how many partners are shown.
 * @csspart group - One group of partners of a type, with its heading.
 * @csspart partner - One organisation.
 * @csspart notice - The message shown while the profile loads or when it cannot be used.
 *
 * @cssprop [--selca-partner-min-width=16rem] - The narrowest a column of the grid layout gets.
 */
export class PartnerList extends ProfileElement<PartnersProfile> {
  static override styles = [themeStyles, noticeStyles, partnerListStyles];
  static override profileParts: ProfileParts = { needs: ['area', 'organisations'] };
  static override subject = 'the list of partners';

  static override get properties() {
    return {
      type: { reflect: true },
      borough: { reflect: true },
      query: { reflect: true },
      types: { converter: wordList, reflect: true },
      boroughs: { converter: wordList, reflect: true },
      layout: { reflect: true },
      forMap: { attribute: 'for-map' },
      syncUrl: { attribute: 'sync-url' },
      searchLabel: { attribute: 'search-label' },
      words: { attribute: false },
      announcement: { state: true, attribute: false },
      limit: { state: true, attribute: false },
      markup: { state: true, attribute: false },
    };
  }

  /** Organisation type to show (`acute-trust`, `charity`…), or null for all types. */
  declare type: string | null;
  /** GSS code of the borough whose partners to show, or null for all boroughs. */
  declare borough: string | null;
  /** Search text, matched against names and descriptions ignoring case and accents. */
  declare query: string;
  /** Limits the list to these organisation types; the type filter offers only these. */
  declare types: string[];
  /** Limits the list to partners serving these boroughs (GSS codes); the borough filter offers only these. */
  declare boroughs: string[];
  /** `list` (one column) or `grid` (cards in as many columns as fit). */
  declare layout: 'list' | 'grid';
  /**
   * Id of a `<selca-coverage-map>`, in the same document or shadow root, whose selection filters the
   * list by borough however it is set: by a visitor, by the page's code, or in the page's HTML.
   */
  declare forMap: string | null;
  /**
   * Keeps the filters in the page address, so a filtered view can be linked to and survives reload
   * and Back. The value names the query parameters (`partners` gives `partners-type`,
   * `partners-borough`, `partners-q`); empty means `partners`.
   */
  declare syncUrl: string | null;
  /**
   * The search box's label, "Search by name or description" unless replaced; the same as
   * `words.searchLabel`, and wins over it.
   */
  declare searchLabel: string | undefined;
  /** Replacements for this element's words, by key (`partnerListWords` lists them); they win over the page's and the profile's. */
  declare words: PartnerListWords | undefined;
  declare private announcement: TemplateResult | string;
  declare private limit: number;
  /** Partners written as HTML inside the element, when there are any. */
  declare private markup: Partner[] | null;

  readonly #words = new WordsController(
    this,
    TAG,
    partnerListWords,
    () => [{ searchLabel: this.searchLabel }, this.words],
    () => this.data.value,
  ).speaks(() => import('./spoken-words.js').then((module) => module.partnerListSpoken));
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #focusedBeforeUpdate?: { element: Element; text: string | null };
  /** Where the visitor's own action sends focus once the update is drawn (the search box, the first partner added). */
  #focusAfterUpdate?: () => HTMLElement | null | undefined;
  // The host's own reflected attributes change as the visitor types; only the content matters here.
  readonly #markupObserver = new MutationObserver((records) => {
    if (records.some((record) => record.target !== this)) this.#readMarkup();
  });
  #markupText = '';
  readonly #onPopState = () => this.#readUrl(true);
  // A selection on a map is the visitor asking: following it, if it could not be downloaded, is tried again.
  readonly #onAreaSelect = () => {
    if (this.forMap && this.parts.failed(followedMapPart)) this.parts.use(followedMapPart, { retry: true });
  };
  #followedMap?: FollowedMap;
  #mapAtConnect?: MapAtConnect;
  #prepared?: { source: unknown; profile: PartnersProfile; partners: ShownPartner[] };
  #restricted?: { all: ShownPartner[]; key: string; partners: ShownPartner[] };
  #lastDrawn?: ShownPartner[];

  constructor() {
    super();
    this.type = null;
    this.borough = null;
    this.query = '';
    this.types = [];
    this.boroughs = [];
    this.layout = 'list';
    this.forMap = null;
    this.syncUrl = null;
    this.announcement = '';
    this.limit = PAGE;
    this.markup = null;
  }

  protected override profileMessage(key: ProfileMessage): string {
    return this.#words.text(key);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readMarkup();
    this.#markupObserver.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
    window.addEventListener('popstate', this.#onPopState);
    document.addEventListener('selca-area-select', this.#onAreaSelect);
    this.#readUrl();
    const root = this.getRootNode() as Partial<Document>;
    const map = (this.forMap && root.getElementById?.(this.forMap)) || null;
    this.#mapAtConnect = { map, selected: map?.getAttribute('selected') || null };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#markupObserver.disconnect();
    window.removeEventListener('popstate', this.#onPopState);
    document.removeEventListener('selca-area-select', this.#onAreaSelect);
    clearTimeout(this.#announceTimer);
  }

  #readMarkup(): void {
    const partners = partnersFromMarkup(this, TAG);
    const text = JSON.stringify(partners);
    if (text === this.#markupText) return;
    this.#markupText = text;
    this.markup = partners.length ? partners : null;
  }

  get #params(): string | null {
    return this.syncUrl === null ? null : this.syncUrl.trim() || 'partners';
  }

  /** Takes the filters from the page address, when `sync-url` is set and the address has them. */
  #readUrl(always = false): void {
    const prefix = this.#params;
    if (!prefix) return;
    const search = new URLSearchParams(location.search);
    const keys = ['type', 'borough', 'q'].map((key) => `${prefix}-${key}`);
    if (!always && !keys.some((key) => search.has(key))) return;
    const type = search.get(keys[0]!);
    const borough = search.get(keys[1]!);
    this.#change(
      {
        type: type && (ORGANISATION_TYPES as readonly string[]).includes(type) ? type : null,
        borough: borough && /^[A-Z]\d{8}$/.test(borough) ? borough : null,
        query: search.get(keys[2]!) ?? '',
      },
      true,
      'none',
    );
  }

  #writeUrl(push: boolean): void {
    const prefix = this.#params;
    if (!prefix) return;
    const url = new URL(location.href);
    const values = { type: this.type, borough: this.borough, q: this.query };
    for (const [key, value] of Object.entries(values)) {
      if (value) url.searchParams.set(`${prefix}-${key}`, value);
      else url.searchParams.delete(`${prefix}-${key}`);
    }
    if (url.href === location.href) return;
    try {
      history[push ? 'pushState' : 'replaceState'](history.state, '', url);
    } catch (error) {
      warnOnce(`<${TAG}>: the filters could not be kept in the page address.`, error);
    }
  }

  /**
   * Applies filters the visitor (or a coupled map, or the address) chose: fires the event, keeps the
   * address (a new history entry for a chosen filter, the same entry while typing or following the
   * map), announces the count unless the map has announced the visitor's choice on it.
   */
  #change(
    filter: Partial<PartnerFilterDetail>,
    immediate: boolean,
    history: 'push' | 'replace' | 'none' = 'push',
    announcedByMap = false,
  ): void {
    const before = `${this.type}|${this.borough}|${this.query}`;
    Object.assign(this, filter);
    if (`${this.type}|${this.borough}|${this.query}` === before) return;
    this.limit = PAGE;
    if (history !== 'none') this.#writeUrl(history === 'push' && !('query' in filter && Object.keys(filter).length === 1));
    fire(this, 'selca-partner-filter', { type: this.type, borough: this.borough, query: this.query });
    this.#announce(immediate ? 50 : TYPING_PAUSE, !announcedByMap);
  }

  /**
   * After `delay`, empties the live region (so a count the same as the last one is still
   * announced) and, when `say`, announces the count in it, then empties it again: reading mode then
   * finds the count once, where it shows.
   */
  #announce(delay: number, say: boolean): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.announcement = '';
      if (say)
        this.#announceTimer = setTimeout(() => {
          this.announcement = this.#countText();
          this.#announceTimer = setTimeout(() => (this.announcement = ''), ANNOUNCED_FOR);
        }, 100);
    }, delay);
  }

  /**
   * A map's selection when the list first sees it fills an empty borough filter (one from the
   * list's attribute, the address or the visitor stays); every later change of it is followed.
   */
  #followMap(code: string | null, how: MapSelectionChange, announcedByMap: boolean): void {
    if (how !== 'changed' && this.borough) return;
    // The selection a map has as the page loads is where the page starts, not news to announce.
    if (how === 'on-connect') this.borough = code;
    else this.#change({ borough: code }, true, 'replace', announcedByMap);
  }

  #clearFilters(): void {
    this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLInputElement>('#search');
    this.#change({ type: null, borough: null, query: '' }, true);
    this.requestUpdate();
  }

  #allPartners(profile: PartnersProfile): ShownPartner[] {
    const source = this.markup ?? profile.organisations;
    if (this.#prepared?.source !== source || this.#prepared.profile !== profile) {
      this.#prepared = { source, profile, partners: preparePartners(source, profile, TAG, this.markup ? undefined : profile.lang) };
    }
    return this.#prepared.partners;
  }

  /**
   * The profile to show: partners written in the page need it only for borough names, so they show
   * at once, with the built-in names, while another profile loads or when it fails.
   */
  get #shownProfile(): PartnersProfile | undefined {
    return this.data.value ?? (this.markup ? (PartnerList.defaultProfile as PartnersProfile | undefined) : undefined);
  }

  /** The partners the web team allows here, before the visitor's filters. */
  get #available(): ShownPartner[] {
    const profile = this.#shownProfile;
    if (!profile) return [];
    const all = this.#allPartners(profile);
    // Kept between keystrokes: only the web team's restrictions decide it, not the visitor's search.
    const key = `${this.types.join()}|${this.boroughs.join()}`;
    if (this.#restricted?.all !== all || this.#restricted.key !== key) {
      const partners = all.filter(
        (partner) =>
          (!this.types.length || this.types.includes(partner.type)) &&
          (!this.boroughs.length || partner.boroughs.some((code) => this.boroughs.includes(code))),
      );
      this.#restricted = { all, key, partners };
    }
    return this.#restricted.partners;
  }

  /** A borough's name as the followed map gave it, else its code (for one the profile does not list). */
  #outsideName(code: string): string {
    return this.#followedMap?.nameOf(code) ?? code;
  }

  #countText(matching = filterPartners(this.#available, this).length, all = this.#available.length): TemplateResult | string {
    const words = this.#words;
    const code = this.borough;
    if (!matching)
      return code && !this.#shownProfile?.area.boroughs.some((entry) => entry.code === code)
        ? words.mark('outside', { borough: words.dataIn('outside', this.#shownProfile?.lang, this.#outsideName(code)) })
        : words.mark('none');
    const key = matching > this.limit ? 'countFirst' : 'count';
    const number = (value: number) => words.number(value, undefined, key);
    return key === 'countFirst'
      ? words.mark(key, { matching: number(matching), total: number(all), shown: number(this.limit), count: all })
      : words.mark(key, { shown: number(matching), total: number(all), count: all });
  }

  #showMore(): void {
    const next = this.renderRoot.querySelectorAll('.partner').length;
    // Focus goes to the first partner just added, so the visitor carries on reading from there.
    this.#focusAfterUpdate = () => this.renderRoot.querySelectorAll<HTMLElement>('.partner')[next];
    this.limit += PAGE;
  }

  /** Also the list taking up the selection of the map it follows. */
  protected override pendingWork(): Promise<unknown> | undefined {
    return super.pendingWork() ?? this.#followedMap?.pending;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') && this.query === null) this.query = '';
    if (this.forMap && !this.#followedMap) {
      const follower = followedMapPart.value?.FollowedMap;
      if (follower) this.#followedMap = new follower(this, (...change) => this.#followMap(...change), this.#mapAtConnect);
      else this.parts.use(followedMapPart);
    }
    const element = this.shadowRoot?.activeElement;
    this.#focusedBeforeUpdate = element ? { element, text: element.textContent } : undefined;
  }

  protected override updated(): void {
    // An option the visitor picked ignores its selected attribute later, so the value is set directly.
    for (const key of ['type', 'borough'] as const) {
      const select = this.renderRoot.querySelector<HTMLSelectElement>(`#${key}`);
      if (select) select.value = this[key] ?? '';
    }
    // Focus moves once: where the visitor's action sends it, or else, when the result under it goes
    // (a coupled map, Back), to the count, not the page.
    const before = this.#focusedBeforeUpdate;
    const chosen = this.#focusAfterUpdate?.();
    const count = this.renderRoot.querySelector<HTMLElement>('#count');
    // Focus already on the count stays, and the live region says the new count: focusing it again says nothing.
    const gone =
      before &&
      before.element !== count &&
      (!before.element.isConnected || before.element.closest('[hidden]') || before.element.textContent !== before.text);
    this.#focusedBeforeUpdate = this.#focusAfterUpdate = undefined;
    if (chosen) chosen.focus();
    else if (gone) {
      count?.focus();
      // The count is read as it takes focus: the live region does not say it a second time.
      this.#announce(0, false);
    }
  }

  #renderFilters(profile: PartnersProfile, available: Partner[]): TemplateResult {
    const types = ORGANISATION_TYPES.filter((type) => available.some((partner) => partner.type === type));
    const boroughs = profile.area.boroughs.filter((entry) => !this.boroughs.length || this.boroughs.includes(entry.code));
    if (this.borough && !boroughs.some((entry) => entry.code === this.borough)) {
      boroughs.push({ code: this.borough, name: this.#outsideName(this.borough) });
    }
    const words = this.#words;
    const profileMarks = textLanguage(words, profile.lang);
    // A choice is [value, text, marks]: the marks of an English type, or a profile's borough, on a page in another language.
    const select = (
      key: 'type' | 'borough',
      all: 'allTypes' | 'allBoroughs',
      value: string | null,
      options: [string, string, TextLanguage][],
    ) => {
      const label = words.marks(`${key}Label`);
      const first = words.marks(all);
      return options.length > 1 || value
        ? html`<div class="field">
            <label for=${key} lang=${ifDefined(label.lang)} dir=${ifDefined(label.dir)}>${words.text(`${key}Label`)}</label>
            <select id=${key} @change=${(event: Event) => this.#change({ [key]: (event.target as HTMLSelectElement).value || null }, true)}>
              <option value="" lang=${ifDefined(first.lang)} dir=${ifDefined(first.dir)}>${words.text(all)}</option>
              ${options.map(([code, name, { lang, dir }]) => html`<option value=${code} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${name}</option>`)}
            </select>
          </div>`
        : nothing;
    };
    const searchLabel = words.marks('searchLabel');
    // Named by a hidden element rather than aria-label, so the name can carry its own language.
    return html`<div class="filters" part="filters" role="search" aria-labelledby="filters-label">
      <span id="filters-label" hidden lang=${ifDefined(words.langOf('filters'))}>${words.text('filters')}</span>
      <div class="field search">
        <label for="search" lang=${ifDefined(searchLabel.lang)} dir=${ifDefined(searchLabel.dir)}>${words.text('searchLabel')}</label>
        <input
          id="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          .value=${this.query}
          @input=${(event: Event) => this.#change({ query: (event.target as HTMLInputElement).value }, false)}
        />
      </div>
      ${select(
        'type',
        'allTypes',
        this.type,
        types.map((type) => [type, words.text(type), words.marks(type)]),
      )}
      ${select(
        'borough',
        'allBoroughs',
        this.borough,
        boroughs.map((entry) => [entry.code, entry.name, profileMarks]),
      )}
    </div>`;
  }

  #renderPartner(partner: ShownPartner, level: number, profile: PartnersProfile): TemplateResult {
    const words = this.#words;
    const { lang, dir } = textLanguage(words, partner.lang);
    const ownName = inLanguage(words, partner.lang, partner.name);
    const name = partner.link
      ? html`<a href=${partner.link}
          >${partner.external ? words.mark('externalLink', { name: words.dataIn('externalLink', partner.lang, partner.name) }) : ownName}</a
        >`
      : ownName;
    return html`<li class="partner" part="partner" tabindex="-1">
      ${
        partner.logoSrc
          ? html`<img class="logo" src=${partner.logoSrc} alt=${partner.logo?.alt ?? ''} lang=${ifDefined(lang)} loading="lazy" referrerpolicy="no-referrer" />`
          : nothing
      }
      ${level < 6 ? html`<div class="name" role="heading" aria-level=${level + 1}>${name}</div>` : html`<div class="name">${name}</div>`}
      ${partner.description ? html`<p lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${partner.description}</p>` : nothing}
      ${
        partner.everywhere
          ? html`<p class="served">${words.mark('servesAll', { area: words.dataIn('servesAll', profile.lang, midSentence(profile.area.name)) })}</p>`
          : partner.served.length
            ? html`<p class="served">${words.mark('serves', { boroughs: partner.served.map((name) => words.dataIn('serves', profile.lang, name)) })}</p>`
            : nothing
      }
    </li>`;
  }

  #renderPartners(members: ShownPartner[], level: number, profile: PartnersProfile): TemplateResult {
    // eslint-disable-next-line lit-a11y/no-redundant-role -- Safari and VoiceOver drop the semantics of a list drawn without bullets unless its role is said.
    return html`<ul class="partners" role="list">
      ${members.map((partner) => this.#renderPartner(partner, level, profile))}
    </ul>`;
  }

  #renderList(profile: PartnersProfile): TemplateResult {
    const level = clampHeadingLevel(this.headingLevel);
    const available = this.#available;
    const matching = filterPartners(available, this);
    const more = Math.min(PAGE, matching.length - this.limit);
    // While nothing matches, the last results stay in the page, hidden: the usual next keystroke
    // (deleting the letter that emptied the list) brings them back without building them again.
    const drawn = matching.length ? matching.slice(0, this.limit) : (this.#lastDrawn ?? []);
    this.#lastDrawn = drawn;
    const words = this.#words;
    return html`${this.#renderFilters(profile, available)}
      <p id="count" class="count" part="count" tabindex="-1">${this.#countText(matching.length, available.length)}</p>
      ${
        this.forMap && this.parts.failed(followedMapPart)
          ? html`<p class="selca-notice" data-kind="error">${words.mark('mapFailed')}</p>`
          : nothing
      }
      <div class="results" ?hidden=${!matching.length}>
        ${groupPartners(drawn).map(([type, members]) => {
          const { lang, dir } = words.marks(type);
          return html`<div class="group" part="group">
            <div class="group-heading" role="heading" aria-level=${level} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${words.text(type)}</div>
            ${this.#renderPartners(members, level, profile)}
          </div>`;
        })}
      </div>
      ${
        more > 0
          ? html`<div class="more">
            <button type="button" class="selca-button" @click=${() => this.#showMore()}>
              ${words.mark('showMore', { number: words.number(more, undefined, 'showMore'), count: more })}
            </button>
          </div>`
          : nothing
      }
      ${matching.length ? nothing : html`<button type="button" class="selca-button clear" @click=${() => this.#clearFilters()}>${words.mark('clear')}</button>`}`;
  }

  override render(): TemplateResult {
    const profile = this.#shownProfile;
    try {
      // Partners written in the page do not wait for a profile, so its loading or failure is not news to the visitor.
      const { status, message, messageKey } = this.data;
      const notice = this.markup ? renderNotice('ready', '') : renderNotice(status, messageKey ? this.#words.mark(messageKey) : message);
      return html`${notice} ${profile ? this.#renderList(profile) : nothing}
        <p class="visually-hidden" role="status">${this.announcement}</p>`;
    } catch (error) {
      log.error(`<${TAG}> could not show the partners.`, error);
      return this.renderUnavailable();
    }
  }
}
