import { css } from 'lit';

/** The toolbar's button; the panel and the reading guide bring their own styles when they load. */
export const toolbarStyles = css`
  :host {
    background-color: transparent;
  }

  .toggle,
  .panel button,
  .choice {
    min-block-size: 44px;
    font: inherit;
  }

  button {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.5em 1em;
    border: 2px solid var(--_brand);
    border-radius: 4px;
    background-color: var(--_background);
    color: var(--_brand);
    font-weight: 600;
    cursor: pointer;
  }

  button:hover {
    text-decoration: underline;
  }

  button[aria-pressed='true'],
  .toggle[aria-expanded='true'] {
    background-color: var(--_brand);
    color: var(--_on-brand);
  }

  button[aria-pressed='true']::before {
    content: '✓' / '';
  }

  button:disabled,
  button[aria-disabled='true'] {
    border-style: dashed;
    cursor: not-allowed;
    opacity: 0.7;
  }

  .toggle svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: currentColor;
  }

  /* Pressed and expanded also change the border, so the state never rests on colour alone. */
  button[aria-pressed='true'],
  .toggle[aria-expanded='true'] {
    border-style: double;
    border-width: 4px;
  }

  /*
   * Forced colours turn the filled brand colours into text on text: keep the system's button colours
   * there, and let the double border, the tick and the state itself say pressed or expanded.
   */
  @media (forced-colors: active) {
    button[aria-pressed='true'],
    .toggle[aria-expanded='true'] {
      background-color: ButtonFace;
      color: ButtonText;
    }
  }
`;
