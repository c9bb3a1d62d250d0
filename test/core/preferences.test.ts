import { LitElement, html } from 'lit';
import { expect, fixture, oneEvent } from '../helpers/testing.js';
import { captureConsole } from '../helpers/console.js';
import { DEFAULT_PREFERENCES, getPreferences, onPreferencesChange, resetPreferences, setPreferences } from '../../src/core/preferences.js';
import type { Preferences } from '../../src/core/preferences.js';
import { PreferencesController } from '../../src/core/preferences-controller.js';

class PreferencesProbe extends LitElement {
  readonly preferences = new PreferencesController(this);
  renders = 0;
  override render() {
    this.renders += 1;
    return html`<p>${this.preferences.value.theme}</p>`;
  }
}
customElements.define('test-preferences-probe', PreferencesProbe);

describe('preferences channel', () => {
  afterEach(() => resetPreferences());

  describe('without a toolbar on the page', () => {
    it('starts at the defaults', () => {
      expect(getPreferences()).to.deep.equal(DEFAULT_PREFERENCES);
    });
  });

  describe('setPreferences', () => {
    it('merges valid changes and keeps the rest', () => {
      setPreferences({ theme: 'dark', textScale: 1.5 });
      setPreferences({ spacing: 'wcag' });
      expect(getPreferences()).to.deep.equal({ ...DEFAULT_PREFERENCES, theme: 'dark', textScale: 1.5, spacing: 'wcag' });
    });

    it('ignores invalid values and unknown keys with a warning', () => {
      const console = captureConsole();
      try {
        setPreferences({ theme: 'neon', textScale: 5, colour: 'red' } as unknown as Partial<Preferences>);
      } finally {
        console.restore();
      }
      expect(getPreferences()).to.deep.equal(DEFAULT_PREFERENCES);
      expect(console.warn).to.deep.equal([
        '[@selca/widgets] Preference theme = "neon" is not allowed; kept "default".',
        '[@selca/widgets] Preference textScale = 5 is not allowed; kept 1.',
        '[@selca/widgets] Unknown preference "colour" ignored.',
      ]);
    });

    describe('with input a page script did not mean', () => {
      const attempt = (changes: unknown) => {
        const console = captureConsole();
        let result: unknown;
        try {
          result = setPreferences(changes as Partial<Preferences>);
        } finally {
          console.restore();
        }
        return { result, warnings: console.warn };
      };

      for (const key of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'isPrototypeOf']) {
        it(`treats "${key}", inherited from Object.prototype, as unknown and does not throw`, () => {
          const { result, warnings } = attempt({ [key]: 'dark', theme: 'cream' });
          expect(result).to.deep.equal({ ...DEFAULT_PREFERENCES, theme: 'cream' });
          expect(warnings).to.deep.equal([`[@selca/widgets] Unknown preference "${key}" ignored.`]);
        });
      }

      it('treats an own "__proto__" key (as JSON.parse makes it) as unknown', () => {
        const { result, warnings } = attempt(JSON.parse('{"__proto__": {"theme": "dark"}, "font": "sans"}'));
        expect(result).to.deep.equal({ ...DEFAULT_PREFERENCES, font: 'sans' });
        expect(warnings).to.deep.equal(['[@selca/widgets] Unknown preference "__proto__" ignored.']);
      });

      it('ignores inherited preferences: only own keys are changes', () => {
        const { result } = attempt(Object.create({ theme: 'dark' }));
        expect(result).to.deep.equal(DEFAULT_PREFERENCES);
      });

      for (const [what, value] of [
        ['a string', 'dark'],
        ['a number', 3],
        ['true', true],
      ] as const) {
        it(`warns and changes nothing when given ${what}`, () => {
          const { result, warnings } = attempt(value);
          expect(result).to.deep.equal(DEFAULT_PREFERENCES);
          expect(warnings).to.deep.equal([
            `[@selca/widgets] setPreferences() takes an object of preferences, got ${typeof value}; nothing changed.`,
          ]);
        });
      }

      it('changes nothing, silently, when given null or nothing', () => {
        expect(attempt(null)).to.deep.equal({ result: DEFAULT_PREFERENCES, warnings: [] });
        expect(attempt(undefined)).to.deep.equal({ result: DEFAULT_PREFERENCES, warnings: [] });
      });

      it('survives a getter that throws', () => {
        const changes = {
          get theme(): string {
            throw new Error('gotcha');
          },
        };
        const { result, warnings } = attempt(changes);
        expect(result).to.deep.equal(DEFAULT_PREFERENCES);
        expect(warnings[0]).to.match(/could not read the changes it was given; nothing changed/);
      });

      it('describes values JSON cannot write, without throwing', () => {
        const cycle: Record<string, unknown> = {};
        cycle.self = cycle;
        const { result, warnings } = attempt({ textScale: 10n, spacing: () => 'wide', font: cycle });
        expect(result).to.deep.equal(DEFAULT_PREFERENCES);
        expect(warnings).to.deep.equal([
          '[@selca/widgets] Preference textScale = bigint is not allowed; kept 1.',
          '[@selca/widgets] Preference spacing = function is not allowed; kept "default".',
          '[@selca/widgets] Preference font = object is not allowed; kept "site".',
        ]);
      });
    });

    it('returns frozen values', () => {
      expect(Object.isFrozen(setPreferences({ font: 'dyslexic' }))).to.equal(true);
    });
  });

  describe('listeners', () => {
    it('hear each change once, until they stop listening', () => {
      const heard: string[] = [];
      const stop = onPreferencesChange((p) => heard.push(p.theme));
      setPreferences({ theme: 'cream' });
      setPreferences({ theme: 'cream' });
      stop();
      setPreferences({ theme: 'dark' });
      expect(heard).to.deep.equal(['cream']);
    });

    it('tell the page through a document event', async () => {
      setTimeout(() => setPreferences({ reduceMotion: true }));
      const event = await oneEvent<DocumentEventMap['selca-preferences-change']>(document, 'selca-preferences-change');
      expect(event.detail.reduceMotion).to.equal(true);
      expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    });

    it('do not stop others when one fails', () => {
      const console = captureConsole();
      const heard: boolean[] = [];
      const stopFailing = onPreferencesChange(() => {
        throw new Error('listener broke');
      });
      const stopOther = onPreferencesChange((p) => heard.push(p.highlightLinks));
      try {
        setPreferences({ highlightLinks: true });
      } finally {
        console.restore();
        stopFailing();
        stopOther();
      }
      expect(heard).to.deep.equal([true]);
      expect(console.error[0]).to.contain('A preferences listener failed.');
    });

    it('are shared by every copy of the library on the page', () => {
      const channel = (globalThis as unknown as Record<symbol, { value: Preferences }>)[Symbol.for('@selca/widgets.preferences@1')];
      setPreferences({ theme: 'contrast-dark' });
      expect(channel!.value.theme).to.equal('contrast-dark');
    });
  });

  describe('PreferencesController', () => {
    it('mirrors non-default preferences onto host attributes and removes them at the default', async () => {
      const el = await fixture<PreferencesProbe>(html`<test-preferences-probe></test-preferences-probe>`);
      expect(el.getAttributeNames()).to.deep.equal([]);
      setPreferences({ theme: 'dark', spacing: 'wide', font: 'hyperlegible', reduceMotion: true, highlightLinks: true, strongFocus: true });
      expect({
        theme: el.dataset.selcaTheme,
        spacing: el.dataset.selcaSpacing,
        font: el.dataset.selcaFont,
        motion: el.dataset.selcaMotion,
        links: el.dataset.selcaLinks,
        focus: el.dataset.selcaFocus,
      }).to.deep.equal({ theme: 'dark', spacing: 'wide', font: 'hyperlegible', motion: 'reduce', links: 'highlight', focus: 'strong' });
      resetPreferences();
      expect(el.getAttributeNames()).to.deep.equal([]);
    });

    it('renders the widget again after a change', async () => {
      const el = await fixture<PreferencesProbe>(html`<test-preferences-probe></test-preferences-probe>`);
      setPreferences({ theme: 'cream' });
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('cream');
    });

    it('picks up preferences set before the widget was added', async () => {
      setPreferences({ theme: 'contrast-light' });
      const el = await fixture<PreferencesProbe>(html`<test-preferences-probe></test-preferences-probe>`);
      expect(el.dataset.selcaTheme).to.equal('contrast-light');
    });

    it('stops listening when the widget leaves the page', async () => {
      const el = await fixture<PreferencesProbe>(html`<test-preferences-probe></test-preferences-probe>`);
      el.remove();
      setPreferences({ theme: 'dark' });
      expect(el.hasAttribute('data-selca-theme')).to.equal(false);
    });
  });
});
