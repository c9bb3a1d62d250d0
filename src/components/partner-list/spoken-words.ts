import type { SpokenWords } from '../../core/words.js';
import type { OrganisationType } from '../../core/organisation-types.js';
import type { partnerListWords } from './words.js';

// Listed, not imported from ORGANISATION_TYPES, so the file this goes into loads nothing else.
const groupHeadings = [
  'acute-trust',
  'integrated-care-system',
  'primary-care',
  'local-authority',
  'charity',
  'patient-group',
  'other',
] as const satisfies readonly OrganisationType[];
// A type without its heading here fails to compile.
true satisfies [Exclude<OrganisationType, (typeof groupHeadings)[number]>] extends [never] ? true : never;

/**
 * The partner list's names and announcements, which screen readers say in the page's voice whatever
 * their `lang`: the notices, the search landmark, the filters' labels and choices (the group
 * headings among them), the count announced as it changes, the buttons, and an external link's words.
 */
export const partnerListSpoken: SpokenWords<typeof partnerListWords> = [
  'loading',
  'failed',
  'invalid',
  'filters',
  'searchLabel',
  'typeLabel',
  'allTypes',
  'boroughLabel',
  'allBoroughs',
  'count',
  'countFirst',
  'none',
  'outside',
  'showMore',
  'clear',
  'externalLink',
  ...groupHeadings,
];
