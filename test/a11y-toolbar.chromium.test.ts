import {
  a11ySnapshot,
  assert,
  executeServerCommand,
  expect,
  findAccessibilityNode,
  fixture,
  sendKeys,
  setViewport,
  waitUntil,
} from './helpers/testing.js';
import { expectReadableFocus } from './helpers/contrast.js';
import { findOverflow } from './helpers/stories.js';
import { control, inToolbar, resetToolbarState, toolbarPage } from './helpers/toolbar.js';
import { PreferenceStore, preferenceStore } from '../src/components/a11y-toolbar/preference-store.js';
import { getPreferences } from '../src/core/preferences.js';
import { accessibilityTree, all } from './helpers/a11y-tree.js';
import type { AccessibilityNode as AccessibilityTreeNode } from './helpers/a11y-tree.js';
import { FakeEngine } from '../stories/support/fake-speech.js';
import { announced, plainEnglish } from './helpers/words.js';
import { toolbarButtonWords } from '../src/components/a11y-toolbar/words.js';
import { toolbarPanelWords } from '../src/components/a11y-toolbar/panel-words.js';
import { clearWords, setWords } from '../src/core/words.js';
import { pseudoWords } from '../src/core/pseudo-locale.js';
import { html } from 'lit';

interface AccessibilityNode {
  role: string;
  name: string;
  expanded?: boolean;
  pressed?: boolean | 'mixed';
  checked?: boolean;
  disabled?: boolean;
  level?: number;
  children: AccessibilityNode[];
}

const tree = async () => (await a11ySnapshot({})) as unknown as AccessibilityNode;
const find = (root: AccessibilityNode, test: (node: AccessibilityNode) => boolean) => findAccessibilityNode<AccessibilityNode>(root, test);

/**
 * Where the toolbar is wider than its place, or a box in it is wider than the box around it, which
 * the page's margin can hide from a check of the page's scrolling alone.
 */
function sidewaysOverflow(toolbar: HTMLElement): string[] {
  const place = toolbar.parentElement!.getBoundingClientRect();
  const name = (element: Element) =>
    `${element.localName}${element.className ? `.${String(element.className).trim().replace(/\s+/g, '.')}` : ''}`;
  const problems: string[] = [];
  for (const element of [toolbar, ...toolbar.shadowRoot!.querySelectorAll('*')]) {
    const box = element.getBoundingClientRect();
    if (!box.width) continue;
    if (box.left < place.left - 0.5 || box.right > place.right + 0.5) {
      problems.push(
        `${name(element)} reaches ${Math.round(box.left)}…${Math.round(box.right)} px, outside ${place.left}…${place.right} px`,
      );
    } else if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).display !== 'inline') {
      problems.push(`${name(element)}: ${element.scrollWidth} px of content in ${element.clientWidth} px`);
    }
  }
  return problems;
}

