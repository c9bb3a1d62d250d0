import { PROFILE_MESSAGES } from '../../core/profile-source.js';

const SUBJECT = 'the goals';

/**
 * The goals panel's English words, each replaceable (`setWords`, a profile's `words`, the element's
 * `words` property). Numbers arrive formatted as the word they go into writes them.
 */
export const goalsPanelWords = {
  loading: PROFILE_MESSAGES.loading,
  failed: () => PROFILE_MESSAGES.failed(SUBJECT),
  invalid: () => PROFILE_MESSAGES.invalid(SUBJECT),
  /** Names the principles beneath the goals (also the `principles-label` attribute). */
  principlesLabel: 'Under every goal',
  /** The sentence that carries a measure; `value` and `target` are figures ("73%", "1,204 people"). */
  measure: ({ label, value, target, period }: { label: string; value: string; target: string; period: string }) =>
    `${label}: ${value} in ${period}, against a target of ${target}.`,
  /** A figure (`number`, formatted; `count`, the number itself, for plural forms) with the profile's unit, such as "people" ("%" is written by the language's own rules). */
  figure: ({ number, unit }: { number: string; unit: string; count: number }) => `${number} ${unit}`,
  /** Before the name of a measure's source. */
  source: 'Source:',
  /**
   * A goal's link, named apart from the others by its goal: what is in `<hidden>…</hidden>` is said
   * by screen readers, not shown ("How we do this", named "How we do this: Early diagnosis").
   */
  goalLink: ({ goal }: { goal: string }) => `How we do this<hidden>: ${goal}</hidden>`,
  /** A principle's link, its principle in `<hidden>…</hidden>` as for `goalLink`. */
  principleLink: ({ principle }: { principle: string }) => `More<hidden> about ${principle}</hidden>`,
};

declare module '../../core/words.js' {
  interface WidgetWords {
    'selca-goals-panel': typeof goalsPanelWords;
  }
}
