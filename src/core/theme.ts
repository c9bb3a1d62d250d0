import { css } from 'lit';
import { themeTokenStyles } from './theme-tokens.js';

/** Name of the highlight (CSS Custom Highlight API) on the sentence the toolbar is reading aloud. */
export const READ_ALOUD_HIGHLIGHT = 'selca-read-aloud';

/** How that sentence looks on the page: the system's own marker colours, as inside every widget (below). */
export const READ_ALOUD_HIGHLIGHT_RULE = `::highlight(${READ_ALOUD_HIGHLIGHT}) { background-color: Mark; color: MarkText; }`;

/**
 * Theme tokens shared by every widget. Public `--selca-*` custom properties (set by the host page)
 * feed private `--_*` ones that widget styles use; a visitor's theme choice overrides both, and
 * the operating system's forced colours override everything.
 *
 * @cssprop [--selca-font-family=Frutiger W01, Arial, sans-serif] - Body font.
 * @cssprop [--selca-text-colour=#212b32] - Text.
 * @cssprop [--selca-secondary-text-colour=#4c6272] - Secondary text.
 * @cssprop [--selca-background-colour=#ffffff] - Widget background.
 * @cssprop [--selca-surface-colour=#f0f4f5] - Panels and cards.
 * @cssprop [--selca-brand-colour=#005eb8] - NHS Blue: headings, selected states.
 * @cssprop [--selca-link-colour=#005eb8] - Links.
 * @cssprop [--selca-link-visited-colour=#330072] - Visited links.
 * @cssprop [--selca-border-colour=#4c6272] - Borders that must be seen (3:1).
 * @cssprop [--selca-focus-colour=#ffeb3b] - Focus highlight (falls back to `--nhsuk-focus-colour`).
 * @cssprop [--selca-focus-text-colour=#212b32] - Text and underline on the focus highlight.
 * @cssprop [--selca-error-colour=#d5281b] - Error messages.
 */
