import type { ReactiveElement } from 'lit';
import type { AccessibilityNode } from './a11y-tree.js';

/** Lets the observer's records about `lang` and `dir` (delivered after the task that changed them) and the render they ask for run. */
export async function settled(element: ReactiveElement): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
}

/** Every text of a value (a profile), deepest first: the data a widget shows besides its own words. */
export const textsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(textsOf) : [];

/**
 * The parts of `texts` still in plain English: two or more unaccented Latin letters in a row, once
 * the given data (`data`, such as the profile's names and titles) and the pseudo-locale's bracketed
 * words are taken out. Under the pseudo-locale every word of a widget's own is accented, so what
 * this finds is a word the catalogue missed.
 */
export function plainEnglish(texts: readonly string[], data: readonly string[]): string[] {
  const known = [...new Set(data)].filter((entry) => /[a-z]{2}/i.test(entry)).sort((a, b) => b.length - a.length);
  return texts
    .map((text) => {
      let rest = text;
      for (const entry of known) rest = rest.split(entry).join(' ');
      return rest
        .replace(/\[[^\]]*\]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    })
    .filter((rest) => /[a-z]{2}/i.test(rest));
}

/** What a widget shows or announces in its shadow root: each text node (hidden ones for screen readers too) and each naming attribute. */
export function shadowTexts(root: ShadowRoot): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.parentElement?.closest('style')) continue;
      texts.push(node.textContent ?? '');
    } else {
      for (const name of ['aria-label', 'aria-description', 'aria-roledescription', 'title', 'alt', 'placeholder']) {
        const value = (node as Element).getAttribute(name);
        if (value) texts.push(value);
      }
    }
  }
  return texts.filter((text) => text.trim());
}

/** Every name, description and value in an accessibility tree (not the line boxes a text is drawn in: the text itself is there). */
export const announced = (node: AccessibilityNode): string[] =>
  node.role === 'InlineTextBox'
    ? []
    : [
        ...[node.name, node.description, node.value].filter((text): text is string => typeof text === 'string' && !!text.trim()),
        ...(node.children ?? []).flatMap(announced),
      ];

/**
 * The elements of a shadow root whose `lang` says again what an element around them in the root
 * already says: the same `lang`, and no `dir` or the direction they are already in. Each as
 * "tag[lang][dir] in tag[lang]: text", for a readable failure.
 */
export function repeatedMarks(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('[lang]')].flatMap((element) => {
    const around = element.parentElement?.closest('[lang]');
    const dir = element.getAttribute('dir');
    const repeated =
      around?.getAttribute('lang') === element.getAttribute('lang') && (!dir || dir === getComputedStyle(element.parentElement!).direction);
    return repeated
      ? [
          `${element.localName}[lang=${element.getAttribute('lang')}]${dir ? `[dir=${dir}]` : ''} in ${around.localName}: ${element.textContent?.trim().slice(0, 60) ?? ''}`,
        ]
      : [];
  });
}
