/**
 * What read aloud reads: the page's sentences in reading order (the visitor's selection, else the
 * main content), through open shadow roots and slots, only what is drawn on screen (not hidden,
 * inert, invisible, in a closed `<details>`, nor the options of a list), with the range of each so
 * the sentence being read can be highlighted, and its language.
 */

/** One sentence of the page: the words spoken, where they are, and the language they are in. */
export interface Sentence {
  text: string;
  range: Range;
  /** The nearest `lang` (the page's when none is nearer); '' when unknown. */
  lang: string;
}

/** Part of a text node that belongs to a run of text, and where it starts in that run. */
interface Piece {
  node: Text;
  start: number;
  end: number;
  at: number;
}

// The options of a list are not on screen until it is opened; its chosen one is not read either.
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'select', 'datalist', 'option', 'optgroup']);
// Fallback when Intl.Segmenter is missing: up to ., ! or ? (and closing quotes) before a space.
const FALLBACK_SENTENCE = /\S[\s\S]*?(?:[.!?…]+["'’”)\]]*(?=\s|$)|$)/g;
const HAS_WORDS = /[\p{L}\p{N}]/u;

/** The sentences of the visitor's selection when there is one, else of the main content. */
export function collectSentences(exclude: Element | null): Sentence[] {
  const selection = document.getSelection();
  if (selection && !selection.isCollapsed) {
    const sentences: Sentence[] = [];
    for (let i = 0; i < selection.rangeCount; i += 1) {
      const range = selection.getRangeAt(i);
      sentences.push(...sentencesIn(range.commonAncestorContainer, exclude, range));
    }
    if (sentences.length) return sentences;
  }
  const main = document.querySelector('main, [role="main"]') ?? document.body;
  return sentencesIn(main, exclude, null);
}

/** Whether a node is the content of a closed `<details>`, which is not drawn (its first summary is). */
function inClosedDetails(node: Element | Text): boolean {
  const details = node.parentElement;
  if (details?.localName !== 'details' || details.hasAttribute('open')) return false;
  return !(node instanceof Element && node.localName === 'summary' && details.querySelector(':scope > summary') === node);
}

function isSkipped(element: Element, exclude: Element | null, style: CSSStyleDeclaration): boolean {
  return (
    element === exclude ||
    SKIPPED_ELEMENTS.has(element.localName) ||
    element.hasAttribute('hidden') ||
    element.hasAttribute('inert') ||
    element.getAttribute('aria-hidden')?.trim().toLowerCase() === 'true' ||
    style.display === 'none' ||
    inClosedDetails(element) ||
    // Content a browser does not draw (content-visibility: hidden, the inside of a closed details);
    // an element without a box of its own (display: contents, a slot) is judged by its children.
    (style.display !== 'contents' &&
      (typeof element.checkVisibility === 'function' ? !element.checkVisibility() : style.contentVisibility === 'hidden'))
  );
}

function isInline(display: string): boolean {
  return display.startsWith('inline') || display.startsWith('ruby') || display === 'contents';
}

/**
 * The sentences in the visible text under `root` (limited to `range` when given). Text is
 * gathered per block (paragraph, heading, list item…) so that a heading without a full stop does
 * not run into the next paragraph.
 */
function sentencesIn(root: Node, exclude: Element | null, range: Range | null): Sentence[] {
  const styles = new Map<Element, CSSStyleDeclaration>();
  const styleOf = (element: Element): CSSStyleDeclaration => {
    let style = styles.get(element);
    if (style === undefined) {
      style = getComputedStyle(element);
      styles.set(element, style);
    }
    return style;
  };
  const top = root instanceof Element ? root : root.parentElement;
  for (let element = top; element; element = element.parentElement) {
    if (isSkipped(element, exclude, styleOf(element))) return [];
  }
  const blockOf = (text: Text): Node => {
    for (let element = flatParent(text); element && element !== top; element = flatParent(element)) {
      if (!isInline(styleOf(element).display)) return element;
    }
    return root;
  };

  const runs: { pieces: Piece[]; lang: string }[] = [];
  let run: Piece[] = [];
  let runLength = 0;
  let block: Node | null = null;
  const endRun = () => {
    const first = run[0];
    if (first) runs.push({ pieces: run, lang: langOf(block instanceof Element ? block : first.node.parentElement) });
    run = [];
    runLength = 0;
  };
  const nodes = root instanceof Text ? [root] : renderedNodes(root, (element) => !isSkipped(element, exclude, styleOf(element)));
  for (const node of nodes) {
    if (node instanceof Element) {
      if (node.localName === 'br') endRun();
      continue;
    }
    if (!(node instanceof Text)) continue;
    const text = node;
    if (range && !range.intersectsNode(text)) continue;
    // Text left directly in a closed details, and text in an invisible element (a child may be visible again).
    const parent = flatParent(text);
    if (inClosedDetails(text) || (parent && styleOf(parent).visibility !== 'visible')) continue;
    const start = range && text === range.startContainer ? range.startOffset : 0;
    const end = range && text === range.endContainer ? range.endOffset : text.data.length;
    if (start >= end) continue;
    const textBlock = blockOf(text);
    if (textBlock !== block) {
      endRun();
      block = textBlock;
    }
    run.push({ node: text, start, end, at: runLength });
    runLength += end - start;
  }
  endRun();
  return runs.flatMap(({ pieces, lang }) => sentencesOfRun(pieces, lang));
}

/** The language of an element: its nearest `lang`, across shadow roots, else the page's; '' when unknown. */
function langOf(element: Element | null): string {
  for (let node = element; node; node = node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null)) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return lang.trim();
  }
  return document.documentElement.lang.trim();
}

