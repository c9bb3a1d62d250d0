import { html, LitElement } from 'lit';
import { expect, fixture, waitUntil } from './helpers/testing.js';
import { captureConsole } from './helpers/console.js';
import { settled as settledRender } from './helpers/words.js';
import { clearWords, setWords, WordsController } from '../src/core/words.js';
import { pseudoWords } from '../src/core/pseudo-locale.js';
import '../src/selca-goals-panel.js';
import type { GoalsPanel } from '../src/components/goals-panel/goals-panel.js';
import { goalsPanelSpoken } from '../src/components/goals-panel/spoken-words.js';
import { goalsPanelWords } from '../src/components/goals-panel/words.js';
import type { AllianceProfile } from '../src/core/profile.js';
import { selcaProfile } from '../src/data/selca-profile.js';

const noteWords = {
  body: 'Some text',
  name: 'A name',
  said: 'Said aloud',
  later: 'Shown later',
};

declare module '../src/core/words.js' {
  interface WidgetWords {
    'spoken-probe': typeof noteWords;
  }
}

/** A widget with a name, an announcement and plain text, and one more word it shows when asked. */
class SpokenProbe extends LitElement {
  static override properties = { more: { type: Boolean } };
  /** Loads the probe's list of names and announcements. */
  static spoken = (): Promise<(keyof typeof noteWords)[]> => Promise.resolve(['said', 'name', 'later']);
  declare more: boolean;
  readonly words = new WordsController(this, 'spoken-probe', noteWords, () => []).speaks(() =>
    (this.constructor as typeof SpokenProbe).spoken(),
  );

  override render() {
    const words = this.words;
    return html`<p>${words.mark('body')}</p>
      <button type="button">${words.mark('name')}</button>
      <p role="status">${words.mark('said')}</p>
      ${this.more ? html`<p>${words.mark('later')}</p>` : ''}`;
  }
}
customElements.define('spoken-probe', SpokenProbe);

/** The probe on a page where its list of names and announcements cannot be downloaded. */
class UnlistedProbe extends SpokenProbe {
  static override spoken = () => Promise.reject(new Error('Failed to fetch dynamically imported module'));
}
customElements.define('unlisted-probe', UnlistedProbe);

const NOTE = /^\[@selca\/widgets\] <([\w-]+)> shows English words on a page in "([^"]*)".*whatever their lang: (.*); then: (.*)\.$/;
/** The console notes about English words: the widget, the language, its names and announcements, and its other words. */
const notes = (warnings: string[]) =>
  warnings.flatMap((warning) => {
    const [, tag, lang, spoken, other] = NOTE.exec(warning) ?? [];
    return tag ? [{ tag, lang, spoken: spoken!.split(', '), other: other!.split(', ') }] : [];
  });

/** Lets the observer's records about `lang`, the render they ask for, and the note's timer after it run. */
const settled = async (element: LitElement) => {
  await settledRender(element);
  await new Promise((resolve) => setTimeout(resolve));
};

/** Lets a note on its way arrive: the note's module (loaded when first needed) is here, then it is written. */
const noteArrived = async () => {
  await Promise.all([import('../src/core/english-words-note.js'), import('../src/components/goals-panel/spoken-words.js')]);
  await new Promise((resolve) => setTimeout(resolve));
};

async function probeIn(lang: string | undefined, tag = 'spoken-probe') {
  const wrapper = await fixture<HTMLElement>(`<main${lang === undefined ? '' : ` lang="${lang}"`}><${tag}></${tag}></main>`);
  const probe = wrapper.querySelector<SpokenProbe>(tag)!;
  await settled(probe);
  return { wrapper, probe };
}

