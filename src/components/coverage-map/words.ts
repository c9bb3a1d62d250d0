import { PROFILE_MESSAGES } from '../../core/profile-source.js';

const SUBJECT = 'the map';
type Area = { area: string };
type Count = { number: string; count: number };

/**
 * The coverage map's English words, each replaceable (`setWords`, a profile's `words`, the element's
 * `words` property). Area, site and trust names are the profile's and the map's data, not words.
 */
export const coverageMapWords = {
  loading: PROFILE_MESSAGES.loading,
  failed: () => PROFILE_MESSAGES.failed(SUBJECT),
  invalid: () => PROFILE_MESSAGES.invalid(SUBJECT),
  /** The map's name: the alliance's area as it reads mid-sentence, and the map's own name ("London boroughs"). */
  mapName: ({ area, map }: { area: string; map: string }) => `Map of ${area}: ${map}`,
  /** An area of the map outside the alliance, as the map's option names it. */
  outsideOption: ({ area }: Area) => `${area}, outside the alliance`,
  /** Beneath the map, and its description: how to use it by keyboard (the arrow keys go north, east, south, west in any language). */
  help: 'Use the arrow keys to move to the neighbouring area, Enter or Space to select it, Escape to close the tooltip and then to clear the selection.',
  /** Said when ArrowUp finds no area further north of `area`. */
  north: ({ area }: Area) => `No area further north of ${area}.`,
  /** Said when ArrowRight finds no area further east. */
  east: ({ area }: Area) => `No area further east of ${area}.`,
  /** Said when ArrowDown finds no area further south. */
  south: ({ area }: Area) => `No area further south of ${area}.`,
  /** Said when ArrowLeft finds no area further west (in a right-to-left page too). */
  west: ({ area }: Area) => `No area further west of ${area}.`,
  /** Said when an area is selected, and when the selection is cleared. */
  selected: ({ area }: Area) => `${area} selected. Its details follow the map.`,
  cleared: 'Selection cleared.',
  /** Names the key to the numbers drawn on areas whose names do not fit. */
  key: 'Key to numbers on the map',
  /** The tooltip: the alliance's sites in the area (`number` formatted; `count` for plural forms). */
  tipSites: ({ number, count }: Count) => `${number} site${count === 1 ? '' : 's'}`,
  /** The tooltip's last line: for the selected area, and for any other. */
  tipSelected: 'Selected. Its details follow the map.',
  tipSelect: 'Select for details',
  /** An area outside the alliance, in the tooltip and the areas table. */
  outside: 'Outside the alliance',
  /** The details' heading while no area is selected (for screen readers only). */
  detailsHeading: 'Area details',
  /** What the details say while no area is selected (also the `details-prompt` attribute). */
  detailsPrompt: 'Select an area on the map to see the sites and partners there.',
  /** The details of an area: its code, for one of the alliance's and for one outside it. */
  areaCode: ({ code }: { code: string }) => `Area code ${code}.`,
  outsideCode: ({ code }: { code: string }) => `Area code ${code}, outside the alliance.`,
  /** Before the list of the area's sites in the details, each a site and the trust that runs it. */
  sites: 'Sites:',
  siteRunBy: ({ site, operator }: { site: string; operator: string }) => `${site}, run by ${operator}`,
  /** A service of a site provided by another trust than the one that runs it. */
  service: ({ provider, service }: { provider: string; service: string }) => `${provider}: ${service}`,
  noSites: "No sites of the alliance's trusts are listed here.",
  /** Before the list of partners working in the area. */
  partners: 'Partners working here:',
  /** Opens the tables; then what they say while their code loads, or if it could not. */
  showTables: 'Show the map as tables',
  tablesLoading: 'Loading the tables…',
  tablesFailed: 'Sorry, the tables could not be loaded. Close them and show them again to try again.',
  /** The areas table: caption and column headings. */
  areasCaption: 'Areas on the map',
  areaColumn: 'Area',
  codeColumn: 'Code',
  sitesColumn: 'Sites in the alliance',
  /** The sites table: caption, column headings, and who runs a site. */
  sitesCaption: 'Sites',
  siteColumn: 'Site',
  runByColumn: 'Who runs it and what is provided there',
  runBy: ({ operator }: { operator: string }) => `Run by ${operator}.`,
  /** A table's button; `what` (an area's name, or `siteArea`) is said to screen readers only, as is a part in `<hidden>…</hidden>`. */
  showOnMap: ({ what }: { what: string }) => `Show ${what} on map`,
  /** `what` of a sites table's button, inside that sentence. */
  siteArea: ({ area, site }: { area: string; site: string }) => `${area}, where ${site} is,`,
};

declare module '../../core/words.js' {
  interface WidgetWords {
    'selca-coverage-map': typeof coverageMapWords;
  }
}
