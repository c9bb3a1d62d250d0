import type { Catalogue, Word, WordsFor } from './words.js';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
// Each covered by the fonts the screenshots are drawn with (Liberation): Latin accents where a letter has one, else a look-alike.
const ACCENTED = [...'áьçďéƒĝĥíĵķļмñóрφŕśţúνŵχýžÁВÇĎÉΦĜĤÍĴĶĻМÑÓРΩŔŚŢÚΛŴΧÝŽ'];

/**
 * Text in the pseudo-locale: every letter accented, 40% longer, in brackets ("[Ļóáďíñĝ…····]"),
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

/**
 * A whole catalogue in the pseudo-locale, as a JSON document could hold it (for `setWords`, a
 * profile's `words` or a `words` property): a word made with values becomes text with `{name}`
 * where each goes, kept as it is, as are its `<hidden>` marks.
 */
export function pseudoWords<C extends Catalogue>(catalogue: C): WordsFor<C> {
  const placeholders = new Proxy({}, { get: (_, name) => `{${String(name)}}` });
  return Object.fromEntries(
    Object.entries(catalogue).map(([key, word]: [string, Word]) => {
      const text = typeof word === 'string' ? word : (word as (values: unknown) => string)(placeholders);
      return [key, pseudo(text, text.match(/\{\w+\}|<\/?hidden>/g) ?? [])];
    }),
  ) as WordsFor<C>;
}
