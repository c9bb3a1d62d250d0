import { css } from 'lit';

/**
 * What the toolbar adds to the shared button (`.selca-button`, core/theme.ts): the toggle's icon, and
 * the "on" state that the toggle (expanded) and the panel's switches (pressed) share. The panel and
 * the reading guide bring their own styles when they load.
 */
export const toolbarStyles = css`
  /*
   * A word wider than a phone (twice the text, a reading font, wide spacing) breaks rather than
   * pushing the page sideways; unlike break-word, anywhere also lets flex items and buttons shrink.
   */
  :host {
    background-color: transparent;
  }

  .toggle {
    display: inline-flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: 0.5em;
    /* On a narrow screen with large text the icon goes above the word, rather than the page scrolling sideways. */
    max-inline-size: 100%;
  }

  .toggle svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: currentColor;
  }

  /*
   * Filled, and for pressed a tick, so the state never rests on colour alone; the double border is
   * seen where forced colours take the fill away.
   */
  .selca-button[aria-pressed='true'],
  .selca-button[aria-expanded='true'] {
    border-style: double;
    border-width: 4px;
    background-color: var(--_brand);
    color: var(--_on-brand);
  }

  .selca-button[aria-pressed='true']::before {
    content: '✓' / '';
  }

  /*
   * Forced colours turn the filled brand colours into text on text: keep the system's button colours
   * there, and let the double border, the tick and the state itself say pressed or expanded.
   */
  @media (forced-colors: active) {
    .selca-button[aria-pressed='true'],
    .selca-button[aria-expanded='true'] {
      background-color: ButtonFace;
      color: ButtonText;
    }
  }
`;
