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

  summary {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    /* 44px to aim at, plus the padding: the height it had before boxes were border-box. */
    min-block-size: calc(44px + 1rem);
    padding-block: 0.5rem;
    color: var(--_link);
    font-weight: 700;
    cursor: pointer;
    list-style: none;
  }

  summary::-webkit-details-marker {
    display: none;
  }

  /* A chevron drawn with borders, so it takes the text colour in every theme and in forced colours. */
  summary::before {
    content: '';
    flex: none;
    /* Its borders draw the chevron, outside its own size. */
    box-sizing: content-box;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline: 0.25em;
    border-block-end: 0.15em solid currentColor;
    border-inline-end: 0.15em solid currentColor;
    rotate: -45deg;
    transition: rotate var(--_duration);
  }

  details[open] > summary::before {
    rotate: 45deg;
  }

  summary:hover {
    text-decoration: underline;
  }

  .body {
    padding: 0 0 1rem 1.75rem;
  }

  .body > :last-child {
    margin-block-end: 0;
  }
`;
