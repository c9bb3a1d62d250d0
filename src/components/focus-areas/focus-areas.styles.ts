import { css } from 'lit';

export const focusAreasStyles = css`

  .toggle-all {
    margin-block-end: 0.5rem;
  }

  .group + .group {
    margin-block-start: 1.5rem;
  }

  .group-heading {
    margin-block: 1rem 0.5rem;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.3;
  }

  .areas {
    margin: 0;
    padding: 0;
    list-style: none;
    border-block-start: 1px solid var(--_border);
  }

  .areas > li {
    border-block-end: 1px solid var(--_border);
  }

  /*
   * The browser's own display, list-item: VoiceOver on iOS stops saying "expanded" and "collapsed"
   * for a summary displayed otherwise (flex, grid), so NHS.UK frontend and GOV.UK Frontend keep it too.
   */
  summary {
    --_turn: 1;
    display: list-item;
    position: relative;
    /* 44px to aim at, plus the padding: the height it had before boxes were border-box. */
    min-block-size: calc(44px + 1rem);
    padding-block: 0.5rem;
    padding-inline-start: 1.75rem;
    align-content: center;
    color: var(--_link);
    font-weight: 700;
    cursor: pointer;
    list-style: none;
  }

  /* The chevron's corner is drawn on the inline-end side, so in right-to-left text it turns the other way. */
  summary:dir(rtl) {
    --_turn: -1;
  }

  summary::-webkit-details-marker {
    display: none;
  }

  /* A chevron drawn with borders, so it takes the text colour in every theme and in forced colours. */
  summary::before {
    content: '';
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: 0.3em;
    /* Its borders draw the chevron, outside its own size. */
    box-sizing: content-box;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-block-end: 0.15em solid currentColor;
    border-inline-end: 0.15em solid currentColor;
    translate: 0 -50%;
    rotate: calc(-45deg * var(--_turn));
    transition: rotate var(--_duration);
  }

  details[open] > summary::before {
    rotate: calc(45deg * var(--_turn));
  }

  summary:hover {
    text-decoration: underline;
  }

  .body {
    padding-block-end: 1rem;
    padding-inline-start: 1.75rem;
  }

  .body > :last-child {
    margin-block-end: 0;
  }
`;
