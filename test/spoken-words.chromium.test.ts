import { html } from 'lit';
import { expect, fixture } from './helpers/testing.js';
import { accessibilityTree, all } from './helpers/a11y-tree.js';
import type { AccessibilityNode } from './helpers/a11y-tree.js';
import { timesSaid } from './helpers/screen-reader.js';
import { clearWords, setWords } from '../src/core/words.js';
import '../src/selca-goals-panel.js';
import type { GoalsPanel } from '../src/components/goals-panel/goals-panel.js';

const LABEL = 'Under every goal';

/** The panel on a page in `lang`, and Chromium's accessibility tree once it has rendered. */
async function treeIn(lang: string) {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><selca-goals-panel></selca-goals-panel></div>`);
  const panel = wrapper.querySelector<GoalsPanel>('selca-goals-panel')!;
  await panel.updateComplete;
  return { panel, tree: await accessibilityTree() };
}
/** The text nodes browse mode reads that say `words`. */
const textsSaying = (tree: AccessibilityNode, words: string) =>
  all(tree, (node) => node.role === 'StaticText' && node.name.trim() === words);
const groupNames = (tree: AccessibilityNode) => all(tree, (node) => node.role === 'group').map((node) => node.name);

describe('names and announcements in English on a page in another language (Chromium)', () => {
  afterEach(() => clearWords());

  describe("<selca-goals-panel>'s principles label", () => {
    it('is read in browse mode, marked English, where it stays English on a Welsh page, besides naming the group', async () => {
      const { panel, tree } = await treeIn('cy');
      expect(groupNames(tree)).to.deep.equal([LABEL]);
      // Said as the group's name, and read as text, which carries its lang.
      expect(textsSaying(tree, LABEL)).to.have.length(1);
      expect(timesSaid(tree, LABEL)).to.equal(2);
      const label = panel.shadowRoot!.getElementById('principles-label')!;
      expect([label.getAttribute('lang'), label.hasAttribute('aria-hidden')]).to.deep.equal(['en', false]);
    });

    it('is hidden in browse mode, said once as the group name, once translated on the Welsh page', async () => {
      setWords({ 'selca-goals-panel': { principlesLabel: 'Dan bob nod' } }, 'cy');
      const { tree } = await treeIn('cy');
      expect(groupNames(tree)).to.deep.equal(['Dan bob nod']);
      expect(textsSaying(tree, 'Dan bob nod')).to.have.length(0);
      expect(timesSaid(tree, 'Dan bob nod')).to.equal(1);
    });

    it('is hidden in browse mode, said once as the group name, on an English page', async () => {
      const { tree } = await treeIn('en-GB');
      expect(groupNames(tree)).to.deep.equal([LABEL]);
      expect(textsSaying(tree, LABEL)).to.have.length(0);
      expect(timesSaid(tree, LABEL)).to.equal(1);
    });
  });
});