const themeBaseStyles = css`
  :host {
    --_font: var(--selca-font-family, 'Frutiger W01', Arial, Helvetica, sans-serif);
    --_text: var(--selca-text-colour, #212b32);
    --_secondary-text: var(--selca-secondary-text-colour, #4c6272);
    --_background: var(--selca-background-colour, #ffffff);
    --_surface: var(--selca-surface-colour, #f0f4f5);
    --_brand: var(--selca-brand-colour, #005eb8);
    --_on-brand: #ffffff;
    --_link: var(--selca-link-colour, #005eb8);
    --_link-visited: var(--selca-link-visited-colour, #330072);
    --_border: var(--selca-border-colour, #4c6272);
    --_focus: var(--selca-focus-colour, var(--nhsuk-focus-colour, #ffeb3b));
    --_focus-text: var(--selca-focus-text-colour, #212b32);
    --_error: var(--selca-error-colour, #d5281b);
    --_line-height: 1.5;
    --_letter-spacing: normal;
    --_word-spacing: normal;
    --_paragraph-spacing: 1em;
    --_focus-width: 4px;
    --_duration: 150ms;

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    /*
     * A page that shrinks its root (the 62.5% trick) does not shrink the widgets below the usual
     * 16px; the visitor's browser setting and the toolbar's text size still enlarge them. Sizes
     * inside the widgets are in em, relative to this.
     */
    font-size: max(1rem, calc(16px * var(--selca-text-scale, 1)));
    /* Inner !important wins over the page's rules, even important ones: "* { line-height: 1 }" stops here. */
    line-height: var(--_line-height) !important;
    letter-spacing: var(--_letter-spacing);
    word-spacing: var(--_word-spacing);
    color: var(--_text);
    background-color: var(--_background);
    /* A word too long for the line, at the largest text in the widest font, breaks rather than pushing the page sideways. */
    overflow-wrap: anywhere;
  }

  /* Stays hidden on a page with "[hidden] { display: block !important }". */
  :host([hidden]) {
    display: none !important;
  }

  /* Form controls do not inherit text settings by default; the visitor's font and spacing must reach them. */
  button,
  input,
  select,
  textarea {
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
  }

  /* Not inherited from the host, which a page's "* { box-sizing: content-box }" reaches. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }





  :host([data-selca-spacing='wcag']),
  :host([data-selca-spacing='wide']) {
    --_line-height: 1.5;
    --_letter-spacing: 0.12em;
    --_word-spacing: 0.16em;
    --_paragraph-spacing: 2em;
  }

  :host([data-selca-spacing='wide']) {
    --_line-height: 2;
  }




  :host([data-selca-focus='strong']) {
    --_focus-width: 6px;
  }

  :host([data-selca-motion='reduce']) *,
  :host([data-selca-motion='reduce']) *::before,
  :host([data-selca-motion='reduce']) *::after {
    animation: none !important;
    transition: none !important;
    scroll-behavior: auto !important;
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  /*
   * A block marked with the other direction (English in a right-to-left widget) lines up with the
   * widget's start edge, as the text around it does; a table cell's own alignment does not win.
   */
  [dir]:not(button) {
    text-align: end;
  }

  p {
    margin-block: 0 var(--_paragraph-spacing);
  }

  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:visited {
    color: var(--_link-visited);
  }

  a:hover {
    text-decoration-thickness: 3px;
  }

  :host([data-selca-links='highlight']) a {
    text-decoration-thickness: 3px;
    outline: 2px solid currentColor;
    outline-offset: 2px;
  }

  /* NHS focus: yellow highlight with a dark underline; the transparent outline shows in forced colours. */
  a:focus-visible {
    outline: var(--_focus-width) solid transparent;
    outline-offset: var(--_focus-width);
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow:
      0 -2px var(--_focus),
      0 var(--_focus-width) var(--_focus-text);
    text-decoration: none;
  }

  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: var(--_focus-width) solid transparent;
    outline-offset: 0;
    box-shadow:
      0 0 0 var(--_focus-width) var(--_focus),
      0 var(--_focus-width) 0 var(--_focus-width) var(--_focus-text);
  }

  /*
   * NHS secondary button, the one button of every widget and the toolbar. Padding in em, so it grows
   * with the visitor's text size (rem would follow only the page's root); 600 is NHS.UK's bold.
   */
  .selca-button {
    min-block-size: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_brand);
    border-radius: 4px;
    background-color: var(--_background);
    color: var(--_brand);
    font-weight: 600;
    cursor: pointer;
  }

  .selca-button:hover {
    text-decoration: underline;
  }

  /* The sentence the accessibility toolbar is reading aloud, when it is inside a widget. */
  ::highlight(selca-read-aloud) {
    background-color: Mark;
    color: MarkText;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }

  /* Said in the words around it, not shown: in the text's flow, where Chromium puts no space before it as it does out of flow. */
  .visually-hidden-inline {
    font-size: 0 !important;
    letter-spacing: 0 !important;
    word-spacing: 0 !important;
  }

  /* Forced colours win over every theme: the selector matches the themes' own specificity, later. */
  @media (forced-colors: active) {
    :host,
    :host([data-selca-theme]) {
      --_text: CanvasText;
      --_secondary-text: CanvasText;
      --_background: Canvas;
      --_surface: Canvas;
      --_brand: CanvasText;
      --_on-brand: Canvas;
      --_link: LinkText;
      --_link-visited: VisitedText;
      --_border: CanvasText;
      --_focus: Highlight;
      --_focus-text: CanvasText;
      --_error: CanvasText;
    }
    a:focus-visible,
    button:focus-visible,
    input:focus-visible,
    select:focus-visible,
    summary:focus-visible,
    [tabindex]:focus-visible {
      outline-color: Highlight;
    }
    /* No fill: the link's own colour on Highlight can be under 2:1. The outline alone marks focus, as on NHS.UK. */
    a:focus-visible {
      color: var(--_link);
      background-color: transparent;
      text-decoration: underline;
    }
    a:visited:focus-visible {
      color: var(--_link-visited);
    }
  }
`;

/** Every widget's first styles: its tokens for each theme and font, then the shared rules. */
export const themeStyles = [themeTokenStyles, themeBaseStyles];
