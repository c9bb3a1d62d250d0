import { executeServerCommand } from './testing.js';

/** A node of Chromium's accessibility tree, as a screen reader is given it. */
export interface AccessibilityNode {
  role: string;
  name: string;
  level?: number;
  children?: AccessibilityNode[];
  [property: string]: unknown;
}

/** Chromium's whole accessibility tree (the `selca-a11y-tree` server command; Chromium only), with frames' pages if asked. */
export const accessibilityTree = (options?: { includeIframes: boolean }) =>
  executeServerCommand<AccessibilityNode, { includeIframes: boolean } | undefined>('selca-a11y-tree', options);

/** Every node below `node` (itself included) that passes `test`, in tree order. */
export const all = (node: AccessibilityNode, test: (node: AccessibilityNode) => boolean): AccessibilityNode[] => [
  ...(test(node) ? [node] : []),
  ...(node.children ?? []).flatMap((child) => all(child, test)),
];
