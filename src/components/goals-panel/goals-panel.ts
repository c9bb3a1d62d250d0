import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TemplateResult } from 'lit';
import { clampHeadingLevel } from '../../core/attributes.js';
import { log } from '../../core/log.js';
import { noticeStyles, renderNotice } from '../../core/notice.js';
import { ProfileElement } from '../../core/profile-element.js';
import type { ProfileParts } from '../../core/profile-loader.js';
import type { ProfileMessage } from '../../core/profile-source.js';
import { scaleMax } from '../../core/measure-scale.js';
import type { AllianceProfile, Goal, Measure } from '../../core/profile.js';
import { inLanguage, textLanguage } from '../../core/profile-text.js';
import { themeStyles } from '../../core/theme.js';
import { WordsController } from '../../core/words.js';
import type { WordsFor } from '../../core/words.js';
import { GOAL_ICONS } from './goal-icons.js';
import { goalsPanelStyles } from './goals-panel.styles.js';
import { goalsPanelWords } from './words.js';

/** The part of an alliance profile the goals panel shows. */
export type GoalsProfile = Pick<AllianceProfile, 'goals' | 'principles' | 'words' | 'lang'>;

export { goalsPanelWords };
/** Replacements for some of the goals panel's words. */
export type GoalsPanelWords = WordsFor<typeof goalsPanelWords>;

const TAG = 'selca-goals-panel';

/**
 * @tag selca-goals-panel
 * @summary What the alliance is for: its shared goals as cards, a list or compact rows, each with an
 * optional measure and link, and the principles under all of them.
 *
 * A goal's measure (figure, target, period, source) is written out in words and drawn as a small
 * bar against its target; the drawing is hidden from assistive technology because the words carry
 * everything. A measure that does not make sense (a figure above its scale, no target, a negative
 * or non-numeric figure) is left out, with the reason in the console, and the goal still shows.
 *
 * Every word it shows or announces can be replaced: see `goalsPanelWords` for the keys, `setWords`
 * for a whole page, a profile's `words`, and the `words` property for one element. It takes its
 * language and direction from its own `lang` and `dir` or its nearest ancestor's, and follows them.
 *
 * @csspart goals - The list of goals.
 * @csspart goal - One goal.
 * @csspart measure - A goal's measure: its words, chart and source.
 * @csspart principles - The principles under every goal.
 * @csspart notice - The message shown while the profile loads or when it cannot be used.
 *
 * @cssprop [--selca-goal-min-width=15rem] - The narrowest a card gets in the cards layout.
 * @cssprop [--selca-measure-colour=#005eb8] - The bar of a measure's chart.
 * @cssprop [--selca-measure-track-colour=#d8dde0] - The empty part of a measure's scale.
 */
export class GoalsPanel extends ProfileElement<GoalsProfile> {
  static override styles = [themeStyles, noticeStyles, goalsPanelStyles];
  static override profileParts: ProfileParts = { needs: ['goals'], otherwise: { principles: [] } };
  static override subject = 'the goals';

  static override get properties() {
    return {
      layout: { reflect: true },
      principlesLabel: { attribute: 'principles-label' },
      words: { attribute: false },
    };
  }

  /** `cards` (default), `list`, or `rows` (compact, one goal per line where there is room). */
  declare layout: 'cards' | 'list' | 'rows';
  /**
   * The label of the principles beneath the goals (they are a labelled group, not a seventh
   * heading), "Under every goal" unless replaced; the same as `words.principlesLabel`, and wins over it.
   */
  declare principlesLabel: string | undefined;
  /** Replacements for this element's words, by key (`goalsPanelWords` lists them); they win over the page's and the profile's. */
  declare words: GoalsPanelWords | undefined;

