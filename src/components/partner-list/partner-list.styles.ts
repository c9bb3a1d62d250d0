import { css } from 'lit';

export const partnerListStyles = css`

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    margin-block-end: 1rem;
  }

  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem;
    flex: 1 1 12rem;
    min-inline-size: 0;
  }

  .search {
    flex-basis: 18rem;
  }

  label {
    font-weight: 700;
  }

  input,
  select {
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: 0;
    background-color: var(--_background);
    color: var(--_text);
  }

  .count {
    font-weight: 700;
  }

  .group-heading {
    margin: 1.5rem 0 0.75rem;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.3;
  }

  .partners {
    display: grid;
    gap: 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  :host([layout='grid']) .partners {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--selca-partner-min-width, 16rem)), 1fr));
  }

  .partner {
    padding-block-end: 1rem;
    border-block-end: 1px solid var(--_border);
  }

  :host([layout='grid']) .partner {
    padding: 1rem;
    border: 1px solid var(--_border);
    border-block-start: 4px solid var(--_brand);
    background-color: var(--_surface);
  }

  .partner > :last-child {
    margin-block-end: 0;
  }

  .name {
    margin-block-end: 0.5rem;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.4;
  }

  .served {
    color: var(--_secondary-text);
  }

  .logo {
    display: block;
    inline-size: auto;
    max-inline-size: 100%;
    block-size: 3rem;
    margin-block-end: 0.5rem;
    object-fit: contain;
  }

  .more {
    margin-block-start: 1rem;
  }
`;
