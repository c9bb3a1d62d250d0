import { html, LitElement } from 'lit';
import { expect, fixture } from './helpers/testing.js';
import { control, inToolbar, resetToolbarState } from './helpers/toolbar.js';
import { plainEnglish, repeatedMarks, settled, shadowTexts } from './helpers/words.js';
import type { A11yToolbar } from '../src/components/a11y-toolbar/a11y-toolbar.js';
import { toolbarStyles } from '../src/components/a11y-toolbar/a11y-toolbar.styles.js';
import { toolbarButtonWords } from '../src/components/a11y-toolbar/words.js';
import { toolbarPanelWords } from '../src/components/a11y-toolbar/panel-words.js';
import { partStyles as panelStyles, renderPanel } from '../src/components/a11y-toolbar/toolbar-panel.js';
import type { ToolbarView } from '../src/components/a11y-toolbar/toolbar-panel.js';
import { partStyles as guideStyles } from '../src/components/a11y-toolbar/reading-guide.js';
import type { ReadAloud } from '../src/components/a11y-toolbar/read-aloud.js';
import { DEFAULT_PREFERENCES } from '../src/core/preferences.js';
import { clearWords, setWords, WordsController } from '../src/core/words.js';
import { pseudo, pseudoWords } from '../src/core/pseudo-locale.js';
import { FakeEngine } from '../stories/support/fake-speech.js';

const allWords = { ...toolbarButtonWords, ...toolbarPanelWords };
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const root = (toolbar: A11yToolbar) => toolbar.shadowRoot!;

