import type { Catalogue, Word, WordsFor } from './words.js';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = [...'ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ'];

/**
 * Text in the pseudo-locale: every letter accented, 40% longer, in brackets ("[Ŀǿȧḓīƞɠ…·····]"),
 * so a test sees at once any word that did not come from the catalogue, and a layout that cannot
 * take longer words. `keep` are parts left as they are (the values a word is made with).
 */
export function pseudo(text: string, keep: string[] = []): string {
  const parts = keep.filter(Boolean).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pieces = parts.length ? text.split(new RegExp(`(${parts.join('|')})`)) : [text];
  const accented = pieces
    .map((piece, index) => (index % 2 ? piece : piece.replace(/[a-z]/gi, (letter) => ACCENTED[PLAIN.indexOf(letter)]!)))
    .join('');
  return `[${accented}${'·'.repeat(Math.ceil(text.length * 0.4))}]`;
}

/** A whole catalogue in the pseudo-locale, for `setWords` or a `words` property; the values a word is made with are kept. */
export function pseudoWords<C extends Catalogue>(catalogue: C): WordsFor<C> {
  return Object.fromEntries(
    Object.entries(catalogue).map(([key, word]: [string, Word]) => [
      key,
      typeof word === 'string'
        ? pseudo(word)
        : (values: Record<string, unknown>) =>
            pseudo((word as (values: unknown) => string)(values), Object.values(values ?? {}).map(String)),
    ]),
  ) as WordsFor<C>;
}
