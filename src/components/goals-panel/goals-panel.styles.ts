import { css } from 'lit';

export const goalsPanelStyles = css`
  :host {
    --_measure: var(--selca-measure-colour, #005eb8);
    --_measure-track: var(--selca-measure-track-colour, #d8dde0);
  }

  :host([data-selca-theme='dark']) {
    --_measure: #8ec9ff;
    --_measure-track: #3d5366;
  }

  :host([data-selca-theme='contrast-dark']) {
    --_measure: #ffff00;
    --_measure-track: #000000;
  }

  :host([data-selca-theme='contrast-light']) {
    --_measure: #000000;
    --_measure-track: #ffffff;
  }

  .goals,
  .principles ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .goals {
    display: grid;
    gap: 1rem;
  }

  :host([layout='cards']) .goals,
  :host(:not([layout])) .goals {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--selca-goal-min-width, 15rem)), 1fr));
  }

  .goal {
    display: flex;
    gap: 1rem;
    align-items: flex-start;
  }

  :host([layout='cards']) .goal,
  :host(:not([layout])) .goal {
    flex-direction: column;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-block-start: 4px solid var(--_brand);
    background-color: var(--_surface);
  }

  :host([layout='rows']) .goals {
    gap: 0;
  }

  :host([layout='rows']) .goal {
    gap: 0.75rem;
    padding-block: 0.5rem;
    border-block-end: 1px solid var(--_border);
  }

  :host([layout='rows']) .goal p {
    margin: 0;
  }

  .text {
    min-inline-size: 0;
    flex: 1;
  }

  .text > :last-child {
    margin-block-end: 0;
  }

  .icon {
    flex: none;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    fill: none;
    stroke: var(--_brand);
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  :host([layout='rows']) .icon {
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }

  .title {
    margin-block-end: 0.25rem;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }

  :host([layout='rows']) .title {
    font-size: 1.125em;
  }

  .measure {
    margin: 0 0 var(--_paragraph-spacing);
  }

  .sentence {
    margin: 0;
  }

  .chart {
    display: block;
    inline-size: 100%;
    max-inline-size: 24rem;
    block-size: 1.25rem;
    margin-block-end: 0.25rem;
  }

  .track {
    fill: var(--_measure-track);
    stroke: var(--_border);
    stroke-width: 1;
  }

  .bar {
    fill: var(--_measure);
  }

  /* Light with dark edges, so the target shows on the bar and on the empty scale in every theme. */
  .target {
    fill: var(--_background);
    stroke: var(--_text);
    stroke-width: 1.5;
  }

  .source {
    display: block;
    color: var(--_secondary-text);
    font-size: 0.875em;
  }

  .principles {
    margin-block-start: 1.5rem;
    padding: 1rem;
    border-inline-start: 4px solid var(--_brand);
    background-color: var(--_surface);
  }

  .principles-label {
    margin-block-end: 0.5rem;
    font-size: 1.25em;
    font-weight: 700;
  }

  .principles li + li {
    margin-block-start: 0.5rem;
  }

  /* The chart keeps its shape in system colours: an outlined scale, a solid bar, a marked target. */
  @media (forced-colors: active) {
    .icon {
      stroke: CanvasText;
    }
    .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .bar {
      fill: CanvasText;
    }
    .target {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
`;
