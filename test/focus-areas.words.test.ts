import { html } from 'lit';
import { expect, fixture } from './helpers/testing.js';
import { captureConsole } from './helpers/console.js';
import { plainEnglish, repeatedMarks, settled, shadowTexts, textsOf } from './helpers/words.js';
import '../src/selca-focus-areas.js';
import type { FocusAreas } from '../src/components/focus-areas/focus-areas.js';
import { focusAreasStyles } from '../src/components/focus-areas/focus-areas.styles.js';
import { focusAreasWords } from '../src/components/focus-areas/words.js';
import { noticeStyles } from '../src/core/notice.js';
import { clearWords, setWords } from '../src/core/words.js';
import { pseudo, pseudoWords } from '../src/core/pseudo-locale.js';
import type { AllianceProfile } from '../src/core/profile.js';
import { selcaProfile } from '../src/data/selca-profile.js';

/** The built-in profile with a link on the first area: every word the focus areas have. */
const fullProfile = (changes: Record<string, unknown> = {}) => {
  const profile: AllianceProfile = structuredClone(selcaProfile);
  profile.focusAreas[0]!.url = 'https://example.org/rdc';
  return Object.assign(profile, changes);
};
const FIRST = selcaProfile.focusAreas[0]!;

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const root = (areas: FocusAreas) => areas.shadowRoot!;
const headings = (areas: FocusAreas) => [...root(areas).querySelectorAll('.group-heading')].map(text);
const toggleAll = (areas: FocusAreas) => root(areas).querySelector('.toggle-all')!;

