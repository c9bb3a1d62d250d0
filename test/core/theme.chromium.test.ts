import { html } from 'lit';
import { a11ySnapshot, assert, executeServerCommand, expect, findAccessibilityNode, fixture, sendKeys } from '../helpers/testing.js';
import { ThemeProbe } from '../helpers/theme-probe.js';
import { expectReadableFocus } from '../helpers/contrast.js';
import { resetPreferences, setPreferences } from '../../src/core/preferences.js';

interface AccessibilityNode {
  role: string;
  name: string;
  children: AccessibilityNode[];
}

// Checks that need Chromium: media emulation through DevTools and the accessibility tree.
describe('theme (Chromium)', () => {
  afterEach(() =>
    executeServerCommand('selca-emulate-media', {
      'forced-colors': 'none',
      'prefers-reduced-motion': 'no-preference',
      'prefers-color-scheme': '',
    }),
  );

  describe('forced colours', () => {
    it('uses system colours, so the operating system decides', async () => {
      const el = await fixture<ThemeProbe>(html`<test-theme-probe></test-theme-probe>`);
      const defaultLink = el.colour('--_link');
      await executeServerCommand('selca-emulate-media', { 'forced-colors': 'active' });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const span = el.shadowRoot!.querySelector<HTMLElement>('.probe')!;
      span.style.color = 'LinkText';
      const linkText = getComputedStyle(span).color;
      span.style.removeProperty('color');
      expect(el.colour('--_link')).to.equal(linkText);
      expect(el.colour('--_link')).not.to.equal(defaultLink);
    });

    it("win over a visitor's chosen theme", async () => {
      setPreferences({ theme: 'dark' });
      try {
        await executeServerCommand('selca-emulate-media', { 'forced-colors': 'active' });
        const el = await fixture<ThemeProbe>(html`<test-theme-probe></test-theme-probe>`);
        const span = el.shadowRoot!.querySelector<HTMLElement>('.probe')!;
        span.style.color = 'CanvasText';
        const canvasText = getComputedStyle(span).color;
        span.style.removeProperty('color');
        expect(el.colour('--_text')).to.equal(canvasText);
      } finally {
        resetPreferences();
      }
    });

    it('keeps a visible focus outline', async () => {
      await executeServerCommand('selca-emulate-media', { 'forced-colors': 'active' });
      const wrapper = await fixture(html`<div><button>Before</button><test-theme-probe></test-theme-probe></div>`);
      const el = wrapper.querySelector<ThemeProbe>('test-theme-probe')!;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.localName).to.equal('a');
      const style = getComputedStyle(el.shadowRoot!.querySelector('a')!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(3);
    });

    for (const scheme of ['light', 'dark'] as const) {
      it(`marks a focused link with an outline, not a fill, so its text stays readable, in the ${scheme} scheme`, async () => {
        await executeServerCommand('selca-emulate-media', { 'forced-colors': 'active', 'prefers-color-scheme': scheme });
        const wrapper = await fixture(html`<div><button>Before</button><test-theme-probe></test-theme-probe></div>`);
        const link = wrapper.querySelector<ThemeProbe>('test-theme-probe')!.shadowRoot!.querySelector('a')!;
        wrapper.querySelector('button')!.focus();
        await sendKeys({ press: 'Tab' });
        expectReadableFocus(link);
      });
    }
  });

  describe('reduced motion from the operating system', () => {
    it('stops transitions', async () => {
      await executeServerCommand('selca-emulate-media', { 'prefers-reduced-motion': 'reduce' });
      const el = await fixture<ThemeProbe>(html`<test-theme-probe></test-theme-probe>`);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.moving')!).transitionDuration).to.equal('0s');
    });
  });

  describe('the status notice', () => {
    it('is a status region with its message in the accessibility tree', async () => {
      await fixture<ThemeProbe>(html`<test-theme-probe></test-theme-probe>`);
      const snapshot = (await a11ySnapshot({})) as unknown as AccessibilityNode;
      const status = findAccessibilityNode<AccessibilityNode>(snapshot, (node) => node.role === 'status');
      assert.exists(status);
      const text = findAccessibilityNode<AccessibilityNode>(status, (node) => node.name === 'Something went wrong');
      assert.exists(text, JSON.stringify(status));
    });
  });
});
