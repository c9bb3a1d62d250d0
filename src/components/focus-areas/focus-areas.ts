import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TemplateResult } from 'lit';
import { clampHeadingLevel, wordList } from '../../core/attributes.js';
import { fire } from '../../core/events.js';
import { log } from '../../core/log.js';
import { noticeStyles, renderNotice } from '../../core/notice.js';
import { ProfileElement } from '../../core/profile-element.js';
import type { ProfileParts } from '../../core/profile-loader.js';
import type { ProfileMessage } from '../../core/profile-source.js';
import type { AllianceProfile, Topic } from '../../core/profile.js';
import { inLanguage, textLanguage } from '../../core/profile-text.js';
import { themeStyles } from '../../core/theme.js';
import { WordsController } from '../../core/words.js';
import type { WordsFor } from '../../core/words.js';
import { focusAreasStyles } from './focus-areas.styles.js';
import { focusAreasWords } from './words.js';

/** The part of an alliance profile the focus areas show. */
export type FocusAreasProfile = Pick<AllianceProfile, 'focusAreas' | 'crossCuttingAreas' | 'words' | 'lang'>;

export { focusAreasWords };
/** Replacements for some of the focus areas' words. */
export type FocusAreasWords = WordsFor<typeof focusAreasWords>;

// The framework types generated from the manifest import each widget's event details from its module.
export type { FocusAreasToggleDetail } from '../../core/events.js';

const TAG = 'selca-focus-areas';

/**
 * @tag selca-focus-areas
 * @summary Where the alliance's work happens: its key focus areas and the areas that cut across
 * them, each a native disclosure whose description and link open on request.
 *
 * Each area is a `<details>` element, so keyboard, screen reader and the browser's find-in-page
 * (which opens a collapsed area holding the text found, where the engine supports it) behave as
 * they do everywhere else. "Expand all" and "Collapse all" change with the state, and the button says
 * whether every area is expanded, as GOV.UK Frontend's "Show all sections" does.
 *
 * Every word it shows or announces can be replaced: see `focusAreasWords` for the keys, `setWords`
 * for a whole page, a profile's `words`, and the `words` property for one element. It takes its
 * language and direction from its own `lang` and `dir` or its nearest ancestor's, and follows them.
 *
 * @fires {FocusAreasToggleDetail} selca-focus-areas-toggle - An area opened or closed, one event per area (also for "Expand
 * all" and "Collapse all"); `detail` is `{ id, open }`. Bubbles and is composed.
 *
 * @csspart group - The key focus areas, or the cross-cutting areas, with their heading.
 * @csspart area - One area: the `<details>` element.
 * @csspart toggle-all - The "Expand all" / "Collapse all" button.
 * @csspart notice - The message shown while the profile loads or when it cannot be used.
 */
export class FocusAreas extends ProfileElement<FocusAreasProfile> {
  static override styles = [themeStyles, noticeStyles, focusAreasStyles];
  static override profileParts: ProfileParts = { needs: ['focusAreas'], otherwise: { crossCuttingAreas: [] } };
  static override subject = 'the focus areas';

  static override get properties() {
    return {
      open: { converter: wordList, reflect: true },
      keyHeading: { attribute: 'key-heading' },
      crossCuttingHeading: { attribute: 'cross-cutting-heading' },
      words: { attribute: false },
    };
  }

  /** Ids of the open areas (reflected), for example `open="rapid-diagnostic-centres"`. */
  declare open: string[];
  /** Heading of the key focus areas, "Key focus areas" unless replaced; the same as `words.keyHeading`, and wins over it. */
  declare keyHeading: string | undefined;
  /** Heading of the cross-cutting areas, "Across all our work" unless replaced; the same as `words.crossCuttingHeading`, and wins over it. */
  declare crossCuttingHeading: string | undefined;
  /** Replacements for this element's words, by key (`focusAreasWords` lists them); they win over the page's and the profile's. */
  declare words: FocusAreasWords | undefined;

