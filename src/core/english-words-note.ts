/**
 * The console note telling the web team which English words a widget showed on a page in another
 * language, its names and announcements first: no `lang` makes a screen reader say those in the
 * page's voice, so they are the ones to translate first. Loaded only when a widget first shows such a
 * word, as no visitor needs it; it imports nothing, so its file holds nothing a page needs sooner.
 */
export function englishWordsNote(tag: string, lang: string, used: readonly string[], spoken: readonly string[]): string {
  const list = (isSpoken: boolean) => used.filter((key) => spoken.includes(key) === isSpoken).join(', ') || 'none';
  return (
    `<${tag}> shows English words on a page in "${lang}"; translate them with setWords(words, "${lang}"), ` +
    `a profile's words or the words property (keys: docs/words.md). Names and announcements first, as screen readers say ` +
    `those in the page's voice whatever their lang: ${list(true)}; then: ${list(false)}.`
  );
}
