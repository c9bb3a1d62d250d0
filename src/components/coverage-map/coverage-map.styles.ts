import { css } from 'lit';

export const coverageMapStyles = css`
  :host {
    --_area: var(--selca-map-area-colour, #d8e8f7);
    --_area-context: var(--selca-map-context-colour, #f0f4f5);
    --_area-selected: var(--selca-map-selected-colour, #005eb8);
    --_boundary: var(--selca-map-boundary-colour, #4c6272);
    --_site: var(--selca-map-site-colour, #212b32);
  }

  :host([data-selca-theme='dark']) {
    --_area: #23425e;
    --_area-context: #1b2733;
    --_area-selected: #8ec9ff;
  }

  :host([data-selca-theme='contrast-dark']) {
    --_area: #000000;
    --_area-context: #000000;
    --_area-selected: #ffff00;
    --_site: #00ffff;
  }

  :host([data-selca-theme='contrast-light']),
  :host([data-selca-theme='cream']) {
    --_area: #ffffff;
    --_area-context: #ffffff;
  }

  .layout {
    display: grid;
    gap: 1rem;
  }

  figure {
    position: relative;
    margin: 0;
  }

  .tooltip {
    position: absolute;
    z-index: 1;
    display: grid;
    max-inline-size: 14rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_text);
    border-radius: 4px;
    background-color: var(--_background);
    color: var(--_text);
    translate: -50% calc(-100% - 0.75rem);
  }

  svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    max-block-size: 70vh;
  }

  .area {
    fill: var(--_area-context);
    stroke: var(--_boundary);
    stroke-width: 1;
    cursor: pointer;
    outline: none;
  }

  .area.in-alliance {
    fill: var(--_area);
    stroke-width: 1.5;
  }

  .area[aria-selected='true'] {
    fill: var(--_area-selected);
    stroke: var(--_text);
    stroke-width: 3;
  }

  .area:hover {
    stroke-width: 3;
    stroke-dasharray: 6 3;
  }

  .focus-ring {
    fill: none;
    pointer-events: none;
  }

  .focus-ring .outer {
    stroke: var(--_focus);
    stroke-width: 8;
  }

  .focus-ring .inner {
    stroke: var(--_focus-text);
    stroke-width: 3;
  }

  .label {
    /* Grows with the visitor's text size from the accessibility toolbar. */
    font-size: calc(14px * var(--selca-text-scale, 1));
    font-weight: 700;
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
    text-anchor: middle;
    pointer-events: none;
  }

  .area[aria-selected='true'] + .label {
    fill: var(--_on-brand);
  }

  .site {
    fill: var(--_site);
    stroke: var(--_background);
    stroke-width: 2;
    pointer-events: none;
  }

  .help,
  .attribution {
    margin: 0.5rem 0 0;
    color: var(--_secondary-text);
  }

  .attribution {
    font-size: 0.875em;
  }

  .details .heading {
    margin: 0 0 0.5rem;
    font-size: 1.25em;
    line-height: 1.3;
  }

  .details ul {
    margin: 0 0 var(--_paragraph-spacing);
    padding-inline-start: 1.25rem;
  }

  .tables {
    margin-block-start: 1rem;
  }

  .tables summary {
    display: inline-block;
    /* 44px to aim at, plus the padding: the height it had before boxes were border-box. */
    min-block-size: calc(44px + 1rem);
    padding-block: 0.5rem;
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
  }

  @media (min-width: 48rem) {
    .layout {
      grid-template-columns: 3fr 2fr;
      align-items: start;
    }
  }

  @media (forced-colors: active) {
    .area,
    .area.in-alliance {
      fill: Canvas;
      stroke: CanvasText;
    }
    .area[aria-selected='true'] {
      fill: Highlight;
      stroke: CanvasText;
    }
    .focus-ring .outer {
      stroke: Highlight;
    }
    .focus-ring .inner {
      stroke: CanvasText;
    }
    .label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .area[aria-selected='true'] + .label {
      fill: HighlightText;
    }
    .site {
      fill: CanvasText;
      stroke: Canvas;
    }
  }
`;