  readonly #words = new WordsController(
    this,
    TAG,
    focusAreasWords,
    () => [{ keyHeading: this.keyHeading, crossCuttingHeading: this.crossCuttingHeading }, this.words],
    () => this.data.value,
  ).speaks(() => import('./spoken-words.js').then((module) => module.focusAreasSpoken));

  constructor() {
    super();
    this.open = [];
  }

  protected override profileMessage(key: ProfileMessage): string {
    return this.#words.text(key);
  }

  #allIds(profile: FocusAreasProfile): string[] {
    return [...profile.focusAreas, ...profile.crossCuttingAreas].map((area) => area.id);
  }

  /** Follows every opening and closing, whether by click, key, find-in-page or script. */
  #onToggle(area: Topic, event: Event): void {
    const isOpen = (event.target as HTMLDetailsElement).open;
    if (isOpen === this.open.includes(area.id)) return;
    this.open = isOpen ? [...this.open, area.id] : this.open.filter((id) => id !== area.id);
    fire(this, 'selca-focus-areas-toggle', { id: area.id, open: isOpen });
  }

  /** Opens or closes every area, with one event for each area that changes. */
  #toggleAll(profile: FocusAreasProfile, expand: boolean): void {
    const changed = this.#allIds(profile).filter((id) => this.open.includes(id) !== expand);
    this.open = expand ? this.#allIds(profile) : [];
    for (const id of changed) {
      fire(this, 'selca-focus-areas-toggle', { id, open: expand });
    }
  }

  // The heading alone names the group: a group labelled by it would have it said twice.
  #renderGroup(areas: Topic[], heading: 'keyHeading' | 'crossCuttingHeading', level: number): TemplateResult | typeof nothing {
    if (!areas.length) return nothing;
    const { lang, dir } = this.#words.marks(heading);
    return html`<div class="group" part="group">
      <div class="group-heading" role="heading" aria-level=${level} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${this.#words.text(heading)}</div>
      ${this.#renderAreas(areas)}
    </div>`;
  }

  #renderAreas(areas: Topic[]): TemplateResult {
    const profileLang = this.data.value?.lang;
    // The title in a span, so that the summary's marker stays on the widget's side.
    const { lang, dir } = textLanguage(this.#words, profileLang);
    // eslint-disable-next-line lit-a11y/no-redundant-role -- Safari and VoiceOver drop the semantics of a list drawn without bullets unless its role is said.
    return html`<ul class="areas" role="list">
        ${areas.map(
          (area) => html`<li>
            <details part="area" data-id=${area.id} .open=${this.open.includes(area.id)} @toggle=${(event: Event) => this.#onToggle(area, event)}>
              <summary>${inLanguage(this.#words, profileLang, area.title)}</summary>
              <div class="body">
                <p lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${area.summary}</p>
                ${area.url ? html`<a href=${area.url}>${this.#words.mark('more', { area: area.title })}</a>` : nothing}
              </div>
            </details>
          </li>`,
        )}
      </ul>`;
  }

  #renderAll(profile: FocusAreasProfile): TemplateResult {
    const level = clampHeadingLevel(this.headingLevel);
    const all = this.#allIds(profile);
    const allOpen = all.length > 0 && all.every((id) => this.open.includes(id));
    if (!all.length) return html``;
    return html`<button type="button" class="selca-button toggle-all" part="toggle-all" aria-expanded=${allOpen} @click=${() => this.#toggleAll(profile, !allOpen)}>
        ${this.#words.mark(allOpen ? 'collapseAll' : 'expandAll')}
      </button>
      ${this.#renderGroup(profile.focusAreas, 'keyHeading', level)}
      ${this.#renderGroup(profile.crossCuttingAreas, 'crossCuttingHeading', level)}`;
  }

  override render(): TemplateResult {
    const profile = this.data.value;
    try {
      const { status, message, messageKey } = this.data;
      return html`${renderNotice(status, messageKey ? this.#words.mark(messageKey) : message)} ${profile ? this.#renderAll(profile) : nothing}`;
    } catch (error) {
      log.error(`<${TAG}> could not show the focus areas.`, error);
      return this.renderUnavailable();
    }
  }
}