  readonly #words = new WordsController(
    this,
    TAG,
    goalsPanelWords,
    () => [{ principlesLabel: this.principlesLabel }, this.words],
    () => this.data.value,
  ).speaks(() => import('./spoken-words.js').then((module) => module.goalsPanelSpoken));

  constructor() {
    super();
    this.layout = 'cards';
  }

  protected override profileMessage(key: ProfileMessage): string {
    return this.#words.text(key);
  }

  /** "73%", "1,204 people": a figure as the sentence beside the chart says it. */
  #figure(value: number, unit = ''): TemplateResult | string {
    const words = this.#words;
    // Written as the word it goes into writes numbers: the measure's sentence, or the figure's.
    if (unit === '%') return words.number(value / 100, { style: 'percent', maximumFractionDigits: 3 }, 'measure');
    return unit
      ? words.markIn('measure', 'figure', {
          number: words.number(value, undefined, 'figure', 'measure'),
          unit: words.dataIn('figure', this.data.value?.lang, unit, 'measure'),
          count: value,
        })
      : words.number(value, undefined, 'measure');
  }

  #renderMeasure(measure: Measure): TemplateResult {
    const { label, value, target, unit, period, source } = measure;
    const top = scaleMax(measure);
    const x = (value: number) => (top > 0 ? Math.round((Math.min(value, top) / top) * 2000) / 10 : 0);
    // A div, not a figure: a figure would be named with the whole sentence, then read it again.
    return html`<div class="measure" part="measure">
      <svg class="chart" viewBox="0 0 200 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <!-- The bar grows from the start of the line: from the right in a right-to-left page. -->
        <g transform=${this.#words.dir === 'rtl' ? 'matrix(-1 0 0 1 200 0)' : nothing}>
          <rect class="track" x="0" y="5" width="200" height="10" vector-effect="non-scaling-stroke"></rect>
          <rect class="bar" x="0" y="5" width=${x(value)} height="10"></rect>
          <rect
            class="target"
            x=${Math.min(196, Math.max(0, x(target) - 2))}
            y="1"
            width="4"
            height="18"
            vector-effect="non-scaling-stroke"
          ></rect>
        </g>
      </svg>
      <p class="sentence">
        ${this.#words.mark('measure', {
          label: this.#words.dataIn('measure', this.data.value?.lang, label),
          value: this.#figure(value, unit),
          target: this.#figure(target, unit),
          period: this.#words.dataIn('measure', this.data.value?.lang, period),
        })}
        <span class="source">
          ${this.#words.mark('source')} ${inLanguage(this.#words, this.data.value?.lang, source.url ? html`<a href=${source.url}>${source.title}</a>` : source.title)}
        </span>
      </p>
    </div>`;
  }

  #renderGoal(goal: Goal, index: number, level: number): TemplateResult {
    const { lang, dir } = textLanguage(this.#words, this.data.value?.lang);
    return html`<li class="goal" part="goal">
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${GOAL_ICONS[index % GOAL_ICONS.length]}</svg>
      <div class="text">
        <div class="title" role="heading" aria-level=${level} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${goal.title}</div>
        <p lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${goal.summary}</p>
        ${goal.measure ? this.#renderMeasure(goal.measure) : nothing}
        ${
          goal.url
            ? html`<a class="more" href=${goal.url}
                >${this.#words.mark('goalLink', { goal: this.#words.dataIn('goalLink', this.data.value?.lang, goal.title) })}</a
              >`
            : nothing
        }
      </div>
    </li>`;
  }

  #renderPrinciples(profile: GoalsProfile): TemplateResult {
    // eslint-disable-next-line lit-a11y/no-redundant-role -- Safari and VoiceOver drop the semantics of a list drawn without bullets unless its role is said.
    return html`<ul role="list">
      ${profile.principles.map(
        (principle) => html`<li>
          ${inLanguage(this.#words, profile.lang, html`<strong>${principle.title}</strong> ${principle.summary}`)}
          ${
            principle.url
              ? html`<a href=${principle.url}
                  >${this.#words.mark('principleLink', { principle: this.#words.dataIn('principleLink', profile.lang, principle.title) })}</a
                >`
              : nothing
          }
        </li>`,
      )}
    </ul>`;
  }

  #renderPanel(profile: GoalsProfile): TemplateResult {
    const level = clampHeadingLevel(this.headingLevel);
    const label = this.#words.marks('principlesLabel');
    // The principles' label names their group and is hidden from assistive technology, so it is said once;
    // but not while it is English on a page in another language: a group's name is said in the page's
    // voice whatever its lang, so browse mode reads it too, in English.
    // eslint-disable-next-line lit-a11y/no-redundant-role -- Safari and VoiceOver drop the semantics of a list drawn without bullets unless its role is said.
    return html`<ul class="goals" part="goals" role="list">
        ${profile.goals.map((goal, index) => this.#renderGoal(goal, index, level))}
      </ul>
      ${
        profile.principles.length
          ? html`<div class="principles" part="principles" role="group" aria-labelledby="principles-label">
            <p
              id="principles-label"
              class="principles-label"
              aria-hidden=${ifDefined(label.lang ? undefined : 'true')}
              lang=${ifDefined(label.lang)}
              dir=${ifDefined(label.dir)}
            >
              ${this.#words.text('principlesLabel')}
            </p>
            ${this.#renderPrinciples(profile)}
          </div>`
          : nothing
      }`;
  }

  override render(): TemplateResult {
    const profile = this.data.value;
    try {
      const { status, message, messageKey } = this.data;
      return html`${renderNotice(status, messageKey ? this.#words.mark(messageKey) : message)}
      ${profile ? this.#renderPanel(profile) : nothing}`;
    } catch (error) {
      log.error(`<${TAG}> could not show the goals.`, error);
      return this.renderUnavailable();
    }
  }
}
