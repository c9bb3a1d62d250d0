import { html } from 'lit';
import type { LitElement, TemplateResult } from 'lit';
import { expect, fixture } from '../helpers/testing.js';
import { shadowTexts } from '../helpers/words.js';
import { clearWords, setWords } from '../../src/core/words.js';
import type { Catalogue } from '../../src/core/words.js';
import '../../src/selca-goals-panel.js';
import '../../src/selca-a11y-toolbar.js';
import '../../src/selca-coverage-map.js';
import '../../src/selca-partner-list.js';
import '../../src/selca-focus-areas.js';
import { goalsPanelSpoken } from '../../src/components/goals-panel/spoken-words.js';
import { goalsPanelWords } from '../../src/components/goals-panel/words.js';
import { toolbarSpoken } from '../../src/components/a11y-toolbar/spoken-words.js';
import { toolbarButtonWords } from '../../src/components/a11y-toolbar/words.js';
import { toolbarPanelWords } from '../../src/components/a11y-toolbar/panel-words.js';
import { coverageMapSpoken } from '../../src/components/coverage-map/spoken-words.js';
import { coverageMapWords } from '../../src/components/coverage-map/words.js';
import { partnerListSpoken } from '../../src/components/partner-list/spoken-words.js';
import { partnerListWords } from '../../src/components/partner-list/words.js';
import { focusAreasSpoken } from '../../src/components/focus-areas/spoken-words.js';
import { focusAreasWords } from '../../src/components/focus-areas/words.js';
import { selcaProfile } from '../../src/data/selca-profile.js';

/** Each widget's catalogue and its names and announcements, and a case of it showing as many of its words as one state can. */
const WIDGETS: { tag: string; catalogue: Catalogue; spoken: readonly string[]; template: () => TemplateResult }[] = [
  {
    tag: 'selca-goals-panel',
    spoken: goalsPanelSpoken,
    catalogue: goalsPanelWords,
    template: () => {
      const profile = structuredClone(selcaProfile);
      Object.assign(profile.goals[0]!, {
        measure: { label: 'People seen', value: 1204, target: 1500, unit: 'people', period: '2025', source: { title: 'Invented' } },
        url: 'https://example.org/early',
      });
      profile.principles[0]!.url = 'https://example.org/experience';
      return html`<selca-goals-panel .profile=${profile}></selca-goals-panel>`;
    },
  },
  {
    tag: 'selca-a11y-toolbar',
    spoken: toolbarSpoken,
    catalogue: { ...toolbarButtonWords, ...toolbarPanelWords },
    template: () => html`<selca-a11y-toolbar open statement-url="/accessibility"></selca-a11y-toolbar>`,
  },
  {
    tag: 'selca-coverage-map',
    spoken: coverageMapSpoken,
    catalogue: coverageMapWords,
    template: () => html`<selca-coverage-map></selca-coverage-map>`,
  },
  {
    tag: 'selca-partner-list',
    spoken: partnerListSpoken,
    catalogue: partnerListWords,
    template: () => html`<selca-partner-list></selca-partner-list>`,
  },
  {
    tag: 'selca-focus-areas',
    spoken: focusAreasSpoken,
    catalogue: focusAreasWords,
    template: () => html`<selca-focus-areas></selca-focus-areas>`,
  },
];

/** The document the build writes for translators (scripts/words-catalogue.mjs). */
const englishDocument = async () => (await (await fetch('/dist/words/en.json')).json()) as Record<string, Record<string, string>>;

describe("the translators' words document (dist/words/en.json)", () => {
  afterEach(() => clearWords());

  it('lists every widget, and every key of its catalogue, as text', async () => {
    const document = await englishDocument();
    for (const { tag, catalogue } of WIDGETS) {
      expect(Object.keys(document[tag] ?? {}), tag).to.have.members(Object.keys(catalogue));
      for (const text of Object.values(document[tag]!)) expect(text, `${tag}: a text`).to.be.a('string');
    }
  });

  it("lists each widget's names and announcements first, then its other words, each in the catalogue's order", async () => {
    const document = await englishDocument();
    for (const { tag, catalogue, spoken } of WIDGETS) {
      const keys = Object.keys(catalogue);
      expect(spoken.length, `${tag}: names and announcements`).to.be.above(0);
      expect(Object.keys(document[tag]!), tag).to.deep.equal([
        ...keys.filter((key) => spoken.includes(key)),
        ...keys.filter((key) => !spoken.includes(key)),
      ]);
    }
  });

  for (const { tag, template } of WIDGETS) {
    it(`given as it is to setWords, leaves what <${tag}> shows and announces unchanged`, async () => {
      const element = await fixture<LitElement>(template());
      await element.updateComplete;
      const english = shadowTexts(element.shadowRoot!);
      const document = await englishDocument();
      setWords({ [tag]: document[tag] });
      await element.updateComplete;
      expect(shadowTexts(element.shadowRoot!)).to.deep.equal(english);
      // It is the document's words that show: one changed key changes the widget.
      const [key, text] = Object.entries(document[tag]!).find(
        ([, value]) => !value.includes('{') && english.some((shown) => shown.includes(value)),
      )!;
      setWords({ [tag]: { [key]: `${text} (changed)` } });
      await element.updateComplete;
      expect(shadowTexts(element.shadowRoot!).join(' ')).to.include(`${text} (changed)`);
    });
  }
});
