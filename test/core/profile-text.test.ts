import { html } from 'lit';
import type { LitElement } from 'lit';
import { expect, fixture, waitUntil } from '../helpers/testing.js';
import { textsOf } from '../helpers/words.js';
import '../../src/selca-coverage-map.js';
import '../../src/selca-focus-areas.js';
import '../../src/selca-goals-panel.js';
import '../../src/selca-partner-list.js';
import type { CoverageMap } from '../../src/components/coverage-map/coverage-map.js';
import { coverageMapWords } from '../../src/components/coverage-map/words.js';
import { focusAreasWords } from '../../src/components/focus-areas/words.js';
import { goalsPanelWords } from '../../src/components/goals-panel/words.js';
import { partnerListWords } from '../../src/components/partner-list/words.js';
import { textLanguage } from '../../src/core/profile-text.js';
import { validateProfile } from '../../src/core/profile.js';
import type { AllianceProfile } from '../../src/core/profile.js';
import { pseudoWords } from '../../src/core/pseudo-locale.js';
import { clearWords, setWords } from '../../src/core/words.js';
import type { Catalogue } from '../../src/core/words.js';
import { londonBoroughs } from '../../src/data/london-boroughs.js';
import { selcaProfile } from '../../src/data/selca-profile.js';

const LEWISHAM = 'E09000023';

/** The built-in profile with a source on a goal's measure and a link on a principle, so every kind of profile text shows. */
const profileIn = (lang?: string): AllianceProfile => {
  const profile: AllianceProfile = structuredClone(selcaProfile);
  profile.goals[0]!.measure = {
    label: 'Cancers found at an early stage',
    value: 60,
    target: 75,
    unit: '%',
    period: '2024/25',
    source: { title: 'Illustrative source', url: 'https://example.org/data' },
  };
  profile.principles[0]!.url = 'https://example.org/experience';
  if (lang === undefined) delete profile.lang;
  else profile.lang = lang;
  return profile;
};

// Text with letters: the codes and figures a widget shows are not in any one language.
const wordsIn = (value: unknown) => new Set(textsOf(value).filter((text) => /\p{L}{2}/u.test(text)));
const geometryTexts = wordsIn({ name: londonBoroughs.name, attribution: londonBoroughs.attribution, areas: londonBoroughs.areas });

/**
 * The text nodes of `root` that are one of `texts` as a whole, and the elements named with one
 * (`alt`, `aria-label`). Data inside a sentence of the widget's words is not counted.
 */
function dataIn(root: ShadowRoot, texts: Set<string>): Element[] {
  const found: Element[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (texts.has(node.textContent!.trim())) found.push(node.parentElement!);
    } else if (['alt', 'aria-label'].some((name) => texts.has((node as Element).getAttribute(name) ?? ''))) {
      found.push(node as Element);
    }
  }
  return found;
}

const langOf = (element: Element) => element.closest('[lang]')?.getAttribute('lang');
// Map labels are drawn centred in SVG, where `dir` does not apply; their language is still marked.
const direction = (element: Element) => (element.closest('svg') ? 'ltr' : getComputedStyle(element).direction);
const marks = (found: Element[]) => [...new Set(found.map((element) => `${langOf(element)} ${direction(element)}`))];

interface Case {
  tag: string;
  words: Catalogue;
  /** The least number of data texts the widget shows, so that a check over them cannot pass empty. */
  least: number;
  render: (profile: AllianceProfile) => unknown;
  /** Brings every part with profile text into view. */
  open?: (element: LitElement) => Promise<void>;
}

const CASES: Case[] = [
  {
    tag: 'selca-goals-panel',
    words: goalsPanelWords,
    least: 2 * selcaProfile.goals.length + selcaProfile.principles.length,
    render: (profile) => html`<selca-goals-panel .profile=${profile}></selca-goals-panel>`,
  },
  {
    tag: 'selca-partner-list',
    words: partnerListWords,
    // Descriptions, and names but those of links to another site, which are inside the link's word.
    least: selcaProfile.organisations.length + selcaProfile.organisations.filter((org) => !org.url).length,
    render: (profile) => html`<selca-partner-list .profile=${profile}></selca-partner-list>`,
  },
  {
    tag: 'selca-focus-areas',
    words: focusAreasWords,
    least: 2 * (selcaProfile.focusAreas.length + selcaProfile.crossCuttingAreas.length),
    render: (profile) => html`<selca-focus-areas .profile=${profile}></selca-focus-areas>`,
    open: async (element) => {
      element.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
      await element.updateComplete;
    },
  },
  {
    tag: 'selca-coverage-map',
    words: coverageMapWords,
    least: 20,
    render: (profile) => html`<selca-coverage-map .profile=${profile} selected=${LEWISHAM}></selca-coverage-map>`,
    open: async (element) => {
      (element as CoverageMap).showTables = true;
      await waitUntil(() => element.shadowRoot!.querySelector('table'), 'tables shown');
      await element.updateComplete;
    },
  },
];

