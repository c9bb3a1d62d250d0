import { PROFILE_MESSAGES } from '../../core/profile-source.js';

const SUBJECT = 'the focus areas';

/** The focus areas' English words, each replaceable (`setWords`, a profile's `words`, the element's `words` property). */
export const focusAreasWords = {
  loading: PROFILE_MESSAGES.loading,
  failed: () => PROFILE_MESSAGES.failed(SUBJECT),
  invalid: () => PROFILE_MESSAGES.invalid(SUBJECT),
  /** Heading of the key focus areas (also the `key-heading` attribute). */
  keyHeading: 'Key focus areas',
  /** Heading of the cross-cutting areas (also the `cross-cutting-heading` attribute). */
  crossCuttingHeading: 'Across all our work',
  /** The button that opens every area; the part in `<hidden>` is said by screen readers only. */
  expandAll: 'Expand all<hidden> focus areas</hidden>',
  /** The same button once every area is open. */
  collapseAll: 'Collapse all<hidden> focus areas</hidden>',
  /** An area's link. */
  more: ({ area }: { area: string }) => `More about ${area}`,
};

declare module '../../core/words.js' {
  interface WidgetWords {
    'selca-focus-areas': typeof focusAreasWords;
  }
}