/** A toolbar in a page of the language and direction given, with two sentences to read aloud. */
async function toolbarIn(template: unknown, lang = 'en-GB', dir = 'ltr') {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}>
    ${template}
    <main><p>Screening is free. Kits come by post.</p></main>
  </div>`);
  const toolbar = wrapper.querySelector('selca-a11y-toolbar')!;
  await toolbar.updateComplete;
  return { wrapper, toolbar };
}
/** Waits for the observer's records about `lang` or `dir`, then for the render they asked for. */
/** Where the device asks for what `asked` matches (less motion, more contrast), for as long as `during` runs. */
async function withDeviceAsking(during: () => Promise<void>, asked = /reduced-motion|prefers-contrast/): Promise<void> {
  const original = window.matchMedia.bind(window);
  window.matchMedia = (query: string) => Object.defineProperty(original(query), 'matches', { value: asked.test(query) });
  try {
    await during();
  } finally {
    window.matchMedia = original;
  }
}

/** The panel alone, drawn with the toolbar's words in any state a view can give (the rare ones: parts that could not load, no voice). */
class PanelProbe extends LitElement {
  readonly words = new WordsController(this, 'selca-a11y-toolbar', allWords, () => []);
  view: Partial<ToolbarView> = {};
  override render() {
    const nothingDone = () => {};
    return renderPanel({
      words: this.words,
      prefs: DEFAULT_PREFERENCES,
      open: true,
      headingLevel: 2,
      statementUrl: '/accessibility-statement',
      memoryOnly: false,
      forcedColors: false,
      status: '',
      reader: undefined,
      readAloudFailed: false,
      guideFailed: false,
      choose: nothingDone,
      stepText: nothingDone,
      reset: nothingDone,
      close: nothingDone,
      readAloudPrimary: nothingDone,
      readAloudStop: nothingDone,
      ...this.view,
    });
  }
}
customElements.define('toolbar-panel-probe', PanelProbe);

describe('<selca-a11y-toolbar> words and languages', () => {
  afterEach(() => {
    clearWords();
    resetToolbarState();
  });

  describe('replacing words', () => {
    it("replaces its words on the whole page with one call, the panel's too, and the guide's hint names the button by its new words", async () => {
      setWords({
        'selca-a11y-toolbar': {
          toggle: 'Display and reading',
          heading: 'Make this site easier to read',
          readAloudPlaying: ({ sentence, total }) => `Sentence ${sentence} (of ${total})`,
        },
      });
      const { toolbar } = await toolbarIn(html`<selca-a11y-toolbar open .speech=${new FakeEngine()}></selca-a11y-toolbar>`);
      expect(text(inToolbar(toolbar, '.toggle'))).to.equal('Display and reading');
      expect(text(inToolbar(toolbar, '.heading'))).to.equal('Make this site easier to read');
      expect(text(inToolbar(toolbar, '#readingGuide-hint'))).to.contain('press Escape on the Display and reading button.');
      control(toolbar, 'Read aloud').click();
      await toolbar.updateComplete;
      expect(text(inToolbar(toolbar, '.read-position'))).to.equal('Sentence 1 (of 2)');
    });

    it("takes its words property before the page's, labels (its older name) after words, and its button-label attribute before all", async () => {
      setWords({ 'selca-a11y-toolbar': { toggle: 'Page words', reset: 'Page reset' } });
      const { toolbar } = await toolbarIn(
        html`<selca-a11y-toolbar
          open
          .labels=${{ toggle: 'Labels words', reset: 'Start again', close: 'Labels close' }}
          .words=${{ toggle: 'Element words', close: 'Close' }}
        ></selca-a11y-toolbar>`,
      );
      expect(text(inToolbar(toolbar, '.toggle'))).to.equal('Element words');
      expect(text(inToolbar(toolbar, '.reset'))).to.equal('Start again');
      expect(text(inToolbar(toolbar, '.close'))).to.equal('Close');
      toolbar.setAttribute('button-label', 'Attribute words');
      await toolbar.updateComplete;
      expect(text(inToolbar(toolbar, '.toggle'))).to.equal('Attribute words');
      // An empty attribute would leave the button without a name: the next words are used instead.
      toolbar.setAttribute('button-label', '');
      await toolbar.updateComplete;
      expect(text(inToolbar(toolbar, '.toggle'))).to.equal('Element words');
    });

    it("takes a profile's words through setWords, as it shows no profile of its own, and leaves out a word that is not text", async () => {
      const profile = JSON.parse(
        '{"words": {"selca-a11y-toolbar": {"reset": "Put everything back", "toggle": 7}, "all": {"close": "Close this"}}}',
      ) as { words: Parameters<typeof setWords>[0] };
      setWords(profile.words);
      const { toolbar } = await toolbarIn(html`<selca-a11y-toolbar open></selca-a11y-toolbar>`);
      expect(text(inToolbar(toolbar, '.reset'))).to.equal('Put everything back');
      expect(text(inToolbar(toolbar, '.close'))).to.equal('Close this');
      expect(text(inToolbar(toolbar, '.toggle'))).to.equal('Accessibility tools');
    });

    it('says what a reset keeps in the words given, as a list in its language', async () => {
      setWords(
        {
          'selca-a11y-toolbar': {
            resetDoneDevice: 'Zurückgesetzt, außer: {kept}.',
            resetKeptMotion: 'Animationen bleiben angehalten',
            resetKeptContrast: 'Links bleiben hervorgehoben',
          },
        },
        'de',
      );
      const { toolbar } = await toolbarIn(html`<selca-a11y-toolbar open></selca-a11y-toolbar>`, 'de');
      await withDeviceAsking(async () => {
        control(toolbar, 'Reset all settings').click();
        await toolbar.updateComplete;
      });
      expect(text(inToolbar(toolbar, '.reset-status'))).to.equal(
        'Zurückgesetzt, außer: Animationen bleiben angehalten und Links bleiben hervorgehoben.',
      );
    });

    it('lists what a reset keeps with English\'s "and" in the English sentence on a page in another language', async () => {
      const { toolbar } = await toolbarIn(html`<selca-a11y-toolbar open></selca-a11y-toolbar>`, 'de');
      await withDeviceAsking(async () => {
        control(toolbar, 'Reset all settings').click();
        await toolbar.updateComplete;
      });
      expect(text(inToolbar(toolbar, '.reset-status [lang="en"]'))).to.contain(
        'except that animations stay paused and links and focus stay highlighted, as',
      );
    });
  });

  describe('numbers and plurals', () => {
    it('writes the text size and the reading speeds as its language does', async () => {
      const { toolbar } = await toolbarIn(html`<selca-a11y-toolbar open .speech=${new FakeEngine()}></selca-a11y-toolbar>`, 'de');
      control(toolbar, 'Make text larger').click();
      await toolbar.updateComplete;
      expect(inToolbar(toolbar, 'output').textContent).to.match(/^125[\u00a0\u202f]%$/);
      expect([...root(toolbar).querySelectorAll('option')].map((option) => option.textContent)).to.deep.equal([
        '0,75×',
        '1×',
        '1,25×',
        '1,5×',
      ]);
    });

    it('takes plural forms for where read aloud is, chosen by the number of sentences', async () => {
      setWords({
        'selca-a11y-toolbar': { readAloudPlaying: { one: 'Reading the only sentence.', other: 'Reading {sentence} of {total}.' } },
      });
      const { wrapper, toolbar } = await toolbarIn(html`<selca-a11y-toolbar open .speech=${new FakeEngine()}></selca-a11y-toolbar>`);
      control(toolbar, 'Read aloud').click();
      await toolbar.updateComplete;
      expect(text(inToolbar(toolbar, '.read-position'))).to.equal('Reading 1 of 2.');
      control(toolbar, 'Stop').click();
      await toolbar.updateComplete;
      wrapper.querySelector('main p')!.textContent = 'Screening is free.';
      control(toolbar, 'Read aloud').click();
      await toolbar.updateComplete;
      expect(text(inToolbar(toolbar, '.read-position'))).to.equal('Reading the only sentence.');
    });
  });

  describe('language', () => {
    it('says no language or direction again inside an element of its own that says it, on Arabic, Welsh and English pages', async () => {
      for (const [lang, dir] of [
        ['ar', 'rtl'],
        ['cy', 'ltr'],
        ['en-GB', 'ltr'],
      ]) {
        const { toolbar } = await toolbarIn(html`<selca-a11y-toolbar open></selca-a11y-toolbar>`, lang, dir);
        expect(inToolbar(toolbar, '.heading'), 'the panel is shown').not.to.equal(null);
        expect(repeatedMarks(root(toolbar)), lang).to.deep.equal([]);
      }
    });

    it('follows a change of language on an ancestor without a reload, marking English words only where the page is in another language', async () => {
      setWords({ 'selca-a11y-toolbar': { toggle: 'Offer hygyrchedd' } }, 'cy');
      const { wrapper, toolbar } = await toolbarIn(html`<selca-a11y-toolbar open></selca-a11y-toolbar>`);
      expect(root(toolbar).querySelectorAll('[lang]')).to.have.length(0);

      wrapper.lang = 'cy';
      await settled(toolbar);
      expect(text(inToolbar(toolbar, '.toggle'))).to.equal('Offer hygyrchedd');
      expect(inToolbar(toolbar, '.toggle').querySelector('[lang]')).to.equal(null);
      // The words still in English say so, so a screen reader speaks them with an English voice.
      expect(text(inToolbar(toolbar, '.heading [lang="en"]'))).to.equal('Accessibility tools');
      expect(text(control(toolbar, 'Reset all settings').querySelector('[lang="en"]'))).to.equal('Reset all settings');
      expect(text(inToolbar(toolbar, '#readingGuide-hint [lang="en"]'))).to.contain('press Escape on the Offer hygyrchedd button.');
      const legends = [...root(toolbar).querySelectorAll('legend')];
      expect(legends.every((legend) => legend.querySelector('[lang="en"]'))).to.equal(true);

      wrapper.lang = 'en';
      await settled(toolbar);
      expect(root(toolbar).querySelectorAll('[lang]')).to.have.length(0);
      expect(text(inToolbar(toolbar, '.toggle'))).to.equal('Accessibility tools');
    });

    it("marks the button's words inside the guide's English hint with their own language", async () => {
      setWords({ 'selca-a11y-toolbar': { toggle: 'Offer hygyrchedd' } }, 'cy');
      const { toolbar } = await toolbarIn(html`<selca-a11y-toolbar open></selca-a11y-toolbar>`, 'cy');
      const hint = inToolbar(toolbar, '#readingGuide-hint > [lang="en"]');
      expect(text(hint)).to.contain('press Escape on the Offer hygyrchedd button.');
      expect([...hint.querySelectorAll('[lang]')].map((element) => [element.getAttribute('lang'), text(element)])).to.deep.equal([
        ['cy', 'Offer hygyrchedd'],
      ]);
    });

    it('says a reset in the language the toolbar is in when it is shown, marked English where it is', async () => {
      const { toolbar } = await toolbarIn(html`<selca-a11y-toolbar open></selca-a11y-toolbar>`, 'fr');
      control(toolbar, 'Reset all settings').click();
      await toolbar.updateComplete;
      expect(inToolbar(toolbar, '.reset-status [lang="en"]').textContent).to.equal('All settings are back to how the site set them.');
    });
  });

  describe('right to left', () => {
    it('uses no physical left or right in its styles, the panel and the guide included', () => {
      for (const styles of [toolbarStyles, panelStyles, guideStyles]) expect(styles.cssText).not.to.match(/\b(left|right)\b/);
    });

    it('lays out its button and panel from the right in a right-to-left page, and follows a change of direction', async () => {
      const { wrapper, toolbar } = await toolbarIn(
        html`<selca-a11y-toolbar open style="display: block; inline-size: 40rem"></selca-a11y-toolbar>`,
        'ar',
        'rtl',
      );
      const box = (element: Element) => element.getBoundingClientRect();
      const [host, toggle, icon, panel] = [
        toolbar,
        inToolbar(toolbar, '.toggle'),
        inToolbar(toolbar, '.toggle svg'),
        inToolbar(toolbar, '.panel'),
      ];
      const choice = root(toolbar).querySelector('.choice')!;
      const radio = choice.querySelector('input')!;
      const [smaller, larger] = [control(toolbar, 'Make text smaller'), control(toolbar, 'Make text larger')];
      // The panel's padding and border: 1rem and 2px.
      const inset = 16 + 2;
      expect(box(toggle).right).to.be.closeTo(box(host).right, 1);
      expect(box(icon).left, 'the icon at the start of the button').to.be.greaterThan(box(toggle).left + 40);
      expect(box(choice).right, 'the first choice at the start of its line').to.be.closeTo(box(panel).right - inset, 1);
      expect(box(radio).left, 'the radio before its words').to.be.greaterThan(box(choice).left + 40);
      expect(box(smaller).left, 'smaller before larger').to.be.greaterThan(box(larger).right);

      wrapper.dir = 'ltr';
      await settled(toolbar);
      expect(box(toggle).left).to.be.closeTo(box(host).left, 1);
      expect(box(icon).right).to.be.lessThan(box(toggle).right - 40);
      expect(box(choice).left).to.be.closeTo(box(panel).left + inset, 1);
      expect(box(radio).right).to.be.lessThan(box(choice).right - 40);
      expect(box(smaller).right).to.be.lessThan(box(larger).left);
    });
  });

  describe('pseudo-locale', () => {
    beforeEach(() => setWords({ 'selca-a11y-toolbar': pseudoWords(allWords) }));
    const said = (element: Element) => plainEnglish(shadowTexts(element.shadowRoot!), []);

    it('leaves no plain English in what it shows or says: closed, open, reading aloud and paused, after a reset, with storage blocked and colours forced', async () => {
      const { toolbar } = await toolbarIn(
        html`<selca-a11y-toolbar lang="en-XA" statement-url="/accessibility-statement" .speech=${new FakeEngine()}></selca-a11y-toolbar>`,
      );
      expect(said(toolbar)).to.deep.equal([]);
      expect(text(inToolbar(toolbar, '.toggle'))).to.equal(pseudo('Accessibility tools'));
      inToolbar(toolbar, '.toggle').click();
      await toolbar.updateComplete;
      expect(said(toolbar)).to.deep.equal([]);
      expect(root(toolbar).querySelector('a[href$="/accessibility-statement"]')).not.to.equal(null);

      inToolbar(toolbar, '.read-primary').click();
      await toolbar.updateComplete;
      expect(text(inToolbar(toolbar, '.read-position'))).to.have.length.greaterThan(10);
      expect(said(toolbar)).to.deep.equal([]);
      inToolbar(toolbar, '.read-primary').click();
      await toolbar.updateComplete;
      expect(text(inToolbar(toolbar, '.read-aloud [role="status"]'))).to.have.length.greaterThan(10);
      expect(said(toolbar)).to.deep.equal([]);

      // One kept setting: two are joined by the language's own word for "and" (Intl), English for en-XA.
      await withDeviceAsking(async () => {
        inToolbar(toolbar, '.reset').click();
        await toolbar.updateComplete;
      }, /reduced-motion/);
      expect(text(inToolbar(toolbar, '.reset-status'))).to.have.length.greaterThan(10);
      expect(said(toolbar)).to.deep.equal([]);

      Object.assign(toolbar, { memoryOnly: true, forcedColors: true });
      await toolbar.updateComplete;
      expect(root(toolbar).querySelector('.memory')).not.to.equal(null);
      expect(root(toolbar).querySelector('#theme-hint')).not.to.equal(null);
      expect(said(toolbar)).to.deep.equal([]);
    });

    it('leaves no plain English in its rarer states: read aloud or the guide that could not load, no voice, no speech', async () => {
      const probe = await fixture<PanelProbe>(html`<toolbar-panel-probe lang="en-XA"></toolbar-panel-probe>`);
      const unavailable = (reason: string) => ({ state: 'unavailable', unavailableReason: reason }) as unknown as ReadAloud;
      const states: Partial<ToolbarView>[] = [
        { readAloudFailed: true, guideFailed: true },
        { reader: null },
        { reader: unavailable('no-voice') },
        { reader: unavailable('loading') },
        { status: probe.words.mark('settingFailed') },
      ];
      for (const view of states) {
        probe.view = view;
        probe.requestUpdate();
        await probe.updateComplete;
        expect(said(probe), JSON.stringify(view)).to.deep.equal([]);
        if (view.guideFailed)
          expect(text(probe.shadowRoot!.querySelector('#readingGuide-hint'))).to.equal(pseudo(toolbarPanelWords.guideFailed));
      }
    });

    it('finds the English words when they are not replaced (the check can fail)', async () => {
      clearWords();
      const { toolbar } = await toolbarIn(html`<selca-a11y-toolbar open></selca-a11y-toolbar>`);
      expect(said(toolbar)).to.include.members(['Accessibility tools', 'Reset all settings', 'Text size']);
    });
  });
});
