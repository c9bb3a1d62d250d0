import { html } from 'lit';
import { expect, fixture, nextFrame, oneEvent, sendKeys } from './helpers/testing.js';
import { captureConsole } from './helpers/console.js';
import { control, inToolbar, resetToolbarState, toolbarPage } from './helpers/toolbar.js';
import type { ToolbarPage } from './helpers/toolbar.js';
import { PreferenceStore, STORAGE_KEY, preferenceStore } from '../src/components/a11y-toolbar/preference-store.js';
import { getPreferences, setPreferences } from '../src/core/preferences.js';
import type { Preferences } from '../src/core/preferences.js';
import type { A11yToolbar } from '../src/components/a11y-toolbar/a11y-toolbar.js';
import { readingFontFiles } from '../src/components/a11y-toolbar/fonts.js';
import { FakeEngine, voice } from '../stories/support/fake-speech.js';
import { focusIndicatorContrast } from './helpers/contrast.js';

const EVERYTHING_ON: Partial<Preferences> = {
  textScale: 2,
  spacing: 'wide',
  font: 'sans',
  theme: 'contrast-dark',
  highlightLinks: true,
  strongFocus: true,
  reduceMotion: true,
  readingGuide: 'ruler',
};

const computed = (element: Element, ...properties: string[]) => {
  const style = getComputedStyle(element);
  return Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
};

/** Makes every localStorage write fail, as a full or locked store does; returns the undo. */
function failStorageWrites(): () => void {
  const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')!;
  Object.defineProperty(Storage.prototype, 'setItem', {
    configurable: true,
    value: () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    },
  });
  return () => Object.defineProperty(Storage.prototype, 'setItem', setItem);
}

/** What the page looks like: <html>, inline styles, stylesheets, storage and a sample of computed styles. */
function snapshot(page: ToolbarPage) {
  const root = document.documentElement;
  const sample = [
    'font-size',
    'line-height',
    'letter-spacing',
    'word-spacing',
    'font-family',
    'color',
    'background-color',
    'outline-style',
    'transition-duration',
  ];
  return {
    htmlAttributes: root.getAttributeNames().map((name) => `${name}=${root.getAttribute(name)}`),
    inlineStyles: [...document.querySelectorAll('[style]')].map((e) => `${e.localName}: ${e.getAttribute('style')}`),
    adoptedSheets: document.adoptedStyleSheets.length,
    storage: Object.keys(localStorage).sort(),
    cookie: document.cookie,
    html: computed(root, 'font-size'),
    paragraph: computed(page.paragraph, ...sample),
    link: computed(page.link, ...sample),
    widget: computed(page.widget.shadowRoot!.querySelector('.selca-notice')!, ...sample),
  };
}

/** WebDriver's codes for the keys pressed with Alt: sent together, they are held together. */
const WEBDRIVER_KEYS: Record<string, string> = { Alt: '\uE00A', ArrowUp: '\uE013', ArrowDown: '\uE015' };

// WebDriver (WebKit here) takes only "press", and holds every key of one press down together; asking
// it for "down" logs an error in the runner's output, which would hide a real failure in a CI log.
const pressOnly = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium/.test(navigator.userAgent);

/** Presses a key with Alt held down. */
async function withAlt(key: string): Promise<void> {
  if (!pressOnly) {
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: key });
    await sendKeys({ up: 'Alt' });
    return;
  }
  await sendKeys({ press: `${WEBDRIVER_KEYS.Alt}${WEBDRIVER_KEYS[key]}` });
}