async function widgetIn(test: Case, profile: AllianceProfile, lang: string, dir = 'ltr') {
  const wrapper = await fixture<HTMLElement>(html`<main lang=${lang} dir=${dir}>${test.render(profile)}</main>`);
  const element = wrapper.querySelector<LitElement>(test.tag)!;
  await element.updateComplete;
  await test.open?.(element);
  return element.shadowRoot!;
}

describe('Profile text marked with its language', () => {
  afterEach(() => clearWords());

  describe('the language of a profile', () => {
    it("takes a profile's lang, the built-in one's en-GB, and leaves out a lang that is not a language tag with a warning", () => {
      expect(selcaProfile.lang).to.equal('en-GB');
      const good = validateProfile(profileIn('cy'));
      expect(good.ok && good.profile.lang).to.equal('cy');
      const bad = validateProfile(profileIn('Welsh!'));
      expect(bad.ok).to.equal(true);
      expect(bad.ok && bad.profile.lang).to.equal(undefined);
      expect(bad.ok && bad.warnings.map((issue) => `${issue.path}: ${issue.message}`)).to.deep.equal([
        'lang: must be a language tag (BCP 47) such as "en-GB" or "cy", got "Welsh!"; the language is left out',
      ]);
    });

    it("gives lang and dir only where the text's language and direction differ from the widget's", () => {
      expect(textLanguage({ lang: 'ar', dir: 'rtl' }, 'en-GB')).to.deep.equal({ lang: 'en-GB', dir: 'ltr' });
      expect(textLanguage({ lang: 'cy', dir: 'ltr' }, 'en-GB')).to.deep.equal({ lang: 'en-GB', dir: undefined });
      expect(textLanguage({ lang: 'en', dir: 'ltr' }, 'he')).to.deep.equal({ lang: 'he', dir: 'rtl' });
      expect(textLanguage({ lang: 'ar-EG', dir: 'rtl' }, 'ar')).to.deep.equal({});
      expect(textLanguage({ lang: 'en-US', dir: 'ltr' }, 'en-GB')).to.deep.equal({});
      expect(textLanguage({ lang: '', dir: 'ltr' }, 'cy')).to.deep.equal({});
      expect(textLanguage({ lang: 'cy', dir: 'ltr' }, undefined)).to.deep.equal({});
    });
  });

  for (const test of CASES) {
    describe(`<${test.tag}>`, () => {
      // The map's areas are named by its geometry, in its language; the rest is the profile's.
      const mapTexts = test.tag === 'selca-coverage-map' ? geometryTexts : new Set<string>();
      // Leaving out data that is also one of the widget's words ("Primary care", a partner and a group).
      const own = new Set(Object.values(test.words));
      const data = new Set([...wordsIn(profileIn())].filter((text) => !mapTexts.has(text) && !own.has(text)));
      const allData = new Set([...data, ...mapTexts]);

      it("marks the built-in profile's text, and the map's, as English, left to right, on a page in Arabic", async () => {
        // The widget's own words replaced, so no English word of its own marks the data by chance.
        setWords({ [test.tag]: pseudoWords(test.words) }, 'ar');
        const root = await widgetIn(test, profileIn('en-GB'), 'ar', 'rtl');
        expect(dataIn(root, allData).length).to.be.at.least(test.least);
        expect(marks(dataIn(root, data))).to.deep.equal(['en-GB ltr']);
        if (mapTexts.size) {
          expect(dataIn(root, mapTexts).length).to.be.at.least(10);
          expect(marks(dataIn(root, mapTexts))).to.deep.equal(['en ltr']);
          expect(root.querySelector('.attribution')!.getAttribute('lang')).to.equal('en');
        }
      });

      it('marks nothing extra on a page in English', async () => {
        const root = await widgetIn(test, profileIn('en-GB'), 'en-GB');
        expect(dataIn(root, allData).length).to.be.at.least(test.least);
        expect(root.querySelectorAll('[lang], [dir]').length).to.equal(0);
      });

      it('does not mark a profile in Welsh on a page in Welsh', async () => {
        setWords({ [test.tag]: pseudoWords(test.words) }, 'cy');
        const root = await widgetIn(test, profileIn('cy'), 'cy');
        const found = dataIn(root, data);
        expect(found.length).to.be.at.least(test.least);
        expect(marks(found)).to.deep.equal([`${undefined} ltr`]);
      });

      it('marks a profile in Welsh as Welsh on a page in English', async () => {
        const root = await widgetIn(test, profileIn('cy'), 'en-GB');
        const found = dataIn(root, data);
        expect(found.length).to.be.at.least(test.least);
        expect(marks(found)).to.deep.equal(['cy ltr']);
        expect(found.filter((element) => element.closest('[dir]'))).to.deep.equal([]);
      });
    });
  }
});
