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
  /** Said when an arrow key finds no area that way. */
  north: ({ area }: Area) => `No area further north of ${area}.`,
  east: ({ area }: Area) => `No area further east of ${area}.`,
  south: ({ area }: Area) => `No area further south of ${area}.`,
  west: ({ area }: Area) => `No area further west of ${area}.`,
  selected: ({ area }: Area) => `${area} selected. Its details follow the map.`,
  cleared: 'Selection cleared.',
  /** Names the key to the numbers drawn on areas whose names do not fit. */
  key: 'Key to numbers on the map',
  /** The tooltip: the alliance's sites in the area (`number` formatted; `count` for plural forms). */
  tipSites: ({ number, count }: Count) => `${number} site${count === 1 ? '' : 's'}`,
  tipSelected: 'Selected. Its details follow the map.',
  tipSelect: 'Select for details',
  /** An area outside the alliance, in the tooltip and the areas table. */
  outside: 'Outside the alliance',
  /** The details' heading while no area is selected (for screen readers only), and what they say then (also the `details-prompt` attribute). */
  detailsHeading: 'Area details',
  detailsPrompt: 'Select an area on the map to see the sites and partners there.',
  areaCode: ({ code }: { code: string }) => `Area code ${code}.`,
  outsideCode: ({ code }: { code: string }) => `Area code ${code}, outside the alliance.`,
  sites: 'Sites:',
  siteRunBy: ({ site, operator }: { site: string; operator: string }) => `${site}, run by ${operator}`,
  /** A service of a site provided by another trust than the one that runs it. */
  service: ({ provider, service }: { provider: string; service: string }) => `${provider}: ${service}`,
  noSites: "No sites of the alliance's trusts are listed here.",
  partners: 'Partners working here:',
  showTables: 'Show the map as tables',
  tablesLoading: 'Loading the tables…',
  tablesFailed: 'Sorry, the tables could not be loaded. Close them and show them again to try again.',
  areasCaption: 'Areas on the map',
  areaColumn: 'Area',
  codeColumn: 'Code',
  sitesColumn: 'Sites in the alliance',
  sitesCaption: 'Sites',
  siteColumn: 'Site',
  runByColumn: 'Who runs it and what is provided there',
  runBy: ({ operator }: { operator: string }) => `Run by ${operator}.`,
  /** A table's button; `what` (an area's name, or `siteArea`) is said to screen readers only. */
  showOnMap: ({ what }: { what: string }) => `Show ${what} on map`,
  siteArea: ({ area, site }: { area: string; site: string }) => `${area}, where ${site} is,`,
};

declare module '../../core/words.js' {
  interface WidgetWords {
    'selca-coverage-map': typeof coverageMapWords;
  }
}