describe('<selca-a11y-toolbar>', () => {
  let warnings: ReturnType<typeof captureConsole> | undefined;
  afterEach(() => {
    warnings?.restore();
    warnings = undefined;
    resetToolbarState();
  });

  describe('accessibility', () => {
    it('is accessible closed', async () => {
      const { root } = await toolbarPage();
      await expect(root).to.be.accessible();
    });

    it('is accessible open', async () => {
      const { root, toolbar } = await toolbarPage();
      toolbar.open = true;
      await toolbar.updateComplete;
      await expect(root).to.be.accessible();
    });

    it('is accessible with every preference on', async () => {
      const { root, toolbar } = await toolbarPage();
      toolbar.open = true;
      await toolbar.updateComplete;
      preferenceStore().choose(EVERYTHING_ON);
      await toolbar.updateComplete;
      await expect(root).to.be.accessible();
    });

    for (const theme of ['dark', 'contrast-dark', 'contrast-light', 'cream'] as const) {
      it(`is accessible in the ${theme} theme`, async () => {
        const { root, toolbar } = await toolbarPage();
        toolbar.open = true;
        await toolbar.updateComplete;
        preferenceStore().choose({ theme });
        await toolbar.updateComplete;
        await expect(root).to.be.accessible();
      });
    }

    it('is accessible at 200% text', async () => {
      const { root, toolbar } = await toolbarPage();
      toolbar.open = true;
      await toolbar.updateComplete;
      preferenceStore().choose({ textScale: 2 });
      await toolbar.updateComplete;
      await expect(root).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('opens from the button, moves focus to the heading, and Escape closes it and returns focus', async () => {
      const { toolbar } = await toolbarPage(html`<button>Before</button><selca-a11y-toolbar></selca-a11y-toolbar>`);
      toolbar.previousElementSibling!.closest('div')!.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(toolbar.shadowRoot!.activeElement).to.equal(inToolbar(toolbar, '.toggle'));
      await sendKeys({ press: 'Enter' });
      await toolbar.updateComplete;
      expect(toolbar.open).to.equal(true);
      expect(inToolbar(toolbar, '.toggle').getAttribute('aria-expanded')).to.equal('true');
      expect(toolbar.shadowRoot!.activeElement).to.equal(inToolbar(toolbar, '.heading'));
      await sendKeys({ press: 'Escape' });
      await toolbar.updateComplete;
      expect(toolbar.open).to.equal(false);
      expect(inToolbar(toolbar, '.panel').hidden).to.equal(true);
      expect(toolbar.shadowRoot!.activeElement).to.equal(inToolbar(toolbar, '.toggle'));
    });

    it('reaches and changes the controls with Tab, Enter, Space and arrow keys', async () => {
      const { toolbar } = await toolbarPage();
      inToolbar(toolbar, '.toggle').focus();
      await sendKeys({ press: ' ' });
      await toolbar.updateComplete;
      // Heading → "Make text smaller" (unavailable at 100%, but still focusable) → "Make text larger".
      await sendKeys({ press: 'Tab' });
      expect(toolbar.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Make text smaller');
      await sendKeys({ press: 'Tab' });
      expect(toolbar.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Make text larger');
      await sendKeys({ press: 'Enter' });
      expect(getPreferences().textScale).to.equal(1.25);
      await toolbar.updateComplete;
      expect(inToolbar(toolbar, 'output').textContent).to.equal('125%');
      for (let i = 0; i < 4; i += 1) await sendKeys({ press: 'Enter' });
      await toolbar.updateComplete;
      expect(getPreferences().textScale).to.equal(2);
      expect(toolbar.shadowRoot!.activeElement?.textContent?.trim(), 'focus stays at the end of the scale').to.equal('Make text larger');
      // Into the spacing radio group, then along it with an arrow key.
      await sendKeys({ press: 'Tab' });
      expect((toolbar.shadowRoot!.activeElement as HTMLInputElement).name).to.equal('spacing');
      await sendKeys({ press: 'ArrowRight' });
      expect(getPreferences().spacing).to.equal('wcag');
      // On to the toggles: font group, colour group, then "Highlight links".
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(toolbar.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Highlight links');
      await sendKeys({ press: ' ' });
      await toolbar.updateComplete;
      expect(getPreferences().highlightLinks).to.equal(true);
      expect(toolbar.shadowRoot!.activeElement?.getAttribute('aria-pressed')).to.equal('true');
    });

    it('reaches every control with Tab, in the order they appear', async () => {
      const { toolbar } = await toolbarPage(html`<selca-a11y-toolbar statement-url="/accessibility"></selca-a11y-toolbar>`);
      inToolbar(toolbar, '.toggle').focus();
      await sendKeys({ press: 'Enter' });
      await toolbar.updateComplete;
      // The walk starts where opening puts the visitor: the panel's heading.
      expect(toolbar.shadowRoot!.activeElement?.classList.contains('heading')).to.equal(true);
      const expected = [
        ...toolbar.shadowRoot!.querySelectorAll<HTMLElement>('.panel button, .panel input, .panel select, .panel a'),
      ].filter(
        (element) =>
          !element.matches(':disabled') && !(element instanceof HTMLInputElement && element.type === 'radio' && !element.checked),
      );
      expect(expected.length).to.be.greaterThan(10);
      const reached: Element[] = [];
      for (let i = 0; i < expected.length; i += 1) {
        await sendKeys({ press: 'Tab' });
        await toolbar.updateComplete;
        reached.push(toolbar.shadowRoot!.activeElement ?? document.activeElement!);
      }
      expect(reached.map((e) => e.textContent?.trim() || (e as HTMLInputElement).name || e.localName)).to.deep.equal(
        expected.map((e) => e.textContent?.trim() || (e as HTMLInputElement).name),
      );
      expect(reached).to.deep.equal(expected);
    });

    it('changes every kind of control from the keyboard', async () => {
      const { toolbar } = await toolbarPage(html`<selca-a11y-toolbar open .speech=${new FakeEngine()}></selca-a11y-toolbar>`);
      const focusOn = (element: Element) => (element as HTMLElement).focus();
      // Each radio group: arrow to the next choice.
      for (const [name, key, next] of [
        ['spacing', 'spacing', 'wcag'],
        ['font', 'font', 'sans'],
        ['theme', 'theme', 'dark'],
        ['readingGuide', 'readingGuide', 'ruler'],
      ] as const) {
        focusOn(inToolbar(toolbar, `input[name="${name}"]:checked`));
        await sendKeys({ press: 'ArrowRight' });
        expect(getPreferences()[key], name).to.equal(next);
        await toolbar.updateComplete;
      }
      // Each toggle: Space presses it.
      for (const label of ['Highlight links', 'Stronger focus outline', 'Pause animations']) {
        focusOn(control(toolbar, label));
        await sendKeys({ press: ' ' });
        await toolbar.updateComplete;
        expect(control(toolbar, label).getAttribute('aria-pressed'), label).to.equal('true');
      }
      // Read aloud starts and stops with Enter.
      focusOn(control(toolbar, 'Read aloud'));
      await sendKeys({ press: 'Enter' });
      await toolbar.updateComplete;
      expect(control(toolbar, 'Pause').textContent?.trim()).to.equal('Pause');
      focusOn(control(toolbar, 'Stop'));
      await sendKeys({ press: 'Enter' });
      await toolbar.updateComplete;
      // Reset with Enter.
      focusOn(control(toolbar, 'Reset all settings'));
      await sendKeys({ press: 'Enter' });
      expect(getPreferences()).to.include({ spacing: 'default', font: 'site', theme: 'default', highlightLinks: false });
    });

    it('closes with Escape from the toggle button too, and leaves the reading guide on', async () => {
      const { toolbar } = await toolbarPage();
      preferenceStore().choose({ readingGuide: 'ruler' });
      toolbar.open = true;
      await toolbar.updateComplete;
      inToolbar(toolbar, '.toggle').focus();
      await sendKeys({ press: 'Escape' });
      await toolbar.updateComplete;
      expect(toolbar.open).to.equal(false);
      expect(getPreferences().readingGuide).to.equal('ruler');
    });

    it('closes from its own close button and returns focus', async () => {
      const { toolbar } = await toolbarPage();
      toolbar.open = true;
      await toolbar.updateComplete;
      control(toolbar, 'Close accessibility tools').focus();
      await sendKeys({ press: 'Enter' });
      await toolbar.updateComplete;
      expect(toolbar.open).to.equal(false);
      expect(toolbar.shadowRoot!.activeElement).to.equal(inToolbar(toolbar, '.toggle'));
    });

    for (const theme of ['default', 'dark', 'contrast-dark', 'contrast-light', 'cream'] as const) {
      it(`shows focus on the panel heading at 3:1 or more, the NHS way, in the ${theme} theme`, async () => {
        const { toolbar } = await toolbarPage();
        preferenceStore().choose({ theme });
        inToolbar(toolbar, '.toggle').focus();
        await sendKeys({ press: 'Enter' });
        await toolbar.updateComplete;
        const heading = inToolbar(toolbar, '.heading');
        expect(toolbar.shadowRoot!.activeElement).to.equal(heading);
        expect(heading.matches(':focus-visible')).to.equal(true);
        const { best, parts } = focusIndicatorContrast(heading);
        expect(best, parts.join(', ')).to.be.at.least(3);
        // The NHS focus style: filled with the focus colour, and underlined in the colour of its text.
        const style = getComputedStyle(heading);
        expect(style.backgroundColor).not.to.equal(getComputedStyle(inToolbar(toolbar, '.panel')).backgroundColor);
        expect(style.boxShadow).to.contain(style.color);
      });
    }

    it('tells the page when it opens and closes', async () => {
      const { toolbar } = await toolbarPage();
      setTimeout(() => (toolbar.open = true));
      const event = await oneEvent<HTMLElementEventMap['selca-toolbar-toggle']>(toolbar, 'selca-toolbar-toggle');
      expect(event.detail.open).to.equal(true);
      expect(event.composed).to.equal(true);
    });
  });

  describe('text size', () => {
    it('doubles the root font size as a percentage of what the site had, with no inline styles added', async () => {
      const page = await toolbarPage();
      const before = parseFloat(getComputedStyle(document.documentElement).fontSize);
      const styled = [...document.querySelectorAll('[style]')].map((e) => e.getAttribute('style'));
      preferenceStore().choose({ textScale: 2 });
      expect(parseFloat(getComputedStyle(document.documentElement).fontSize)).to.equal(before * 2);
      expect(document.documentElement.style.getPropertyValue('--selca-root-font-size')).to.equal('200%');
      expect(document.documentElement.style.getPropertyValue('--selca-text-scale')).to.equal('2');
      const styledAfter = [...document.querySelectorAll('body [style]')].map((e) => e.getAttribute('style'));
      expect(styledAfter).to.deep.equal(styled.slice(-styledAfter.length));
      expect(parseFloat(getComputedStyle(page.widget).fontSize)).to.equal(before * 2);
    });

    it("keeps a site's own root size: 62.5% becomes 125% at double size", async () => {
      document.documentElement.style.fontSize = '62.5%';
      try {
        await toolbarPage();
        preferenceStore().choose({ textScale: 2 });
        expect(document.documentElement.style.getPropertyValue('--selca-root-font-size')).to.equal('125%');
      } finally {
        resetToolbarState();
        document.documentElement.style.removeProperty('font-size');
      }
    });

    it('steps from 100% to 200% and stops at both ends', async () => {
      const { toolbar } = await toolbarPage();
      toolbar.open = true;
      await toolbar.updateComplete;
      const larger = control(toolbar, 'Make text larger') as HTMLButtonElement;
      const smaller = control(toolbar, 'Make text smaller') as HTMLButtonElement;
      expect(smaller.getAttribute('aria-disabled')).to.equal('true');
      smaller.click();
      expect(getPreferences().textScale).to.equal(1);
      const seen: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        larger.click();
        await toolbar.updateComplete;
        seen.push(inToolbar(toolbar, 'output').textContent);
      }
      expect(seen).to.deep.equal(['125%', '150%', '175%', '200%']);
      expect(larger.getAttribute('aria-disabled')).to.equal('true');
      larger.click();
      expect(getPreferences().textScale).to.equal(2);
      smaller.click();
      expect(getPreferences().textScale).to.equal(1.75);
      expect(inToolbar(toolbar, 'output').getAttribute('aria-live')).to.equal('polite');
    });
  });

  describe('each preference reaches the host page and other widgets', () => {
    let page: ToolbarPage;
    beforeEach(async () => {
      page = await toolbarPage();
    });
    const widgetText = () => page.widget.shadowRoot!.querySelector('.selca-notice')!;

    it('text spacing applies the WCAG 1.4.12 set', async () => {
      preferenceStore().choose({ spacing: 'wcag' });
      await page.widget.updateComplete;
      for (const element of [page.paragraph, widgetText()]) {
        const style = getComputedStyle(element);
        const size = parseFloat(style.fontSize);
        expect(parseFloat(style.letterSpacing)).to.be.closeTo(0.12 * size, 0.05);
        expect(parseFloat(style.wordSpacing)).to.be.closeTo(0.16 * size, 0.05);
        expect(parseFloat(style.lineHeight)).to.be.closeTo(1.5 * size, 0.05);
      }
      const paragraph = getComputedStyle(page.paragraph);
      expect(parseFloat(paragraph.marginBlockEnd)).to.be.closeTo(2 * parseFloat(paragraph.fontSize), 0.05);
    });

    it('the larger line-height step makes lines twice the text size', () => {
      preferenceStore().choose({ spacing: 'wide' });
      const style = getComputedStyle(page.paragraph);
      expect(parseFloat(style.lineHeight)).to.be.closeTo(2 * parseFloat(style.fontSize), 0.05);
    });

    it('the font changes, but not in code or icons', async () => {
      preferenceStore().choose({ font: 'sans' });
      await page.widget.updateComplete;
      expect(getComputedStyle(page.paragraph).fontFamily).to.equal('Arial, Helvetica, sans-serif');
      expect(getComputedStyle(page.widget).fontFamily).to.match(/^Arial/);
      const code = document.createElement('code');
      page.paragraph.append(code);
      expect(getComputedStyle(code).fontFamily).not.to.match(/^Arial/);
    });

    it('a high-contrast theme recolours text, background and links', async () => {
      preferenceStore().choose({ theme: 'contrast-dark' });
      await page.widget.updateComplete;
      expect(computed(page.paragraph, 'color', 'background-color')).to.deep.equal({
        color: 'rgb(255, 255, 0)',
        'background-color': 'rgb(0, 0, 0)',
      });
      expect(getComputedStyle(page.link).color).to.equal('rgb(0, 255, 255)');
      expect(getComputedStyle(widgetText()).color).to.equal('rgb(255, 255, 0)');
    });

    it('link highlighting underlines and outlines links', () => {
      preferenceStore().choose({ highlightLinks: true });
      expect(computed(page.link, 'outline-style', 'text-decoration-line')).to.deep.equal({
        'outline-style': 'solid',
        'text-decoration-line': 'underline',
      });
    });

    it("link highlighting leaves the site's own focus outline alone", async () => {
      const style = document.createElement('style');
      style.textContent = 'a:focus-visible { outline: 5px dotted rgb(1, 2, 3); }';
      document.head.append(style);
      try {
        preferenceStore().choose({ highlightLinks: true });
        inToolbar(page.toolbar, '.toggle').focus();
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement).to.equal(page.link);
        expect(computed(page.link, 'outline-style', 'outline-width')).to.deep.equal({ 'outline-style': 'dotted', 'outline-width': '5px' });
      } finally {
        style.remove();
      }
    });

    it('a theme colours the whole page background and the browser controls', () => {
      preferenceStore().choose({ theme: 'dark' });
      expect(computed(document.documentElement, 'background-color', 'color-scheme')).to.deep.equal({
        'background-color': 'rgb(21, 32, 43)',
        'color-scheme': 'dark',
      });
    });

    it('keeps icon fonts in their own font', () => {
      // As an icon font's own stylesheet would set it.
      const iconCss = document.createElement('style');
      iconCss.textContent = ".material-symbols-outlined, .fa-solid { font-family: 'Icon Font', monospace; }";
      document.head.append(iconCss);
      const icon = document.createElement('span');
      icon.className = 'material-symbols-outlined';
      const fa = document.createElement('span');
      fa.className = 'fa-solid fa-house';
      page.paragraph.append(icon, fa);
      const before = [getComputedStyle(icon).fontFamily, getComputedStyle(fa).fontFamily];
      preferenceStore().choose({ font: 'sans' });
      expect([getComputedStyle(icon).fontFamily, getComputedStyle(fa).fontFamily]).to.deep.equal(before);
      expect(before[0]).to.match(/^"Icon Font"/);
      expect(getComputedStyle(page.paragraph).fontFamily).to.match(/^Arial/);
      iconCss.remove();
    });

    it('pausing animations ends them at once, on elements and their ::before and ::after, and stops smooth scrolling', async () => {
      const motion = (element: Element, pseudo?: string) => {
        const style = getComputedStyle(element, pseudo);
        return [style.transitionDuration, style.animationDuration, style.animationIterationCount];
      };
      const before = motion(page.moving);
      preferenceStore().choose({ reduceMotion: true });
      await page.widget.updateComplete;
      expect([before, motion(page.moving), motion(page.moving, '::before')]).to.deep.equal([
        ['2s', '3s', 'infinite'],
        ['0s', '0.001s', '1'],
        ['0s', '0.001s', '1'],
      ]);
      expect(getComputedStyle(document.documentElement).scrollBehavior).to.equal('auto');
      expect(page.widget.dataset.selcaMotion).to.equal('reduce');
    });

    it('a stronger focus outline shows on keyboard focus', async () => {
      preferenceStore().choose({ strongFocus: true });
      page.toolbar.focus();
      inToolbar(page.toolbar, '.toggle').focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(page.link);
      expect(computed(page.link, 'outline-style', 'outline-width')).to.deep.equal({ 'outline-style': 'solid', 'outline-width': '4px' });
    });

    it('uses no filter or transform on any element below <html>, so fixed and sticky parts stay put', async () => {
      const bar = document.createElement('header');
      bar.textContent = 'Fixed header';
      Object.assign(bar.style, { position: 'fixed', top: '0', left: '0' });
      const nav = document.createElement('nav');
      nav.textContent = 'Sticky nav';
      Object.assign(nav.style, { position: 'sticky', top: '0' });
      const tall = document.createElement('div');
      tall.style.height = '3000px';
      page.root.prepend(nav);
      page.root.append(bar, tall);
      preferenceStore().choose(EVERYTHING_ON);
      window.scrollTo(0, 800);
      await nextFrame();
      try {
        expect([bar.getBoundingClientRect().top, nav.getBoundingClientRect().top]).to.deep.equal([0, 0]);
        const transformed = [...document.querySelectorAll('body, body *')].filter((element) => {
          const style = getComputedStyle(element);
          return style.filter !== 'none' || style.transform !== 'none';
        });
        expect(transformed).to.deep.equal([]);
      } finally {
        window.scrollTo(0, 0);
      }
    });
  });

  describe('its own panel', () => {
    it("grows and spaces with the visitor's settings", async () => {
      const { toolbar } = await toolbarPage();
      const button = inToolbar(toolbar, '.toggle');
      const before = getComputedStyle(button);
      const size = parseFloat(before.fontSize);
      preferenceStore().choose({ textScale: 2, spacing: 'wcag' });
      await toolbar.updateComplete;
      const after = getComputedStyle(button);
      expect(parseFloat(after.fontSize)).to.equal(size * 2);
      expect(parseFloat(after.letterSpacing)).to.be.closeTo(0.12 * size * 2, 0.1);
    });

    it('keeps every radio its full size, square, when twice the text fills a 320 px place', async () => {
      const { toolbar } = await toolbarPage(html`<div style="inline-size: 320px"><selca-a11y-toolbar open></selca-a11y-toolbar></div>`);
      preferenceStore().choose({ textScale: 2 });
      await toolbar.updateComplete;
      const radios = [...toolbar.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(radios.length, 'radios in the open panel').to.be.greaterThan(10);
      const squashed = radios
        .map((radio) => {
          const { width, height } = radio.getBoundingClientRect();
          const style = getComputedStyle(radio);
          return { label: radio.parentElement!.textContent.trim(), width, height, intended: [style.inlineSize, style.blockSize] };
        })
        .filter(({ width, height, intended }) => `${width}px` !== intended[0] || `${height}px` !== intended[1]);
      expect(squashed).to.deep.equal([]);
    });
  });

  describe('reset', () => {
    it('leaves the page as it was before the toolbar came, fonts and highlights included', async () => {
      const pageLevel = () => ({
        html: document.documentElement.getAttributeNames().map((n) => `${n}=${document.documentElement.getAttribute(n)}`),
        sheets: document.adoptedStyleSheets.length,
        storage: Object.keys(localStorage).sort(),
        fonts: document.fonts.size,
        highlights: typeof CSS.highlights === 'undefined' ? 0 : CSS.highlights.size,
      });
      const bare = pageLevel();
      const engine = new FakeEngine();
      const root = await fixture(
        html`<div><selca-a11y-toolbar open .speech=${engine}></selca-a11y-toolbar><main><p>One. Two.</p></main></div>`,
      );
      const toolbar = root.querySelector('selca-a11y-toolbar')!;
      await toolbar.updateComplete;
      expect(pageLevel(), 'nothing changed by itself').to.deep.equal(bare);
      preferenceStore().choose({ ...EVERYTHING_ON, font: 'dyslexic' });
      control(toolbar, 'Read aloud').click();
      await toolbar.updateComplete;
      expect(pageLevel()).not.to.deep.equal(bare);
      control(toolbar, 'Stop').click();
      control(toolbar, 'Reset all settings').click();
      await toolbar.updateComplete;
      expect(pageLevel()).to.deep.equal(bare);
    });

    it('returns the page exactly to how it was', async () => {
      const page = await toolbarPage();
      const untouched = snapshot(page);
      preferenceStore().choose(EVERYTHING_ON);
      expect(snapshot(page)).not.to.deep.equal(untouched);
      page.toolbar.open = true;
      await page.toolbar.updateComplete;
      control(page.toolbar, 'Reset all settings').click();
      await page.toolbar.updateComplete;
      await page.widget.updateComplete;
      expect(snapshot(page)).to.deep.equal(untouched);
      expect(inToolbar(page.toolbar, '.reset-status').textContent).to.equal('All settings are back to how the site set them.');
    });
  });

  describe('persistence', () => {
    it('keeps choices in one versioned localStorage key and no cookie', async () => {
      const cookie = document.cookie;
      await toolbarPage();
      preferenceStore().choose({ theme: 'cream', textScale: 1.5 });
      expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).to.deep.equal({ v: 1, choices: { theme: 'cream', textScale: 1.5 } });
      expect(document.cookie).to.equal(cookie);
    });

    it('restores stored choices on the next page', () => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, choices: { spacing: 'wcag', font: 'hyperlegible' } }));
      const nextPage = new PreferenceStore();
      nextPage.start();
      try {
        expect([getPreferences().spacing, getPreferences().font]).to.deep.equal(['wcag', 'hyperlegible']);
        expect(document.documentElement.dataset.selcaSpacing).to.equal('wcag');
      } finally {
        nextPage.stop();
      }
    });

    it('discards a corrupt stored value with a warning', () => {
      warnings = captureConsole();
      localStorage.setItem(STORAGE_KEY, '{not json');
      const nextPage = new PreferenceStore();
      nextPage.start();
      nextPage.stop();
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
      expect(warnings.warn[0]).to.contain('Stored accessibility preferences were unreadable and have been discarded');
      expect(getPreferences().theme).to.equal('default');
    });

    describe('with choices saved by a newer version of the library', () => {
      const newer = JSON.stringify({ v: 2, choices: { theme: 'dark', palette: { accent: 'teal' } } });

      it('leaves them as they are, starts from the defaults and says so once', () => {
        warnings = captureConsole();
        localStorage.setItem(STORAGE_KEY, newer);
        const nextPage = new PreferenceStore();
        nextPage.start();
        try {
          expect(getPreferences().theme).to.equal('default');
          expect(localStorage.getItem(STORAGE_KEY)).to.equal(newer);
          expect(warnings.warn.filter((line) => line.includes('saved by a newer version'))).to.have.length(1);
        } finally {
          nextPage.stop();
        }
      });

      it('never writes over them or removes them, whatever the visitor does', () => {
        localStorage.setItem(STORAGE_KEY, newer);
        const nextPage = new PreferenceStore();
        nextPage.start();
        try {
          nextPage.choose({ theme: 'cream' });
          expect(getPreferences().theme).to.equal('cream');
          expect(localStorage.getItem(STORAGE_KEY)).to.equal(newer);
          nextPage.reset();
          expect(localStorage.getItem(STORAGE_KEY)).to.equal(newer);
        } finally {
          nextPage.stop();
        }
      });
    });

    it('ignores stored values of the wrong type', () => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, choices: { theme: 'purple', font: 7, textScale: 1.25, colour: 'red' } }));
      const nextPage = new PreferenceStore();
      nextPage.start();
      nextPage.stop();
      expect([getPreferences().theme, getPreferences().textScale]).to.deep.equal(['default', 1.25]);
    });

    it('works in memory, and says so, when storage is blocked', () => {
      warnings = captureConsole();
      const store = new PreferenceStore(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      });
      try {
        store.start();
        store.choose({ theme: 'dark' });
        expect(store.persistence).to.equal('memory');
        expect(getPreferences().theme).to.equal('dark');
        expect(warnings.warn[0]).to.contain('Browser storage is blocked');
      } finally {
        store.reset();
        store.stop();
      }
    });

    it('shows the visitor when choices will not be kept', async () => {
      const { toolbar } = await toolbarPage();
      warnings = captureConsole();
      const store = preferenceStore();
      const restoreWrites = failStorageWrites();
      try {
        toolbar.open = true;
        await toolbar.updateComplete;
        store.choose({ theme: 'dark' });
        await toolbar.updateComplete;
        expect(inToolbar(toolbar, '.memory').textContent).to.contain('will last only until you leave this page');
      } finally {
        restoreWrites();
        store.persistence = 'local';
      }
    });

    it('removes the stored key on reset even after storage stopped taking writes', async () => {
      await toolbarPage();
      warnings = captureConsole();
      const store = preferenceStore();
      store.choose({ theme: 'cream' });
      const restoreWrites = failStorageWrites();
      try {
        store.choose({ theme: 'dark' });
        expect(store.persistence).to.equal('memory');
        store.reset();
        expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
      } finally {
        restoreWrites();
        store.persistence = 'local';
      }
    });

    it('follows a change made in another tab', async () => {
      await toolbarPage();
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, choices: { theme: 'contrast-light' } }));
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
      expect(getPreferences().theme).to.equal('contrast-light');
      window.dispatchEvent(new StorageEvent('storage', { key: 'something-else' }));
      expect(getPreferences().theme).to.equal('contrast-light');
    });
  });

  describe('reading fonts', () => {
    const families = () => [...document.fonts].map((face) => face.family.replace(/["']/g, ''));

    it('are added only when chosen, load from this site, and leave with reset', async () => {
      await toolbarPage();
      expect(families()).not.to.include('OpenDyslexic');
      preferenceStore().choose({ font: 'dyslexic' });
      expect(families().filter((family) => family === 'OpenDyslexic')).to.have.length(4);
      await document.fonts.load('16px OpenDyslexic');
      const regular = [...document.fonts].find(
        (face) => face.family.includes('OpenDyslexic') && face.style === 'normal' && face.weight === '400',
      );
      expect(regular?.status).to.equal('loaded');
      preferenceStore().choose({ font: 'hyperlegible' });
      expect(families()).not.to.include('OpenDyslexic');
      expect(families()).to.include('Atkinson Hyperlegible');
      resetToolbarState();
      expect(families()).not.to.include('Atkinson Hyperlegible');
    });

    it("name the same files in the package and in a site's own copy", () => {
      const name = (url: string) => new URL(url).pathname.split('/').pop();
      for (const font of ['dyslexic', 'hyperlegible'] as const) {
        const packaged = readingFontFiles(font).map(({ url }) => name(url));
        expect(packaged).to.have.length(4);
        expect(readingFontFiles(font, 'https://example.org/fonts/').map(({ url }) => name(url))).to.deep.equal(packaged);
      }
    });

    // The page's one store keeps the folder the first toolbar gave it.
    afterEach(() => {
      preferenceStore().fontBase = undefined;
    });

    it('load from a font-base folder given relative to the page', async () => {
      // No other test may load fonts from this folder: Firefox would serve them from its font cache, with no request to see.
      const folder = new URL('/node_modules/@fontsource/opendyslexic/files', location.href);
      const relative = folder.pathname.slice(new URL('.', document.baseURI).pathname.length);
      expect(relative, 'a path with no leading slash').to.match(/^node_modules\//);
      await fixture(html`<selca-a11y-toolbar font-base=${relative}></selca-a11y-toolbar>`);
      preferenceStore().choose({ font: 'dyslexic' });
      await preferenceStore().pending;
      await document.fonts.load('16px OpenDyslexic');
      const regular = [...document.fonts].find(
        (face) => face.family.includes('OpenDyslexic') && face.style === 'normal' && face.weight === '400',
      );
      expect(regular?.status).to.equal('loaded');
      const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(requested).to.include(`${folder.href}/opendyslexic-latin-400-normal.woff2`);
    });

    for (const unsafe of ['https://[fonts', '//evil.example/fonts', 'https://cdn.example@evil.example/fonts']) {
      it(`keep the site font, and tell the web team, when font-base is not a safe address: ${unsafe}`, async () => {
        warnings = captureConsole();
        await fixture(html`<selca-a11y-toolbar font-base=${unsafe}></selca-a11y-toolbar>`);
        preferenceStore().choose({ font: 'hyperlegible' });
        await preferenceStore().pending;
        expect(families()).not.to.include('Atkinson Hyperlegible');
        expect(warnings.warn.join('\n')).to.include(`"${unsafe}" is not an address`);
        expect(warnings.error).to.deep.equal([]);
      });
    }

    it('make no request to any other site, whatever is switched on', async () => {
      await toolbarPage();
      preferenceStore().choose({ ...EVERYTHING_ON, font: 'hyperlegible' });
      await document.fonts.load('16px "Atkinson Hyperlegible"');
      const requests = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin);
      expect(requests.length).to.be.greaterThan(0);
      expect(requests.filter((origin) => origin !== location.origin)).to.deep.equal([]);
    });
  });

  describe('read aloud', () => {
    const readingPage = async (engine: FakeEngine) => {
      const root = await fixture(html`<div>
        <selca-a11y-toolbar open .speech=${engine}></selca-a11y-toolbar>
        <main><p>Screening is free. Kits come by post.</p></main>
      </div>`);
      const toolbar = root.querySelector('selca-a11y-toolbar')!;
      await toolbar.updateComplete;
      return toolbar;
    };
    const status = (toolbar: A11yToolbar) => inToolbar(toolbar, '.read-position').textContent.trim();
    const announced = (toolbar: A11yToolbar) => inToolbar(toolbar, '.read-aloud [role="status"]').textContent.trim();

    it('reads the main content one sentence at a time, with pause, resume and stop', async () => {
      const engine = new FakeEngine();
      const toolbar = await readingPage(engine);
      control(toolbar, 'Read aloud').click();
      await toolbar.updateComplete;
      expect(engine.texts).to.deep.equal(['Screening is free.']);
      expect(status(toolbar)).to.equal('Reading sentence 1 of 2.');
      expect(announced(toolbar), 'announced once, not per sentence').to.equal('Reading aloud.');
      expect(document.adoptedStyleSheets.some((sheet) => sheet.cssRules[0]?.cssText.includes('selca-read-aloud'))).to.equal(true);
      engine.end();
      control(toolbar, 'Pause').click();
      await toolbar.updateComplete;
      expect(status(toolbar)).to.equal('Paused at sentence 2 of 2.');
      expect(announced(toolbar)).to.equal('Reading paused.');
      control(toolbar, 'Resume').click();
      await toolbar.updateComplete;
      expect(engine.texts).to.deep.equal(['Screening is free.', 'Kits come by post.', 'Kits come by post.']);
      control(toolbar, 'Stop').click();
      await toolbar.updateComplete;
      expect(engine.calls.at(-1)).to.equal('cancel');
      expect(status(toolbar)).to.equal('');
      expect(toolbar.shadowRoot!.activeElement).to.equal(control(toolbar, 'Read aloud'));
      expect(document.adoptedStyleSheets.some((sheet) => sheet.cssRules[0]?.cssText.includes('selca-read-aloud'))).to.equal(false);
    });

    it('reads at the chosen speed', async () => {
      const engine = new FakeEngine();
      const toolbar = await readingPage(engine);
      const speed = inToolbar<HTMLSelectElement>(toolbar, '.speed select');
      speed.value = '1.5';
      speed.dispatchEvent(new Event('change'));
      await toolbar.updateComplete;
      control(toolbar, 'Read aloud').click();
      expect(engine.spoken[0]!.rate).to.equal(1.5);
      expect(getPreferences().speechRate).to.equal(1.5);
    });

    it('shows the chosen speed in the speed list from the first time the panel opens', async () => {
      preferenceStore().choose({ speechRate: 1.25 });
      const toolbar = await readingPage(new FakeEngine());
      const speed = inToolbar<HTMLSelectElement>(toolbar, '.speed select');
      expect([speed.value, speed.selectedOptions[0]?.textContent]).to.deep.equal(['1.25', '1.25×']);
    });

    it('shows the normal speed at first, and a stored speed the list does not offer', async () => {
      const toolbar = await readingPage(new FakeEngine());
      const speed = inToolbar<HTMLSelectElement>(toolbar, '.speed select');
      expect(speed.selectedOptions[0]?.textContent).to.equal('1×');
      preferenceStore().choose({ speechRate: 2 });
      await toolbar.updateComplete;
      expect([speed.value, speed.selectedOptions[0]?.textContent]).to.deep.equal(['2', '2×']);
    });

    it('stops when the panel closes', async () => {
      const engine = new FakeEngine();
      const toolbar = await readingPage(engine);
      control(toolbar, 'Read aloud').click();
      toolbar.open = false;
      await toolbar.updateComplete;
      expect(engine.calls.at(-1)).to.equal('cancel');
      expect(engine.pending).to.equal(null);
    });

    it('says so when the device has no voice of its own, and offers no button', async () => {
      const toolbar = await readingPage(new FakeEngine([voice('Cloud voice', 'en-GB', false)]));
      expect(inToolbar(toolbar, '.read-aloud').textContent).to.contain(
        'Read aloud is not available: this browser has no voice that works on your device.',
      );
      expect(inToolbar(toolbar, '.read-primary')).to.equal(null);
    });

    it('says so when the browser has no speech at all', async () => {
      const toolbar = await readingPage(null as unknown as FakeEngine);
      expect(inToolbar(toolbar, '.read-aloud').textContent).to.contain('Read aloud is not available: this browser cannot read text aloud.');
    });

    it('uses an engine given after the toolbar is on the page', async () => {
      const toolbar = await readingPage(null as unknown as FakeEngine);
      const engine = new FakeEngine();
      toolbar.speech = engine;
      await toolbar.updateComplete;
      control(toolbar, 'Read aloud').click();
      expect(engine.texts).to.deep.equal(['Screening is free.']);
    });

    it('starts only from its own button', async () => {
      const engine = new FakeEngine();
      await readingPage(engine);
      await new Promise((done) => setTimeout(done, 50));
      expect(engine.texts).to.deep.equal([]);
    });
  });

  describe('early entry', () => {
    it('applies stored choices to the page as soon as it runs', async () => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, choices: { theme: 'cream', spacing: 'wcag' } }));
      await import('../src/early-preferences.js');
      expect([document.documentElement.dataset.selcaTheme, document.documentElement.dataset.selcaSpacing]).to.deep.equal(['cream', 'wcag']);
      expect(getPreferences().theme).to.equal('cream');
    });

    it('takes its scope and font folder from its script tag, and the toolbar can remove its font later', async () => {
      const { applyStoredPreferences } = await import('../src/early-preferences.js');
      const root = await fixture(html`<div><article><p class="in">In</p></article><p class="out">Out</p></div>`);
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, choices: { font: 'dyslexic' } }));
      const script = document.createElement('script');
      script.dataset.scope = 'article';
      script.dataset.fontBase = '/src/cdn/fonts/';
      applyStoredPreferences(script);
      const font = (selector: string) => getComputedStyle(root.querySelector(selector)!).fontFamily;
      expect(font('.in')).to.match(/^OpenDyslexic/);
      expect(font('.out')).not.to.match(/^OpenDyslexic/);
      await document.fonts.load('16px OpenDyslexic');
      expect([...document.fonts].some((face) => face.family.includes('OpenDyslexic') && face.status === 'loaded')).to.equal(true);
      resetToolbarState();
      expect([...document.fonts].some((face) => face.family.includes('OpenDyslexic'))).to.equal(false);
    });
  });

  describe('reading guide', () => {
    it('follows the pointer and focus, takes no clicks, and Escape turns it off', async () => {
      const page = await toolbarPage();
      preferenceStore().choose({ readingGuide: 'ruler' });
      await page.toolbar.updateComplete;
      const ruler = inToolbar(page.toolbar, '.ruler');
      expect(getComputedStyle(ruler).pointerEvents).to.equal('none');
      document.dispatchEvent(new PointerEvent('pointermove', { clientY: 200 }));
      await page.toolbar.updateComplete;
      const box = ruler.getBoundingClientRect();
      expect(box.top + box.height / 2).to.be.closeTo(200, 1);
      expect(document.elementFromPoint(10, 200)).not.to.equal(page.toolbar);
      // In view before it is focused, so the guide can centre on all of it (it keeps to the viewport).
      page.link.scrollIntoView({ block: 'center' });
      await nextFrame();
      page.link.focus();
      await page.toolbar.updateComplete;
      const link = page.link.getBoundingClientRect();
      const moved = ruler.getBoundingClientRect();
      expect(moved.top + moved.height / 2).to.be.closeTo(link.top + link.height / 2, 1);
    });

    it("stays on when Escape is the page's: clearing a search box, closing a site's menu", async () => {
      const page = await toolbarPage();
      const search = document.createElement('input');
      search.type = 'search';
      search.setAttribute('aria-label', 'Search this site');
      search.value = 'bowel';
      page.paragraph.after(search);
      preferenceStore().choose({ readingGuide: 'ruler' });
      await page.toolbar.updateComplete;
      search.focus();
      await sendKeys({ press: 'Escape' });
      page.link.focus();
      await sendKeys({ press: 'Escape' });
      await page.toolbar.updateComplete;
      expect(getPreferences().readingGuide).to.equal('ruler');
      expect(inToolbar(page.toolbar, '.guide')).not.to.equal(null);
    });

    it("turns off with Escape on the toolbar's button, and from the panel with a second Escape", async () => {
      const page = await toolbarPage();
      preferenceStore().choose({ readingGuide: 'mask' });
      await page.toolbar.updateComplete;
      inToolbar(page.toolbar, '.toggle').focus();
      await sendKeys({ press: 'Escape' });
      await page.toolbar.updateComplete;
      expect(getPreferences().readingGuide).to.equal('none');
      expect(inToolbar(page.toolbar, '.guide')).to.equal(null);

      preferenceStore().choose({ readingGuide: 'ruler' });
      inToolbar(page.toolbar, '.toggle').focus();
      await sendKeys({ press: 'Enter' });
      await page.toolbar.updateComplete;
      await sendKeys({ press: 'Escape' });
      await page.toolbar.updateComplete;
      expect([page.toolbar.open, getPreferences().readingGuide], 'the first Escape closes the panel').to.deep.equal([false, 'ruler']);
      await sendKeys({ press: 'Escape' });
      await page.toolbar.updateComplete;
      expect(getPreferences().readingGuide).to.equal('none');
    });

    it('moves with Alt and the up and down arrows, without a mouse', async () => {
      const page = await toolbarPage();
      preferenceStore().choose({ readingGuide: 'ruler' });
      await page.toolbar.updateComplete;
      const centre = () => {
        const box = inToolbar(page.toolbar, '.ruler').getBoundingClientRect();
        return box.top + box.height / 2;
      };
      page.link.focus();
      await page.toolbar.updateComplete;
      // A page long enough to scroll, whose scrolling the keys must not also do.
      const tall = document.createElement('div');
      tall.style.blockSize = '300vh';
      page.paragraph.after(tall);
      const cancelled: boolean[] = [];
      const record = (event: KeyboardEvent) => event.key === 'ArrowDown' && cancelled.push(event.defaultPrevented);
      window.addEventListener('keydown', record);
      const start = centre();
      const scrolled = window.scrollY;
      await withAlt('ArrowDown');
      await withAlt('ArrowDown');
      window.removeEventListener('keydown', record);
      tall.remove();
      const down = centre();
      expect(down, 'moved down').to.be.greaterThan(start + 10);
      expect(document.activeElement, 'focus stays where it was').to.equal(page.link);
      expect(cancelled, "the keys are the guide's, not the browser's").to.deep.equal([true, true]);
      expect(window.scrollY, 'the page did not scroll').to.equal(scrolled);
      await withAlt('ArrowUp');
      expect(centre(), 'moved back up').to.be.closeTo(start + (down - start) / 2, 1);
    });

    it('leaves Alt and the arrows to a text field, whose keys they are', async () => {
      const page = await toolbarPage();
      const field = document.createElement('textarea');
      field.setAttribute('aria-label', 'Your question');
      page.paragraph.after(field);
      preferenceStore().choose({ readingGuide: 'ruler' });
      await page.toolbar.updateComplete;
      field.focus();
      await page.toolbar.updateComplete;
      const box = inToolbar(page.toolbar, '.ruler').getBoundingClientRect();
      await withAlt('ArrowDown');
      expect(inToolbar(page.toolbar, '.ruler').getBoundingClientRect().top).to.equal(box.top);
    });

    it('follows the text caret, as when browsing with the caret', async () => {
      const page = await toolbarPage();
      const far = document.createElement('p');
      far.textContent = 'A sentence further down the page.';
      far.style.marginBlockStart = '300px';
      page.paragraph.after(far);
      preferenceStore().choose({ readingGuide: 'ruler' });
      await page.toolbar.updateComplete;
      const moved = oneEvent(document, 'selectionchange');
      document.getSelection()!.collapse(far.firstChild, 4);
      await moved;
      const ruler = inToolbar(page.toolbar, '.ruler').getBoundingClientRect();
      const line = far.getBoundingClientRect();
      expect(ruler.top + ruler.height / 2).to.be.closeTo(line.top + line.height / 2, 2);
      document.getSelection()!.removeAllRanges();
    });

    it('says how to move it and turn it off in the panel', async () => {
      const { toolbar } = await toolbarPage(html`<selca-a11y-toolbar open></selca-a11y-toolbar>`);
      expect(inToolbar(toolbar, '#readingGuide-hint').textContent).to.equal(
        'The guide follows your pointer, keyboard focus and text cursor; Alt with the up or down arrow moves it. To turn it off, choose No guide, or press Escape on the Accessibility tools button.',
      );
    });

    it('spans the viewport even when the page puts the toolbar in a transformed container', async () => {
      const page = await toolbarPage(
        html`<div style="transform: translateX(0); margin: 120px 0 0 80px; width: 200px; height: 100px; overflow: hidden">
          <selca-a11y-toolbar></selca-a11y-toolbar>
        </div>`,
      );
      preferenceStore().choose({ readingGuide: 'ruler' });
      await page.toolbar.updateComplete;
      document.dispatchEvent(new PointerEvent('pointermove', { clientY: 300 }));
      await page.toolbar.updateComplete;
      const ruler = inToolbar(page.toolbar, '.ruler').getBoundingClientRect();
      expect(ruler.top + ruler.height / 2).to.be.closeTo(300, 1);
      expect(ruler.left).to.equal(0);
      expect(ruler.width).to.equal(document.documentElement.clientWidth);
      expect(document.elementFromPoint(10, 300)).not.to.equal(page.toolbar);
    });

    it('the mask darkens all but a band around the line', async () => {
      const page = await toolbarPage();
      preferenceStore().choose({ readingGuide: 'mask' });
      await page.toolbar.updateComplete;
      document.dispatchEvent(new PointerEvent('pointerdown', { clientY: 300 }));
      await page.toolbar.updateComplete;
      const above = inToolbar(page.toolbar, '.mask-above').getBoundingClientRect();
      const below = inToolbar(page.toolbar, '.mask-below').getBoundingClientRect();
      expect(above.top).to.equal(0);
      expect((above.bottom + below.top) / 2).to.be.closeTo(300, 1);
      expect(below.top - above.bottom).to.be.greaterThan(20);
    });

    for (const [where, offset] of [
      ['at the top of the page', '0px'],
      ['starting halfway down the screen', '50vh'],
    ] as const) {
      it(`the mask leaves in view a focused element taller than the screen, ${where}`, async () => {
        const root = await fixture(html`<div>
          <button type="button">Show the map as tables</button>
          <div role="region" aria-label="Areas on the map" tabindex="0" style="block-size: 3000px; margin-block-start: ${offset}"></div>
          <selca-a11y-toolbar></selca-a11y-toolbar>
        </div>`);
        const toolbar = root.querySelector('selca-a11y-toolbar')!;
        const tall = root.querySelector<HTMLElement>('[role="region"]')!;
        preferenceStore().choose({ readingGuide: 'mask' });
        await toolbar.updateComplete;
        root.querySelector('button')!.focus();
        await sendKeys({ press: 'Tab' });
        await nextFrame();
        expect(document.activeElement, 'focused by Tab').to.equal(tall);
        const box = tall.getBoundingClientRect();
        const visible = { top: Math.max(box.top, 0), bottom: Math.min(box.bottom, innerHeight) };
        const gap = {
          top: inToolbar(toolbar, '.mask-above').getBoundingClientRect().bottom,
          bottom: inToolbar(toolbar, '.mask-below').getBoundingClientRect().top,
        };
        expect(gap.bottom - gap.top, 'a clear band').to.be.greaterThan(20);
        const overlap = Math.min(visible.bottom, gap.bottom) - Math.max(visible.top, gap.top);
        expect(overlap, `the band ${JSON.stringify(gap)} over the element's part in view ${JSON.stringify(visible)}`).to.be.greaterThan(20);
      });
    }
  });

  describe('configuration', () => {
    it('links to the accessibility statement and the device help', async () => {
      const { toolbar } = await toolbarPage(html`<selca-a11y-toolbar open statement-url="/accessibility"></selca-a11y-toolbar>`);
      const links = [...toolbar.shadowRoot!.querySelectorAll('a')].map((a) => [a.textContent, new URL(a.href).pathname]);
      expect(links).to.deep.equal([
        ['Accessibility statement', '/accessibility'],
        ['Make your device easier to use (AbilityNet)', '/'],
      ]);
    });

    for (const unsafe of ['javascript:alert(1)', 'https://www.nhs.uk@evil.example/', '//evil.example/statement']) {
      it(`refuses an unsafe statement address: ${unsafe}`, async () => {
        warnings = captureConsole();
        const { toolbar } = await toolbarPage(html`<selca-a11y-toolbar open statement-url=${unsafe}></selca-a11y-toolbar>`);
        expect([...toolbar.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal([
          'Make your device easier to use (AbilityNet)',
        ]);
        expect(warnings.warn[0]).to.contain(`statement-url "${unsafe}" is not a web address`);
      });
    }

    it('limits page changes to a scope, which may be a selector list', async () => {
      const root = await fixture(html`<div>
        <selca-a11y-toolbar scope="article, aside"></selca-a11y-toolbar>
        <article><p class="in">In the article.</p></article>
        <aside><p class="also">In the aside.</p></aside>
        <footer><p class="out">Outside.</p></footer>
      </div>`);
      const store = preferenceStore();
      const previous = store.scope;
      store.scope = 'article, aside';
      try {
        store.choose({ font: 'sans', theme: 'default' });
        const font = (selector: string) => getComputedStyle(root.querySelector(selector)!).fontFamily;
        expect([font('.in'), font('.also')]).to.deep.equal(['Arial, Helvetica, sans-serif', 'Arial, Helvetica, sans-serif']);
        expect(font('.out')).not.to.match(/^Arial/);
      } finally {
        store.scope = previous;
        store.choose({ font: 'site' });
      }
    });

    describe('with a scope that is not a selector list', () => {
      const hostileScopes = [
        'body) {} html{background:url(https://example.org/leak)} :is(body',
        'body{} html{background-image:url(https://example.org/leak)}',
        '[title="x), html{background:url(https://example.org/leak)} :is([title="',
        'body /* html{background:url(https://example.org/leak)}',
        '}',
        '',
      ];
      for (const scope of hostileScopes) {
        it(`adds no rule of its own and falls back to the body: ${JSON.stringify(scope)}`, async () => {
          warnings = captureConsole();
          const root = await fixture(html`<div><p class="in">Text.</p></div>`);
          const store = preferenceStore();
          const previous = store.scope;
          store.scope = scope;
          try {
            store.choose({ font: 'sans', theme: 'dark' });
            const sheets = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
            expect(sheets).to.include('--selca-font-override');
            expect(sheets).not.to.include('example.org');
            expect(getComputedStyle(document.documentElement).backgroundImage).to.equal('none');
            expect(getComputedStyle(root.querySelector('.in')!).fontFamily).to.equal('Arial, Helvetica, sans-serif');
            if (scope) expect(warnings.warn.join('\n')).to.include('is not a CSS selector list');
          } finally {
            store.scope = previous;
            store.choose({ font: 'site', theme: 'default' });
          }
        });
      }

      it('uses a valid scope as the browser writes it', async () => {
        const root = await fixture(html`<div><main><div class="content"><p class="in">In.</p></div></main><p class="out">Out.</p></div>`);
        const store = preferenceStore();
        const previous = store.scope;
        store.scope = '  main   >   .content ';
        try {
          store.choose({ font: 'sans' });
          const font = (selector: string) => getComputedStyle(root.querySelector(selector)!).fontFamily;
          expect(font('.in')).to.equal('Arial, Helvetica, sans-serif');
          expect(font('.out')).not.to.match(/^Arial/);
        } finally {
          store.scope = previous;
          store.choose({ font: 'site' });
        }
      });
    });

    it('draws one reading guide however many toolbars the page has', async () => {
      const root = await fixture(html`<div><selca-a11y-toolbar></selca-a11y-toolbar><selca-a11y-toolbar></selca-a11y-toolbar></div>`);
      preferenceStore().choose({ readingGuide: 'mask' });
      const toolbars = [...root.querySelectorAll('selca-a11y-toolbar')];
      await Promise.all(toolbars.map((t) => t.updateComplete));
      const guides = toolbars.flatMap((t) => [...t.shadowRoot!.querySelectorAll('.guide')]);
      expect(guides).to.have.length(1);
    });

    it('takes its words from the labels property', async () => {
      const toolbar = await fixture<A11yToolbar>(html`<selca-a11y-toolbar .labels=${{ toggle: 'Offer hygyrchedd' }}></selca-a11y-toolbar>`);
      expect(inToolbar(toolbar, '.toggle').textContent?.trim()).to.equal('Offer hygyrchedd');
    });

    it('fits its heading into the page outline', async () => {
      const toolbar = await fixture<A11yToolbar>(html`<selca-a11y-toolbar heading-level="4"></selca-a11y-toolbar>`);
      expect(inToolbar(toolbar, '.heading').getAttribute('aria-level')).to.equal('4');
    });

    it('shares one store between toolbars on the page', async () => {
      const root = await fixture(
        html`<div><selca-a11y-toolbar open></selca-a11y-toolbar><selca-a11y-toolbar open></selca-a11y-toolbar></div>`,
      );
      const [first, second] = root.querySelectorAll('selca-a11y-toolbar');
      control(first!, 'Dark').click();
      await second!.updateComplete;
      expect((control(second!, 'Dark') as HTMLInputElement).checked).to.equal(true);
    });

    it('changes nothing on the page by itself', async () => {
      const attributes = document.documentElement.getAttributeNames();
      await toolbarPage();
      expect(document.documentElement.getAttributeNames()).to.deep.equal(attributes);
      expect(getPreferences()).to.include({ theme: 'default', textScale: 1, reduceMotion: false });
    });

    it('follows preferences set by the page', async () => {
      const { toolbar } = await toolbarPage(html`<selca-a11y-toolbar open></selca-a11y-toolbar>`);
      setPreferences({ font: 'dyslexic' });
      await toolbar.updateComplete;
      expect((control(toolbar, 'OpenDyslexic') as HTMLInputElement).checked).to.equal(true);
    });
  });
});
