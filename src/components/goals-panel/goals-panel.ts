import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { clampHeadingLevel } from '../../core/attributes.js';
import { log } from '../../core/log.js';
import { noticeStyles, renderNotice } from '../../core/notice.js';
import { ProfileElement } from '../../core/profile-element.js';
import type { ProfileParts } from '../../core/profile-loader.js';
import { scaleMax } from '../../core/measure-scale.js';
import type { AllianceProfile, Goal, Measure } from '../../core/profile.js';

/** The part of an alliance profile the goals panel shows. */
export type GoalsProfile = Pick<AllianceProfile, 'goals' | 'principles'>;
import { themeStyles } from '../../core/theme.js';
import { GOAL_ICONS } from './goal-icons.js';
import { goalsPanelStyles } from './goals-panel.styles.js';

const TAG = 'selca-goals-panel';

/** "73%", "1,204 people": a figure as the text beside the chart says it. */
const amount = (value: number, unit = '') => `${value.toLocaleString('en-GB')}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`;

/** The sentence that carries a measure: the chart beside it only repeats it as a picture. */
export function describeMeasure(measure: Measure): string {
  const { label, value, target, unit, period } = measure;
  return `${label}: ${amount(value, unit)} in ${period}, against a target of ${amount(target, unit)}.`;
}

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
    };
  }

  /** `cards` (default), `list`, or `rows` (compact, one goal per line where there is room). */
  declare layout: 'cards' | 'list' | 'rows';
  /** The label of the principles beneath the goals; they are a labelled group, not a seventh heading. */
  declare principlesLabel: string;

  constructor() {
    super();
    this.layout = 'cards';
    this.principlesLabel = 'Under every goal';
  }

  #renderMeasure(measure: Measure): TemplateResult {
    const top = scaleMax(measure);
    const x = (value: number) => (top > 0 ? Math.round((Math.min(value, top) / top) * 2000) / 10 : 0);
    // A div, not a figure: a figure would be named with the whole sentence, then read it again.
    return html`<div class="measure" part="measure">
      <svg class="chart" viewBox="0 0 200 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect class="track" x="0" y="5" width="200" height="10" vector-effect="non-scaling-stroke"></rect>
        <rect class="bar" x="0" y="5" width=${x(measure.value)} height="10"></rect>
        <rect
          class="target"
          x=${Math.min(196, Math.max(0, x(measure.target) - 2))}
          y="1"
          width="4"
          height="18"
          vector-effect="non-scaling-stroke"
        ></rect>
      </svg>
      <p class="sentence">
        ${describeMeasure(measure)}
        <span class="source">
          Source: ${measure.source.url ? html`<a href=${measure.source.url}>${measure.source.title}</a>` : measure.source.title}
        </span>
      </p>
    </div>`;
  }

  #renderGoal(goal: Goal, index: number, level: number): TemplateResult {
    return html`<li class="goal" part="goal">
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${GOAL_ICONS[index % GOAL_ICONS.length]}</svg>
      <div class="text">
        <div class="title" role="heading" aria-level=${level}>${goal.title}</div>
        <p>${goal.summary}</p>
        ${goal.measure ? this.#renderMeasure(goal.measure) : nothing}
        ${goal.url ? html`<a class="more" href=${goal.url}>How we do this<span class="visually-hidden">: ${goal.title}</span></a>` : nothing}
      </div>
    </li>`;
  }

  #renderPrinciples(profile: GoalsProfile): TemplateResult {
    // eslint-disable-next-line lit-a11y/no-redundant-role -- Safari and VoiceOver drop the semantics of a list drawn without bullets unless its role is said.
    return html`<ul role="list">
      ${profile.principles.map(
        (principle) => html`<li>
          <strong>${principle.title}</strong>
          ${principle.summary}
          ${principle.url ? html`<a href=${principle.url}>More<span class="visually-hidden"> about ${principle.title}</span></a>` : nothing}
        </li>`,
      )}
    </ul>`;
  }

  #renderPanel(profile: GoalsProfile): TemplateResult {
    const level = clampHeadingLevel(this.headingLevel);
    // The principles' label names their group and is hidden from assistive technology, so it is said once.
    // eslint-disable-next-line lit-a11y/no-redundant-role -- Safari and VoiceOver drop the semantics of a list drawn without bullets unless its role is said.
    return html`<ul class="goals" part="goals" role="list">
        ${profile.goals.map((goal, index) => this.#renderGoal(goal, index, level))}
      </ul>
      ${
        profile.principles.length
          ? html`<div class="principles" part="principles" role="group" aria-labelledby="principles-label">
            <p id="principles-label" class="principles-label" aria-hidden="true">${this.principlesLabel}</p>
            ${this.#renderPrinciples(profile)}
          </div>`
          : nothing
      }`;
  }

  override render(): TemplateResult {
    const profile = this.data.value;
    try {
      return html`${renderNotice(this.data.status, this.data.message)} ${profile ? this.#renderPanel(profile) : nothing}`;
    } catch (error) {
      log.error(`<${TAG}> could not show the goals.`, error);
      return this.renderUnavailable();
    }
  }
}
