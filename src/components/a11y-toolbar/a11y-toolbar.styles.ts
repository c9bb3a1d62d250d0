import { css } from 'lit';

export const toolbarStyles = css`
  :host {
    --_guide-height: 3em;
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

  .panel {
    margin-block-start: 0.5rem;
    padding: 1rem;
    border: 2px solid var(--_border);
    border-radius: 4px;
    background-color: var(--_background);
    color: var(--_text);
    max-inline-size: 40rem;
  }

  .panel[hidden] {
    display: none;
  }

  .heading {
    margin: 0 0 0.5rem;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.3;
  }

  .heading:focus {
    outline: none;
  }

  .heading:focus-visible {
    outline: var(--_focus-width) solid transparent;
    box-shadow: 0 0 0 var(--_focus-width) var(--_focus);
  }

  fieldset {
    margin: 0 0 1rem;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  legend {
    padding: 0;
    margin-block-end: 0.25rem;
    font-weight: 700;
  }

  .choices,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.25em 0.75em 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: 4px;
    cursor: pointer;
  }

  .choice input {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
  }

  .choice:has(input:checked) {
    border-width: 3px;
    border-color: var(--_brand);
    font-weight: 600;
  }

  .choice:has(input:disabled) {
    border-style: dashed;
    cursor: not-allowed;
  }

  .stepper output {
    display: inline-block;
    min-inline-size: 4ch;
    text-align: center;
    font-weight: 700;
  }

  .speed select {
    min-block-size: 44px;
    margin-inline-start: 0.5em;
    padding-inline: 0.5em;
    border: 2px solid var(--_border);
    border-radius: 4px;
    background-color: var(--_background);
    color: var(--_text);
    font: inherit;
  }

  .speed {
    display: inline-flex;
    align-items: center;
  }

  .hint {
    margin: 0 0 0.5rem;
    color: var(--_secondary-text);
  }

  .links {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .links li {
    margin-block-end: 0.5rem;
  }

  /* Undoes the browser's popover box (centred, bordered, sized to content) for the guide. */
  .guide {
    position: fixed;
    inset-inline: 0;
    z-index: 2147483646;
    inline-size: auto;
    max-inline-size: none;
    margin: 0;
    padding: 0;
    border-inline: 0;
    overflow: visible;
    color: inherit;
    pointer-events: none;
  }

  .guide::backdrop {
    pointer-events: none;
  }

  .ruler {
    bottom: auto;
    block-size: var(--_guide-height);
    border-block: 3px solid #212b32;
    background-color: rgb(255 235 59 / 0.25);
  }

  .mask {
    inset-block: 0;
    block-size: auto;
    max-block-size: none;
    border: 0;
    background: transparent;
  }

  .mask-above,
  .mask-below {
    position: absolute;
    inset-inline: 0;
    background-color: rgb(0 0 0 / 0.6);
  }

  .mask-above {
    top: 0;
  }

  .mask-below {
    bottom: 0;
  }

  /* Pressed and expanded also change the border, so the state never rests on colour alone. */
  button[aria-pressed='true'],
  .toggle[aria-expanded='true'] {
    border-style: double;
    border-width: 4px;
  }

  @media (forced-colors: active) {
    .ruler {
      border-color: Highlight;
      background-color: transparent;
    }
    .mask-above,
    .mask-below {
      background-color: Canvas;
      opacity: 0.8;
    }
  }
`;
