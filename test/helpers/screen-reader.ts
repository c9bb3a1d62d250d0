import type { AccessibilityNode } from './a11y-tree.js';
import { executeServerCommand } from './testing.js';

/** Roles whose name a screen reader says as it enters them, before reading what they hold. */
const NAMED_ON_ENTRY = new Set([
  'article',
  'complementary',
  'dialog',
  'figure',
  'form',
  'group',
  'list',
  'navigation',
  'region',
  'search',
  'table',
]);

/**
 * What a screen reader reading from the top says, in order: the name of each container it enters
 * and the text inside (a heading's or link's name is its text, so it is said once, as text).
 */
export function readOrder(node: AccessibilityNode): string[] {
  if (node.role === 'StaticText' || node.role === 'text') return node.name ? [node.name] : [];
  const entered = NAMED_ON_ENTRY.has(node.role) && node.name ? [node.name] : [];
  return [...entered, ...(node.children ?? []).flatMap(readOrder)];
}

/** How many times `words` is said reading the tree from the top. */
export function timesSaid(tree: AccessibilityNode, words: string): number {
  const said = readOrder(tree).join(' ').replace(/\s+/g, ' ');
  return said.split(words).length - 1;
}

/** Every list below `root`, through shadow roots (its own included). */
const listsBelow = (root: Element | ShadowRoot): Element[] => [
  ...('shadowRoot' in root && root.shadowRoot ? listsBelow(root.shadowRoot) : []),
  ...root.querySelectorAll('ul, ol'),
  ...[...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? listsBelow(element.shadowRoot) : [])),
];

/**
 * The lists below `root` drawn without bullets and not marked `role="list"`: Safari with VoiceOver
 * does not announce those as lists.
 */
export const listsSafariHides = (root: Element | ShadowRoot): string[] =>
  listsBelow(root)
    .filter((list) => getComputedStyle(list).listStyleType === 'none' && list.getAttribute('role') !== 'list')
    .map((list) => `<${list.localName}${list.className ? ` class="${list.className}"` : ''}>`);

/**
 * The role and name WebKit computes (WebDriver's Get Computed Role and Label) for the elements the
 * last selector finds, each earlier selector naming a host whose shadow root the next searches;
 * `undefined` in the other engines.
 */
export async function webkitSemantics(...path: string[]): Promise<{ role: string; name: string }[] | undefined> {
  if (!/AppleWebKit/.test(navigator.userAgent) || /Chrome/.test(navigator.userAgent)) return undefined;
  return executeServerCommand<{ role: string; name: string }[], { path: string[] }>('selca-computed-semantics', { path });
}
