import type { OrganisationType } from '../../core/organisation-types.js';
import { PROFILE_MESSAGES } from '../../core/profile-source.js';

const SUBJECT = 'the list of partners';
const partners = (count: number) => (count === 1 ? 'partner' : 'partners');

/** Group headings by organisation type, also the type filter's choices. */
export const GROUP_HEADINGS: Record<OrganisationType, string> = {
  'acute-trust': 'Acute trusts',
  'integrated-care-system': 'Integrated care system',
  'primary-care': 'Primary care',
  'local-authority': 'Local authorities',
  charity: 'Charities and voluntary sector',
  'patient-group': 'Patient groups',
  other: 'Other partners',
};

/**
 * The partner list's English words, each replaceable (`setWords`, a profile's `words`, the
 * element's `words` property). Numbers arrive formatted as the word they go into writes them; `count`, the
 * number itself, chooses plural forms.
 */
export const partnerListWords = {
  loading: PROFILE_MESSAGES.loading,
  failed: () => PROFILE_MESSAGES.failed(SUBJECT),
  invalid: () => PROFILE_MESSAGES.invalid(SUBJECT),
  /** Names the search landmark holding the search box and filters. */
  filters: 'Partners',
  /** The search box's label (also the `search-label` attribute). */
  searchLabel: 'Search by name or description',
  typeLabel: 'Type of organisation',
  allTypes: 'All types',
  boroughLabel: 'Borough',
  allBoroughs: 'All boroughs',
  /** The count shown and announced; `count` is the number of partners in all. */
  count: ({ shown, total, count }: { shown: string; total: string; count: number }) => `Showing ${shown} of ${total} ${partners(count)}`,
  /** The count when more match than are drawn before "Show more". */
  countFirst: ({ matching, total, shown }: { matching: string; total: string; shown: string; count: number }) =>
    `${matching} of ${total} partners match. Showing the first ${shown}.`,
  none: 'No partners match your search and filters.',
  /** No partners, for a borough a followed map selected outside the alliance. */
  outside: ({ borough }: { borough: string }) => `${borough} is outside the area this alliance covers; no partners listed here serve it.`,
  mapFailed: 'Sorry, this list cannot follow the map at the moment. Choose a borough above instead.',
  showMore: ({ number, count }: { number: string; count: number }) => `Show ${number} more ${partners(count)}`,
  clear: 'Clear search and filters',
  /**
   * A partner's link when it leaves the site: `name` is the partner's name, shown; what is in
   * `<hidden>…</hidden>` is said by screen readers, not shown (it replaces `external`, which held that part alone).
   */
  externalLink: ({ name }: { name: string }) => `${name}<hidden> (another website)</hidden>`,
  /** `area` is the alliance's area as it reads mid-sentence ("south east London"). */
  servesAll: ({ area }: { area: string }) => `Serves all of ${area}`,
  /** `boroughs` is a list, written as this word's language writes one ("Bexley and Lewisham"). */
  serves: ({ boroughs }: { boroughs: string }) => `Serves ${boroughs}`,
  ...GROUP_HEADINGS,
};

declare module '../../core/words.js' {
  interface WidgetWords {
    'selca-partner-list': typeof partnerListWords;
  }
}
