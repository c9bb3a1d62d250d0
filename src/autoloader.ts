/**
 * The one script a page needs: it registers nothing itself, and loads each widget's code the first
 * time its `selca-` tag is in the document (at load or added later), so a page pays only for the
 * widgets it holds and downloads Lit and the shared core once however many it holds.
 *
 * Widgets inside open shadow roots are found once the root is passed to `observe`.
 */
const WIDGETS: Record<string, () => Promise<unknown>> = {
  'selca-a11y-toolbar': () => import('./selca-a11y-toolbar.js'),
  'selca-coverage-map': () => import('./selca-coverage-map.js'),
  'selca-focus-areas': () => import('./selca-focus-areas.js'),
  'selca-goals-panel': () => import('./selca-goals-panel.js'),
  'selca-partner-list': () => import('./selca-partner-list.js'),
};

/** The tags the autoloader knows, for tests and tools. */
export const AUTOLOADED_TAGS = Object.keys(WIDGETS);

const waiting = new Set(AUTOLOADED_TAGS);
const roots = new Set<Document | ShadowRoot | Element>();
const observer = typeof MutationObserver === 'function' ? new MutationObserver(() => roots.forEach(scan)) : undefined;

function load(tag: string): void {
  waiting.delete(tag);
  WIDGETS[tag]!().catch((error: unknown) => {
    // Tried again the next time the page changes; until then the element shows its own content.
    waiting.add(tag);
    console.error(`[@selca/widgets] <${tag}> could not be loaded; its fallback content stays in place.`, error);
  });
}

function scan(root: Document | ShadowRoot | Element): void {
  for (const tag of waiting) if (root.querySelector(tag)) load(tag);
  if (!waiting.size) observer?.disconnect();
}

/**
 * Finds widgets below `root` (a document, or an open shadow root the page's own components made)
 * now and whenever they are added later.
 */
export function observe(root: Document | ShadowRoot | Element): void {
  if (!globalThis.customElements) {
    console.error('[@selca/widgets] This browser has no custom elements support; the widgets keep their fallback content.');
    return;
  }
  if (!roots.has(root)) {
    roots.add(root);
    if (waiting.size) observer?.observe(root, { childList: true, subtree: true });
  }
  scan(root);
}

if (globalThis.document) observe(document);
