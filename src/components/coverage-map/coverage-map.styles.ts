import { css } from 'lit';

export const coverageMapStyles = css`
  :host {
    --_area: var(--selca-map-area-colour, #d8e8f7);
    --_area-context: var(--selca-map-context-colour, #f0f4f5);
    --_area-selected: var(--selca-map-selected-colour, #005eb8);
    --_boundary: var(--selca-map-boundary-colour, #4c6272);
    --_outline: var(--selca-map-outline-colour, var(--_text));
    --_site: var(--selca-map-site-colour, #212b32);
  }

  :host([data-selca-theme='dark']) {
    --_area: #23425e;
    --_area-context: #1b2733;
    --_area-selected: #8ec9ff;
    --_boundary: #8a9ba8;
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
    /* One column no wider than the widget, whatever its content's longest word or widest table. */
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
  }

  .map {
    position: relative;
  }

  .tooltip {
    position: absolute;
    z-index: 1;
    display: grid;
    /* Its own width, not what room remains past its point: #placeTip keeps it inside the map. */
    inline-size: max-content;
    max-inline-size: min(14rem, 100%);
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_text);
    border-radius: 4px;
    background-color: var(--_background);
    color: var(--_text);
    translate: -50% calc(-100% - 0.75rem);
    cursor: pointer;
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
  }

  /* Its focus ring follows its shape (below); an outline would be a rectangle round it. */
  .area:focus-visible {
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

  /* Cropped out of a narrow map's frame: drawn, but not offered. */
  .area[aria-hidden] {
    pointer-events: none;
  }

  /*
   * The alliance's area as a whole: a line three times a boundary's width, not only a fill colour.
   * This line and the focus ring keep their width in CSS pixels at any map size (vector-effect, in the template).
   */
  .alliance-outline {
    fill: none;
    stroke: var(--_outline);
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
  }

  /* NHS focus: the yellow band with a dark line inside it, the same width however small the map. */
  .focus-ring {
    fill: none;
    pointer-events: none;
  }

  .focus-ring .outer {
    stroke: var(--_focus);
    stroke-width: 8px;
  }

  .focus-ring .inner {
    stroke: var(--_focus-text);
    stroke-width: 3px;
  }

  .label {
    /*
     * The page's small text size in CSS pixels of the drawing, whatever its scale (set by the map as
     * it is drawn): grows with the visitor's text size, and does not shrink with the map.
     */
    font-size: calc(0.875em * var(--_units-per-px, 1));
    font-weight: 700;
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: calc(3px * var(--_units-per-px, 1));
    stroke-linejoin: round;
    text-anchor: middle;
    pointer-events: none;
  }

  .label.selected {
    fill: var(--_on-brand);
    stroke: var(--_area-selected);
  }

  .key {
    margin-block-start: 0.5rem;
  }

  .key p {
    margin: 0;
    font-weight: 700;
  }

  /* Inside, so a number never hangs out of the widget, whatever the font and spacing make its width. */
  .key ol {
    margin: 0;
    padding: 0;
    list-style-position: inside;
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
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
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
    .alliance-outline {
      stroke: CanvasText;
      stroke-width: 4px;
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
    .label.selected {
      fill: HighlightText;
      stroke: Highlight;
    }
    .site {
      fill: CanvasText;
      stroke: Canvas;
    }
  }
`;
