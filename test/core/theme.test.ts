import { html } from 'lit';
import { expect, fixture } from '../helpers/testing.js';
import { ThemeProbe, contrast } from '../helpers/theme-probe.js';
import { THEMES, resetPreferences, setPreferences } from '../../src/core/preferences.js';

const TEXT_PAIRS = [
  ['--_text', '--_background'],
  ['--_text', '--_surface'],
  ['--_secondary-text', '--_background'],
  ['--_secondary-text', '--_surface'],
  ['--_link', '--_background'],
  ['--_link', '--_surface'],
  ['--_link-visited', '--_background'],
  ['--_error', '--_background'],
  ['--_error', '--_surface'],
  ['--_on-brand', '--_brand'],
  ['--_focus-text', '--_focus'],
] as const;

const NON_TEXT_PAIRS = [
  ['--_border', '--_background'],
  ['--_border', '--_surface'],
  ['--_brand', '--_background'],
] as const;

describe('theme tokens', () => {
  afterEach(() => resetPreferences());

  for (const theme of THEMES) {
    const high = theme.startsWith('contrast-');
    describe(`${theme} theme`, () => {
      it(`gives text at least ${high ? '7' : '4.5'}:1 and boundaries at least 3:1`, async () => {
        setPreferences({ theme });
        const el = await fixture<ThemeProbe>(html`<test-theme-probe></test-theme-probe>`);
        const failures = [
          ...TEXT_PAIRS.map(([fg, bg]) => [fg, bg, high ? 7 : 4.5] as const),
          ...NON_TEXT_PAIRS.map(([fg, bg]) => [fg, bg, 3] as const),
        ]
          .map(([fg, bg, minimum]) => ({ pair: `${fg} on ${bg}`, ratio: contrast(el.colour(fg), el.colour(bg)), minimum }))
          .filter(({ ratio, minimum }) => ratio < minimum)
          .map(({ pair, ratio, minimum }) => `${pair}: ${ratio.toFixed(2)} < ${minimum}`);
        expect(failures).to.deep.equal([]);
      });
    });
  }

  it('uses the NHS identity by default', async () => {
    const el = await fixture<ThemeProbe>(html`<test-theme-probe></test-theme-probe>`);
    expect({
      brand: el.colour('--_brand'),
      text: el.colour('--_text'),
      focus: el.colour('--_focus'),
      font: getComputedStyle(el).fontFamily,
    }).to.deep.equal({
      brand: 'rgb(0, 94, 184)',
      text: 'rgb(33, 43, 50)',
      focus: 'rgb(255, 235, 59)',
      font: '"Frutiger W01", Arial, Helvetica, sans-serif',
    });
  });

  it('lets the host page set public tokens, and the NHS.UK focus colour', async () => {
    const el = await fixture<ThemeProbe>(
      html`<test-theme-probe style="--selca-brand-colour: rgb(1, 2, 3); --nhsuk-focus-colour: rgb(4, 5, 6)"></test-theme-probe>`,
    );
    expect([el.colour('--_brand'), el.colour('--_focus')]).to.deep.equal(['rgb(1, 2, 3)', 'rgb(4, 5, 6)']);
  });

  it("lets the visitor's theme win over the host page's tokens", async () => {
    setPreferences({ theme: 'contrast-dark' });
    const el = await fixture<ThemeProbe>(html`<test-theme-probe style="--selca-text-colour: rgb(1, 2, 3)"></test-theme-probe>`);
    expect(el.colour('--_text')).to.equal('rgb(255, 255, 0)');
  });

  describe('reading preferences', () => {
    it('applies the WCAG 1.4.12 spacing set inside the shadow root', async () => {
      setPreferences({ spacing: 'wcag' });
      const el = await fixture<ThemeProbe>(html`<test-theme-probe></test-theme-probe>`);
      const text = getComputedStyle(el.shadowRoot!.querySelector('.moving')!);
      const size = parseFloat(text.fontSize);
      expect(parseFloat(text.letterSpacing)).to.be.closeTo(0.12 * size, 0.1);
      expect(parseFloat(text.wordSpacing)).to.be.closeTo(0.16 * size, 0.1);
      expect(parseFloat(text.lineHeight)).to.be.closeTo(1.5 * size, 0.1);
      const paragraph = getComputedStyle(el.shadowRoot!.querySelector('p')!);
      expect(parseFloat(paragraph.marginBlockEnd)).to.be.closeTo(2 * parseFloat(paragraph.fontSize), 0.1);
    });

    it('reaches buttons, which do not inherit text settings by themselves', async () => {
      setPreferences({ spacing: 'wcag', font: 'sans' });
      const el = await fixture<ThemeProbe>(html`<test-theme-probe></test-theme-probe>`);
      const button = document.createElement('button');
      button.textContent = 'Button';
      el.shadowRoot!.append(button);
      const style = getComputedStyle(button);
      expect(parseFloat(style.letterSpacing)).to.be.closeTo(0.12 * parseFloat(style.fontSize), 0.1);
      expect(style.fontFamily).to.match(/^Arial/);
    });

    it('takes taller lines with the wide spacing step', async () => {
      setPreferences({ spacing: 'wide' });
      const el = await fixture<ThemeProbe>(html`<test-theme-probe></test-theme-probe>`);
      const text = getComputedStyle(el.shadowRoot!.querySelector('.moving')!);
      expect(parseFloat(text.lineHeight)).to.be.closeTo(2 * parseFloat(text.fontSize), 0.1);
    });

    it('switches the font', async () => {
      setPreferences({ font: 'dyslexic' });
      const el = await fixture<ThemeProbe>(html`<test-theme-probe></test-theme-probe>`);
      expect(getComputedStyle(el).fontFamily).to.match(/^OpenDyslexic/);
    });

    it('stops transitions when the visitor asks for less motion', async () => {
      const el = await fixture<ThemeProbe>(html`<test-theme-probe></test-theme-probe>`);
      const moving = el.shadowRoot!.querySelector('.moving')!;
      const before = getComputedStyle(moving).transitionDuration;
      setPreferences({ reduceMotion: true });
      await el.updateComplete;
      expect([before, getComputedStyle(moving).transitionDuration]).to.deep.equal(['1s', '0s']);
    });

    it('scales text with the root font size', async () => {
      const el = await fixture<ThemeProbe>(html`<test-theme-probe></test-theme-probe>`);
      const base = parseFloat(getComputedStyle(el).fontSize);
      document.documentElement.style.fontSize = '200%';
      try {
        expect(parseFloat(getComputedStyle(el).fontSize)).to.equal(base * 2);
      } finally {
        document.documentElement.style.removeProperty('font-size');
      }
    });
  });
});