/** The element a node is shown inside: its slot, its parent, or the host of its shadow root. */
function flatParent(node: Element | Text): Element | null {
  if (node.assignedSlot) return node.assignedSlot;
  if (node.parentElement) return node.parentElement;
  return node.parentNode instanceof ShadowRoot ? node.parentNode.host : null;
}

/**
 * The nodes under `root` in the order the page shows them: into open shadow roots (the text of
 * other widgets) and through slots; a rejected element is skipped with everything under it.
 */
function* renderedNodes(root: Node, accept: (element: Element) => boolean): Generator<Node> {
  let children: Iterable<Node> = root.childNodes;
  if (root instanceof Element && root.shadowRoot) children = root.shadowRoot.childNodes;
  else if (root instanceof HTMLSlotElement) {
    const assigned = root.assignedNodes({ flatten: true });
    if (assigned.length) children = assigned;
  }
  for (const child of children) {
    if (child instanceof Element && !accept(child)) continue;
    yield child;
    yield* renderedNodes(child, accept);
  }
}

function sentencesOfRun(pieces: Piece[], lang: string): Sentence[] {
  // Every kind of white space becomes one space, so offsets still match the text nodes and a line
  // break in the HTML source does not end a sentence.
  const text = pieces
    .map(({ node, start, end }) => node.data.slice(start, end))
    .join('')
    .replace(/\s/g, ' ');
  const boundary = (offset: number, isEnd: boolean): [Text, number] => {
    let piece = pieces[0] as Piece;
    for (const candidate of pieces) if (isEnd ? candidate.at < offset : candidate.at <= offset) piece = candidate;
    return [piece.node, piece.start + offset - piece.at];
  };
  const sentences: Sentence[] = [];
  for (const { index, segment } of splitSentences(text, lang)) {
    const start = index + segment.length - segment.trimStart().length;
    const end = index + segment.trimEnd().length;
    const words = text.slice(start, end);
    if (!HAS_WORDS.test(words)) continue;
    const range = document.createRange();
    range.setStart(...boundary(start, false));
    range.setEnd(...boundary(end, true));
    sentences.push({ text: words.replace(/ {2,}/g, ' '), range, lang });
  }
  return sentences;
}

/** A sentence segmenter for a language; the browser's default rules for a tag it does not know. */
function segmenter(lang: string): Intl.Segmenter {
  try {
    return new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
  } catch {
    return new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
}

function splitSentences(text: string, lang: string): { index: number; segment: string }[] {
  if (typeof Intl.Segmenter === 'function') return Array.from(segmenter(lang).segment(text));
  return Array.from(text.matchAll(FALLBACK_SENTENCE), (match) => ({ index: match.index, segment: match[0] }));
}
