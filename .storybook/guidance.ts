/**
 * When to use each widget and when not to, as NHS.UK frontend's component pages say for theirs.
 * Shown on each widget's docs page (.storybook/widget-page.ts).
 */
export interface Guidance {
  use: string[];
  avoid: string[];
}

export const GUIDANCE: Record<string, Guidance> = {
  'selca-a11y-toolbar': {
    use: [
      'On every page of a site, from the site-wide template, so a visitor’s reading choices follow them from page to page.',
      'Where visitors may need larger text, wider spacing, another font, a calmer or high-contrast theme, a reading guide or the page read aloud.',
    ],
    avoid: [
      'On one page only: a visitor’s choices then stop at the next page.',
      'As a replacement for an accessible page: the page must work without it, with the browser’s and the operating system’s own settings.',
      'Twice on a page, or before the skip link: put it once, straight after the skip link.',
    ],
  },
  'selca-coverage-map': {
    use: [
      'To show where the alliance works: its boroughs, and the hospitals and sites in each.',
      'Beside a partner list, so choosing a borough on the map shows the partners serving it.',
    ],
    avoid: [
      'To give directions or an address: link to the service’s own page or a routing map instead.',
      'For areas outside the alliance’s data: give the widget a profile of your own areas (README, “Your own areas”).',
    ],
  },
  'selca-partner-list': {
    use: [
      'To list the organisations working in the alliance, grouped by type, with search and filters.',
      'To show a chosen set of partners, written in the page as a plain list that works without script.',
    ],
    avoid: [
      'For a short list of two or three partners: a plain list of links is simpler.',
      'For contact details of a service: link to the service’s own page.',
    ],
  },
  'selca-goals-panel': {
    use: [
      'To say what the alliance is for: its five shared goals and the principles beneath them.',
      'With measures, where the alliance publishes figures for its goals with their source.',
    ],
    avoid: [
      'For figures without a source or a date: a measure needs both.',
      'To repeat the goals on every page: once, on a page about the alliance, is enough.',
    ],
  },
  'selca-focus-areas': {
    use: [
      'To show where the alliance’s work happens: its key focus areas and the areas that cut across them.',
      'Where a link should open one area (`open="…"`), for example from a news item about it.',
    ],
    avoid: [
      'For content a visitor must read to complete a task: do not hide it in a closed section.',
      'For a single area: write it as ordinary page content.',
    ],
  },
};