describe('names and announcements in English on a page in another language', () => {
  let console_: ReturnType<typeof captureConsole>;
  beforeEach(() => (console_ = captureConsole()));
  afterEach(async () => {
    clearWords();
    // What the widgets of this test say once their words are English again is not the next test's.
    await new Promise((resolve) => setTimeout(resolve));
    await noteArrived();
    console_.restore();
  });

  describe('the console note (WordsController)', () => {
    it('lists the English words a widget used, once, its names and announcements first', async () => {
      const { probe } = await probeIn('cy');
      probe.requestUpdate();
      await settled(probe);
      await noteArrived();
      expect(notes(console_.warn)).to.deep.equal([{ tag: 'spoken-probe', lang: 'cy', spoken: ['name', 'said'], other: ['body'] }]);
      expect(console_.warn[0]).to.include('setWords(words, "cy")').and.include('docs/words.md');
    });

    it('tells again only when it uses another English word, listing every one so far', async () => {
      const { probe } = await probeIn('cy');
      await waitUntil(() => notes(console_.warn).length === 1, 'told once');
      probe.more = true;
      await settled(probe);
      await waitUntil(() => notes(console_.warn).length === 2, 'told again');
      probe.more = false;
      await settled(probe);
      probe.more = true;
      await settled(probe);
      await noteArrived();
      expect(notes(console_.warn).map(({ spoken }) => spoken)).to.deep.equal([
        ['name', 'said'],
        ['name', 'said', 'later'],
      ]);
    });

    it("starts again when the widget's language changes", async () => {
      const { wrapper, probe } = await probeIn('cy');
      await waitUntil(() => notes(console_.warn).length === 1, 'told in Welsh');
      wrapper.lang = 'fr';
      await settled(probe);
      await waitUntil(() => notes(console_.warn).length === 2, 'told again in French');
      expect(notes(console_.warn).map(({ lang, spoken }) => [lang, spoken.length])).to.deep.equal([
        ['cy', 2],
        ['fr', 2],
      ]);
    });

    it('tells nothing on an English page, or where no language is said', async () => {
      for (const lang of ['en-GB', 'en', undefined]) await probeIn(lang);
      await noteArrived();
      expect(console_.warn).to.deep.equal([]);
    });

    it('tells nothing when every word it uses is replaced, and only the rest when some are', async () => {
      setWords({ 'spoken-probe': { name: 'Enw', said: 'Wedi ei ddweud' } }, 'cy');
      await probeIn('cy');
      setWords({ 'spoken-probe': { body: 'Testun' } }, 'cy');
      const { probe } = await probeIn('cy');
      probe.requestUpdate();
      await settled(probe);
      await noteArrived();
      expect(notes(console_.warn)).to.deep.equal([{ tag: 'spoken-probe', lang: 'cy', spoken: ['none'], other: ['body'] }]);
    });

    it('still names every English word it used, with the reason, where the list of names and announcements cannot be downloaded', async () => {
      const { probe } = await probeIn('cy', 'unlisted-probe');
      probe.requestUpdate();
      await settled(probe);
      await noteArrived();
      expect(notes(console_.warn)).to.deep.equal([]);
      expect(console_.warn).to.have.length(1);
      expect(console_.warn[0]).to.match(/^\[@selca\/widgets\] <spoken-probe> shows English words on a page in "cy": body, name, said\. /);
      expect(console_.warn[0]).to.include('Failed to fetch dynamically imported module');
    });
  });

  describe('<selca-goals-panel>', () => {
    const profile = (): AllianceProfile => {
      const linked = structuredClone(selcaProfile);
      Object.assign(linked.goals[0]!, {
        measure: { label: 'People seen', value: 1204, target: 1500, unit: 'people', period: '2025', source: { title: 'Invented' } },
        url: 'https://example.org/early',
      });
      linked.principles[0]!.url = 'https://example.org/experience';
      return linked;
    };
    const panelIn = async (lang: string) => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang}><selca-goals-panel .profile=${profile()}></selca-goals-panel></div>`,
      );
      const panel = wrapper.querySelector<GoalsPanel>('selca-goals-panel')!;
      await settled(panel);
      return panel;
    };

    it('lists its English names and announcements on a Welsh page, then its other words, and again only with what loaded', async () => {
      const panel = await panelIn('cy');
      panel.requestUpdate();
      await settled(panel);
      await noteArrived();
      // Told after its loading notice, and again with what loaded.
      const told = notes(console_.warn);
      expect(told.map(({ tag }) => tag)).to.deep.equal(['selca-goals-panel', 'selca-goals-panel']);
      expect(told[0]).to.deep.include({ spoken: ['loading'], other: ['none'] });
      const { spoken, other } = told[1]!;
      expect(spoken).to.have.members(['loading', 'principlesLabel', 'goalLink', 'principleLink']);
      expect(other).to.have.members(['measure', 'figure', 'source']);
      for (const key of other) expect(goalsPanelSpoken, key).to.not.include(key);
    });

    it('tells nothing on an English page, or on a Welsh one with every word replaced', async () => {
      await panelIn('en-GB');
      setWords({ 'selca-goals-panel': pseudoWords(goalsPanelWords) }, 'cy');
      await panelIn('cy');
      await noteArrived();
      expect(console_.warn).to.deep.equal([]);
    });
  });
});
