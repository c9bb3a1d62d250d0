import { executeServerCommand, expect, setViewport, waitUntil } from './helpers/testing.js';
import { accessibilityTree } from './helpers/a11y-tree.js';
import type { AccessibilityNode } from './helpers/a11y-tree.js';
import { describeViolations, runAxe } from './helpers/a11y.js';
import { findOverflow } from './helpers/stories.js';
import {
  HOSTILE_CSS,
  NHSUK_CSS,
  hostPage,
  hostileContent,
  hostilePage,
  nhsukPage,
  overlappingText,
  rtlPage,
  visibleText,
  widgetsInContent,
} from './helpers/host-pages.js';
import type { HostPage } from './helpers/host-pages.js';
import { setPreferences } from '../src/core/preferences.js';
import { html } from 'lit';

const PAGES: [name: string, open: () => Promise<HostPage>][] = [
  ['an NHS.UK page built with nhsuk-frontend', nhsukPage],
  ['a hostile page', hostilePage],
  ['a right-to-left page', rtlPage],
];

/**
 * A node without the browser's bookkeeping: ids that differ from one load to the next, the boxes
 * of each line of text (which follow layout rather than meaning), and nodes the browser ignores
 * (role "none": a screen reader is given their children, if any, not them; a hidden part that has
 * or has not arrived yet leaves only such nodes).
 */
const semantics = ({ backendNodeId: _id, loaderId: _loader, children, ...node }: AccessibilityNode): AccessibilityNode => {
  const kept = (children ?? []).filter((child) => child.role !== 'InlineTextBox').flatMap(exposed);
  return { ...node, ...(kept.length ? { children: kept.map(semantics) } : {}) };
};
const exposed = (node: AccessibilityNode): AccessibilityNode[] => (node.role === 'none' ? (node.children ?? []).flatMap(exposed) : [node]);

/** What a screen reader is given for the page's main content. */
async function mainTree(): Promise<AccessibilityNode> {
  const tree = await accessibilityTree();
  const find = (node: AccessibilityNode): AccessibilityNode | undefined =>
    node.role === 'main' ? node : (node.children ?? []).map(find).find(Boolean);
  return semantics(find(tree)!);
}

describe('Widgets on pages they did not choose (Chromium)', () => {
  let page: HostPage | undefined;
  afterEach(async () => {
    page?.remove();
    page = undefined;
    await setViewport({ width: 1024, height: 768 });
    await executeServerCommand('selca-emulate-media', { 'forced-colors': 'none' });
  });

  describe('at 320 px wide', () => {
    for (const [name, open] of PAGES) {
      it(`on ${name}: no sideways scrolling, nothing cut off, no text over other text`, async () => {
        await setViewport({ width: 320, height: 640 });
        page = await open();
        expect(findOverflow(page.root), 'overflow').to.deep.equal([]);
        for (const widget of page.widgets) {
          expect(overlappingText(visibleText(widget)), `${widget.localName}: overlapping text`).to.deep.equal([]);
        }
      });
    }

    it("on an NHS.UK-styled page with twice the text, OpenDyslexic and wide spacing: the page's own long words wrap, in a flex row too, and its select shrinks, not the page", async () => {
      await setViewport({ width: 320, height: 640 });
      page = await hostPage(
        html`<div class="nhsuk-width-container">
          <main class="nhsuk-main-wrapper">
            <h1>Gastroenterology and haematology</h1>
            <div style="display: flex; gap: 1em"><span>Logo</span><span>Example NHS Trust, Gastroenterology</span></div>
            <label class="nhsuk-label" for="clinic">Clinic</label>
            <select class="nhsuk-select" id="clinic" style="min-width: 20ex"><option>Haematology</option></select>
            ${widgetsInContent()}
          </main>
        </div>`,
        [{ href: NHSUK_CSS }],
      );
      const heading = page.root.querySelector('h1')!;
      setPreferences({ textScale: 2, font: 'dyslexic', spacing: 'wide' });
      // The code that changes the page arrives on the first change.
      await waitUntil(() => document.documentElement.hasAttribute('data-selca-font'), 'the page changed', { timeout: 5000 });
      await document.fonts.load('64px OpenDyslexic', 'Gastroenterology');
      expect(getComputedStyle(heading).fontFamily, 'in the reading font').to.match(/^OpenDyslexic/);
      expect(document.fonts.check('64px OpenDyslexic', 'Gastroenterology'), 'the reading font is loaded').to.equal(true);
      const { scrollWidth, clientWidth } = document.documentElement;
      expect(scrollWidth, 'the page scrolls sideways').to.be.at.most(clientWidth);
    });
  });

  describe('in forced colours', () => {
    for (const [name, open] of PAGES) {
      it(`on ${name}: no axe violation inside the widgets`, async () => {
        await executeServerCommand('selca-emulate-media', { 'forced-colors': 'active' });
        page = await open();
        const { violations } = await runAxe(page.widgets);
        expect(violations, describeViolations(violations)).to.deep.equal([]);
      });
    }
  });

  describe('in the accessibility tree', () => {
    it("gives a screen reader the same widgets on the hostile page as on a page without the site's CSS", async () => {
      // Tall enough that no partner is skipped by content-visibility, which leaves it out of the tree.
      await setViewport({ width: 1024, height: 20000 });
      page = await hostPage(hostileContent(), []);
      const plain = await mainTree();
      page.remove();
      page = await hostPage(hostileContent(), [{ css: HOSTILE_CSS }]);
      const hostile = await mainTree();
      expect(JSON.stringify(hostile).length, 'the widgets are in the tree').to.be.greaterThan(1000);
      expect(hostile).to.deep.equal(plain);
    });
  });
});
