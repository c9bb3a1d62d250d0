/** A list attribute: values separated by spaces or commas; the attribute is removed when the list is empty. */
export const wordList = {
  fromAttribute: (value: string | null): string[] => (value ? value.split(/[\s,]+/).filter(Boolean) : []),
  toAttribute: (value: string[]): string | null => (value.length ? value.join(' ') : null),
};

/** A `heading-level` as given by a web team, kept to the levels a widget inside a page can use: 2 to 6. */
export const clampHeadingLevel = (value: number): number => Math.min(6, Math.max(2, Math.round(value) || 2));