async function areasIn(template: unknown, lang = 'en-GB', dir = 'ltr') {
  const wrapper = await fixture<HTMLElement>(html`<main lang=${lang} dir=${dir}>${template}</main>`);
  const areas = wrapper.querySelector('selca-focus-areas')!;
  await areas.updateComplete;
  return { wrapper, areas };
}
/** Waits for the observer's records about `lang` or `dir`, then for the render they asked for. */
describe('<selca-focus-areas> words and languages', () => {
  afterEach(() => clearWords());

  describe('replacing words', () => {
    it('replaces its words on the whole page with one call', async () => {
      const { areas } = await areasIn(html`<selca-focus-areas .profile=${fullProfile()}></selca-focus-areas>`);
      setWords({
        'selca-focus-areas': {
          keyHeading: 'What we focus on',
          expandAll: 'Open all<hidden> areas of work</hidden>',
          more: ({ area }) => `Read about ${area}`,
        },
      });
      await areas.updateComplete;
      expect(headings(areas)).to.deep.equal(['What we focus on', 'Across all our work']);
      expect(text(toggleAll(areas))).to.equal('Open all areas of work');
      expect(text(root(areas).querySelector('details a'))).to.equal(`Read about ${FIRST.title}`);
    });

    it("takes its own words property before the page's, and its heading attributes before both", async () => {
      setWords({ 'selca-focus-areas': { collapseAll: 'Page collapse<hidden> areas</hidden>', crossCuttingHeading: 'Page heading' } });
      const { areas } = await areasIn(
        html`<selca-focus-areas
          open=${[...selcaProfile.focusAreas, ...selcaProfile.crossCuttingAreas].map((area) => area.id).join(' ')}
          .words=${{ collapseAll: 'Close all<hidden> focus areas</hidden>', crossCuttingHeading: 'Element heading' }}
        ></selca-focus-areas>`,
      );
      expect(text(toggleAll(areas))).to.equal('Close all focus areas');
      expect(headings(areas)[1]).to.equal('Element heading');
      areas.setAttribute('cross-cutting-heading', 'Attribute heading');
      areas.setAttribute('key-heading', 'Key attribute heading');
      await areas.updateComplete;
      expect(headings(areas)).to.deep.equal(['Key attribute heading', 'Attribute heading']);
    });

    it("takes the profile's words, for the focus areas and for every widget, and leaves out a faulty one with a warning", async () => {
      const console = captureConsole();
      try {
        const profile = fullProfile({
          words: {
            'selca-focus-areas': { more: 'All about {area}', expandAll: ['Open'] },
            all: { expandAll: 'Expand all<hidden> areas of work</hidden>' },
          },
        });
        const { areas } = await areasIn(html`<selca-focus-areas .profile=${profile}></selca-focus-areas>`);
        expect(text(root(areas).querySelector('details a'))).to.equal(`All about ${FIRST.title}`);
        expect(text(toggleAll(areas))).to.equal('Expand all areas of work');
        expect(console.warn.join('\n')).to.contain('words.selca-focus-areas.expandAll');
      } finally {
        console.restore();
      }
    });

    it('says a notice in the words given for it', async () => {
      const console = captureConsole();
      try {
        setWords({ 'selca-focus-areas': { invalid: 'Die Schwerpunkte können gerade nicht gezeigt werden.' } });
        const { areas } = await areasIn(html`<selca-focus-areas .profile=${{ focusAreas: 'five' }}></selca-focus-areas>`);
        expect(text(root(areas).querySelector('.selca-notice'))).to.equal('Die Schwerpunkte können gerade nicht gezeigt werden.');
      } finally {
        console.restore();
      }
    });
  });

  describe('language', () => {
    it('says no language or direction again inside an element of its own that says it, on Arabic, Welsh and English pages', async () => {
      for (const [lang, dir] of [
        ['ar', 'rtl'],
        ['cy', 'ltr'],
        ['en-GB', 'ltr'],
      ]) {
        const { areas } = await areasIn(html`<selca-focus-areas .profile=${fullProfile()}></selca-focus-areas>`, lang, dir);
        root(areas)
          .querySelectorAll('details')
          .forEach((details) => (details.open = true));
        expect(repeatedMarks(root(areas)), lang).to.deep.equal([]);
      }
    });

    it('follows a change of language on an ancestor without a reload, marking English words only where the page is in another language', async () => {
      setWords({ 'selca-focus-areas': { keyHeading: 'Prif feysydd', expandAll: 'Agor y cyfan<hidden> feysydd</hidden>' } }, 'cy');
      const { wrapper, areas } = await areasIn(html`<selca-focus-areas .profile=${fullProfile()}></selca-focus-areas>`);
      expect(root(areas).querySelectorAll('[lang]')).to.have.length(0);

      wrapper.lang = 'cy';
      await settled(areas);
      expect(headings(areas)[0]).to.equal('Prif feysydd');
      const [key, crossCutting] = root(areas).querySelectorAll('.group-heading');
      expect(key!.hasAttribute('lang')).to.equal(false);
      expect(crossCutting!.getAttribute('lang')).to.equal('en');
      expect(text(toggleAll(areas))).to.equal('Agor y cyfan feysydd');
      expect(toggleAll(areas).querySelector('[lang]'), 'the whole name is one Welsh word').to.equal(null);
      expect(text(root(areas).querySelector('details a [lang="en"]'))).to.equal(`More about ${FIRST.title}`);

      wrapper.lang = 'en';
      await settled(areas);
      expect(root(areas).querySelectorAll('[lang]')).to.have.length(0);
    });

    it('marks a notice in English on a page in another language', async () => {
      const console = captureConsole();
      try {
        const { areas } = await areasIn(html`<selca-focus-areas .profile=${{ focusAreas: 'five' }}></selca-focus-areas>`, 'pl');
        // The words are marked, not the box: it keeps the page's language and direction.
        expect(root(areas).querySelector('.selca-notice')!.hasAttribute('lang')).to.equal(false);
        expect(root(areas).querySelector('.selca-notice')!.querySelector(':scope > [lang="en"]')).not.to.equal(null);
      } finally {
        console.restore();
      }
    });
  });

  describe('right to left', () => {
    it('uses no physical left or right in its styles', () => {
      // Comments left out: they may say "right-to-left".
      for (const styles of [focusAreasStyles, noticeStyles])
        expect(styles.cssText.replace(/\/\*[^]*?\*\//g, '')).not.to.match(/\b(left|right)\b/);
    });

    it('puts each chevron and the toggle on the right in a right-to-left page, and follows a change of direction', async () => {
      const { wrapper, areas } = await areasIn(html`<selca-focus-areas .profile=${fullProfile()}></selca-focus-areas>`, 'ar', 'rtl');
      const summary = () => root(areas).querySelector('summary')!;
      // The chevron sits at the inline start, in the room the padding keeps for it.
      expect(parseFloat(getComputedStyle(summary()).paddingRight)).to.be.greaterThan(parseFloat(getComputedStyle(summary()).paddingLeft));
      expect(getComputedStyle(summary(), '::before').right).not.to.equal('auto');
      expect(root(areas).querySelector('.toggle-all')!.getBoundingClientRect().right).to.be.closeTo(areas.getBoundingClientRect().right, 1);

      wrapper.dir = 'ltr';
      await settled(areas);
      expect(parseFloat(getComputedStyle(summary()).paddingLeft)).to.be.greaterThan(parseFloat(getComputedStyle(summary()).paddingRight));
      expect(root(areas).querySelector('.toggle-all')!.getBoundingClientRect().left).to.be.closeTo(areas.getBoundingClientRect().left, 1);
    });
  });

  describe('pseudo-locale', () => {
    const profile = fullProfile();
    const data = textsOf(profile);

    it('leaves no plain English in what the focus areas show or say, closed and open', async () => {
      setWords({ 'selca-focus-areas': pseudoWords(focusAreasWords) });
      for (const open of ['', FIRST.id]) {
        const { areas } = await areasIn(html`<selca-focus-areas open=${open} .profile=${profile}></selca-focus-areas>`, 'en-XA');
        expect(plainEnglish(shadowTexts(root(areas)), data)).to.deep.equal([]);
        expect(headings(areas)[0]).to.equal(pseudo('Key focus areas'));
      }
    });

    it('leaves no plain English in its notices', async () => {
      const console = captureConsole();
      try {
        setWords({ 'selca-focus-areas': pseudoWords(focusAreasWords) });
        const { areas } = await areasIn(html`<selca-focus-areas .profile=${{ focusAreas: 'five' }}></selca-focus-areas>`, 'en-XA');
        expect(plainEnglish(shadowTexts(root(areas)), [])).to.deep.equal([]);
        expect(text(root(areas).querySelector('.selca-notice'))).to.have.length.greaterThan(10);
      } finally {
        console.restore();
      }
    });

    it('finds the English words when they are not replaced (the check can fail)', async () => {
      const { areas } = await areasIn(html`<selca-focus-areas .profile=${profile}></selca-focus-areas>`);
      expect(plainEnglish(shadowTexts(root(areas)), data)).to.include.members([
        'Key focus areas',
        'Expand all',
        'focus areas',
        'More about',
      ]);
    });
  });
});
