import type { SpokenWords } from '../../core/words.js';
import type { coverageMapWords } from './words.js';

/**
 * The map's names and announcements, which screen readers say in the page's voice whatever their
 * `lang`: the notices, the map's and its options' names and description, what the arrow keys and a
 * selection announce, the key's and the details' names, the tables' button, captions (their
 * regions' names), column headings and buttons.
 */
export const coverageMapSpoken: SpokenWords<typeof coverageMapWords> = [
  'loading',
  'failed',
  'invalid',
  'mapName',
  'outsideOption',
  'help',
  'north',
  'east',
  'south',
  'west',
  'selected',
  'cleared',
  'key',
  'detailsHeading',
  'showTables',
  'tablesLoading',
  'tablesFailed',
  'areasCaption',
  'areaColumn',
  'codeColumn',
  'sitesColumn',
  'sitesCaption',
  'siteColumn',
  'runByColumn',
  'showOnMap',
  'siteArea',
];