describe('<selca-a11y-toolbar> (Chromium)', () => {
  afterEach(async () => {
    resetToolbarState();
    await executeServerCommand('selca-emulate-media', {
      'forced-colors': 'none',
      'prefers-reduced-motion': 'no-preference',
      'prefers-contrast': 'no-preference',
      'prefers-color-scheme': '',
    });
    await setViewport({ width: 1024, height: 768 });
  });

  describe('accessibility tree', () => {
    it('names the button, says whether it is expanded, and hides the icon', async () => {
      await toolbarPage();
      const button = find(await tree(), (node) => node.role === 'button' && node.name === 'Accessibility tools');
      assert.exists(button, 'toggle button');
      expect(button.expanded).to.equal(false);
      expect(find(await tree(), (node) => node.role === 'image' || node.role === 'img')).to.equal(null);
    });

    it('exposes the heading, grouped radios, pressed toggles and the text size in the open panel', async () => {
      const { toolbar } = await toolbarPage();
      toolbar.open = true;
      await toolbar.updateComplete;
      control(toolbar, 'Highlight links').click();
      await toolbar.updateComplete;
      const root = await tree();
      expect(find(root, (n) => n.role === 'button' && n.name === 'Accessibility tools')!.expanded).to.equal(true);
      expect(find(root, (n) => n.role === 'heading' && n.name === 'Accessibility tools')!.level).to.equal(2);
      const radios: [string, boolean][] = [];
      find(root, (n) => {
        if (n.role === 'radio' && /spacing/.test(n.name)) radios.push([n.name, n.checked ?? false]);
        return false;
      });
      expect(radios).to.deep.equal([
        ['Site spacing', true],
        ['Wider spacing', false],
        ['Wider spacing and taller lines', false],
      ]);
      expect(find(root, (n) => n.role === 'button' && n.name === 'Highlight links')!.pressed).to.equal(true);
      const size = find(root, (n) => n.role === 'status' && (n.children ?? []).some((c) => c.name === '100%'));
      assert.exists(size, 'text size announced politely');
      expect((size as unknown as { live: string }).live).to.equal('polite');
      expect(find(root, (n) => n.role === 'menu' || n.role === 'menuitem')).to.equal(null);
    });

    it('gives no plain English to a screen reader under the pseudo-locale, with the panel open and reading aloud', async () => {
      const sentence = 'Screening is free.';
      const page = async () => {
        const root = await fixture<HTMLElement>(html`<div>
          <selca-a11y-toolbar open lang="en-XA" statement-url="/accessibility-statement" .speech=${new FakeEngine()}></selca-a11y-toolbar>
          <main><p>${sentence}</p></main>
        </div>`);
        const toolbar = root.querySelector('selca-a11y-toolbar')!;
        await toolbar.updateComplete;
        return toolbar;
      };
      const english = await page();
      // The check finds the English words when they are not replaced.
      expect(plainEnglish(announced(await accessibilityTree()), [sentence])).to.include.members([
        'Accessibility tools',
        'Reset all settings',
      ]);
      english.parentElement!.remove();
      setWords({ 'selca-a11y-toolbar': pseudoWords({ ...toolbarButtonWords, ...toolbarPanelWords }) });
      try {
        const toolbar = await page();
        inToolbar(toolbar, '.read-primary').click();
        await toolbar.updateComplete;
        const said = announced(await accessibilityTree());
        expect(said.join(' ')).to.contain('[');
        expect(plainEnglish(said, [sentence])).to.deep.equal([]);
      } finally {
        clearWords();
      }
    });
  });

  describe('names', () => {
    it('names the text size value, which a screen reader reads with its percentage', async () => {
      const { toolbar } = await toolbarPage();
      toolbar.open = true;
      await toolbar.updateComplete;
      control(toolbar, 'Make text larger').click();
      await toolbar.updateComplete;
      const text = (node: AccessibilityTreeNode) =>
        all(node, (child) => child.role === 'StaticText')
          .map((child) => child.name)
          .join('');
      const [size] = all(await accessibilityTree(), (node) => node.role === 'status' && text(node) === '125%');
      assert.exists(size, 'the text size value is in the tree');
      expect(size.name).to.equal('Text size');
    });

    it('gives the speed list the stored speed as its value from the first render', async () => {
      new PreferenceStore().choose({ speechRate: 1.25 });
      const { toolbar } = await toolbarPage(html`<selca-a11y-toolbar open .speech=${new FakeEngine()}></selca-a11y-toolbar>`);
      const [list] = all(await accessibilityTree(), (node) => node.role === 'combobox' && node.name === 'Reading speed');
      assert.exists(list, 'the speed list is in the tree');
      expect(list.value).to.equal('1.25×');
      expect(toolbar.open).to.equal(true);
    });
  });

  describe('narrow screens', () => {
    it('fits 320 px without sideways scrolling and stays accessible, open with everything on', async () => {
      await setViewport({ width: 320, height: 640 });
      const page = await toolbarPage();
      page.toolbar.open = true;
      await page.toolbar.updateComplete;
      control(page.toolbar, 'Wider spacing and taller lines').click();
      await page.toolbar.updateComplete;
      expect(findOverflow(page.root)).to.deep.equal([]);
      await expect(page.root).to.be.accessible();
    });

    it("fits 320 px at twice the text size, open, the toggle's icon going above its word", async () => {
      await setViewport({ width: 320, height: 640 });
      const page = await toolbarPage();
      page.toolbar.open = true;
      await page.toolbar.updateComplete;
      new PreferenceStore().choose({ textScale: 2 });
      await page.toolbar.updateComplete;
      expect(parseFloat(getComputedStyle(page.toolbar).fontSize)).to.equal(32);
      expect(findOverflow(page.root)).to.deep.equal([]);
    });

    for (const width of [375, 320]) {
      it(`fits ${width} px with twice the text, OpenDyslexic and wide spacing together, closed and open`, async () => {
        await setViewport({ width, height: 800 });
        const page = await toolbarPage();
        new PreferenceStore().choose({ textScale: 2, font: 'dyslexic', spacing: 'wide' });
        await page.toolbar.updateComplete;
        await document.fonts.load('32px OpenDyslexic', 'Accessibility tools');
        expect(document.fonts.check('32px OpenDyslexic', 'Accessibility tools'), 'the reading font is loaded').to.equal(true);
        expect(getComputedStyle(inToolbar(page.toolbar, '.toggle')).fontFamily).to.match(/^OpenDyslexic/);
        expect(sidewaysOverflow(page.toolbar), 'closed').to.deep.equal([]);
        page.toolbar.open = true;
        await page.toolbar.updateComplete;
        await document.fonts.ready;
        expect(sidewaysOverflow(page.toolbar), 'open').to.deep.equal([]);
        expect(findOverflow(page.root)).to.deep.equal([]);
      });
    }

    it('keeps every control at least 24 by 24 px', async () => {
      const { toolbar } = await toolbarPage();
      toolbar.open = true;
      await toolbar.updateComplete;
      const small = [...toolbar.shadowRoot!.querySelectorAll('button, label.choice')]
        .map((element) => [element.textContent?.trim(), element.getBoundingClientRect()] as const)
        .filter(([, box]) => box.width < 24 || box.height < 24);
      expect(small).to.deep.equal([]);
    });
  });

  describe('operating system settings', () => {
    it('shows colour themes as unavailable, with the reason, under forced colours', async () => {
      await executeServerCommand('selca-emulate-media', { 'forced-colors': 'active' });
      const { toolbar, root } = await toolbarPage();
      toolbar.open = true;
      await toolbar.updateComplete;
      expect(control(toolbar, 'Dark').matches(':disabled')).to.equal(true);
      expect(inToolbar(toolbar, 'fieldset[disabled] .hint').textContent).to.contain('using its own high contrast colours');
      await expect(root).to.be.accessible();
    });

    it('lets forced colours win over a chosen theme on the page', async () => {
      const page = await toolbarPage();
      new PreferenceStore().choose({ theme: 'contrast-dark' });
      expect(getComputedStyle(page.paragraph).color).to.equal('rgb(255, 255, 0)');
      await executeServerCommand('selca-emulate-media', { 'forced-colors': 'active' });
      expect(getComputedStyle(page.paragraph).color).not.to.equal('rgb(255, 255, 0)');
    });

    it('turns motion off on a first visit when the system asks for reduced motion', async () => {
      await executeServerCommand('selca-emulate-media', { 'prefers-reduced-motion': 'reduce' });
      const store = new PreferenceStore();
      store.start();
      try {
        expect(getPreferences().reduceMotion).to.equal(true);
        store.choose({ reduceMotion: false });
        expect(getPreferences().reduceMotion).to.equal(false);
      } finally {
        store.stop();
      }
    });

    it('keeps what the system asks for when the visitor resets, and says so', async () => {
      await executeServerCommand('selca-emulate-media', { 'prefers-reduced-motion': 'reduce', 'prefers-contrast': 'more' });
      const { toolbar } = await toolbarPage();
      toolbar.open = true;
      await toolbar.updateComplete;
      preferenceStore().choose({ theme: 'dark', reduceMotion: false, strongFocus: false });
      control(toolbar, 'Reset all settings').click();
      await toolbar.updateComplete;
      expect(getPreferences()).to.include({ theme: 'default', reduceMotion: true, highlightLinks: true, strongFocus: true });
      expect(document.documentElement.dataset.selcaMotion).to.equal('reduce');
      expect(inToolbar(toolbar, '.reset-status').textContent).to.equal(
        "All settings are back to how the site set them, except that animations stay paused and links and focus stay highlighted, as your device's settings ask.",
      );
    });

    it('says only what the system keeps on reset', async () => {
      await executeServerCommand('selca-emulate-media', { 'prefers-reduced-motion': 'reduce' });
      const { toolbar } = await toolbarPage();
      toolbar.open = true;
      await toolbar.updateComplete;
      control(toolbar, 'Reset all settings').click();
      await toolbar.updateComplete;
      expect(inToolbar(toolbar, '.reset-status').textContent).to.equal(
        "All settings are back to how the site set them, except that animations stay paused, as your device's settings ask.",
      );
    });

    it('highlights links and focus on a first visit when the system asks for more contrast', async () => {
      await executeServerCommand('selca-emulate-media', { 'prefers-contrast': 'more' });
      const store = new PreferenceStore();
      store.start();
      store.stop();
      expect([getPreferences().highlightLinks, getPreferences().strongFocus]).to.deep.equal([true, true]);
    });
  });

  describe('focus under forced colours', () => {
    /** The open panel, reached from the page as a keyboard user does: Tab to the button, Enter. */
    async function openWithKeys() {
      const page = await toolbarPage(
        html`<button>Before</button><selca-a11y-toolbar statement-url="/accessibility-statement"></selca-a11y-toolbar>`,
      );
      page.root.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(page.toolbar.shadowRoot!.activeElement).to.equal(inToolbar(page.toolbar, '.toggle'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => page.toolbar.shadowRoot!.activeElement?.classList.contains('heading'), 'the panel heading takes focus');
      return page;
    }

    for (const scheme of ['light', 'dark'] as const) {
      it(`keeps the focused panel heading readable, marked by an outline, in the ${scheme} scheme`, async () => {
        await executeServerCommand('selca-emulate-media', { 'forced-colors': 'active', 'prefers-color-scheme': scheme });
        const { toolbar } = await openWithKeys();
        const heading = inToolbar(toolbar, '.heading');
        expectReadableFocus(heading);
      });

      it(`keeps the focused statement link readable, marked by an outline, in the ${scheme} scheme`, async () => {
        await executeServerCommand('selca-emulate-media', { 'forced-colors': 'active', 'prefers-color-scheme': scheme });
        const { toolbar } = await openWithKeys();
        inToolbar(toolbar, '.reset').focus();
        await sendKeys({ press: 'Tab' });
        const link = toolbar.shadowRoot!.activeElement!;
        expect(link.textContent).to.equal('Accessibility statement');
        expectReadableFocus(link);
      });
    }
  });
});
