import { html } from 'lit';
import { expect, fixture } from './helpers/testing.js';
import { captureConsole } from './helpers/console.js';
import { plainEnglish, repeatedMarks, settled, shadowTexts, textsOf } from './helpers/words.js';
import '../src/selca-goals-panel.js';
import type { GoalsPanel } from '../src/components/goals-panel/goals-panel.js';
import { goalsPanelStyles } from '../src/components/goals-panel/goals-panel.styles.js';
import { goalsPanelWords } from '../src/components/goals-panel/words.js';
import { noticeStyles } from '../src/core/notice.js';
import { clearWords, setWords } from '../src/core/words.js';
import { pseudo, pseudoWords } from '../src/core/pseudo-locale.js';
import type { AllianceProfile } from '../src/core/profile.js';
import { selcaProfile } from '../src/data/selca-profile.js';

/** The built-in profile with a measure in percent and one in people, and a link on a goal and a principle: every word the panel has. */
const fullProfile = (changes: Record<string, unknown> = {}) => {
  const profile: AllianceProfile = structuredClone(selcaProfile);
  const source = { title: 'Illustrative source', url: 'https://example.org/data' };
  Object.assign(profile.goals[0]!, {
    measure: { label: 'Cancers found at an early stage', value: 60, target: 75, unit: '%', period: '2024/25', source },
    url: 'https://example.org/early',
  });
  Object.assign(profile.goals[1]!, {
    measure: { label: 'People seen', value: 1204, target: 1500, unit: 'people', max: 2000, period: '2025', source: { title: 'Invented' } },
  });
  profile.principles[0]!.url = 'https://example.org/experience';
  return Object.assign(profile, changes);
};

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const root = (panel: GoalsPanel) => panel.shadowRoot!;
const label = (panel: GoalsPanel) => root(panel).getElementById('principles-label')!;
const sentence = (panel: GoalsPanel, index = 0) => root(panel).querySelectorAll('.sentence')[index]!;

async function panelIn(template: unknown, lang = 'en-GB', dir = 'ltr') {
  const wrapper = await fixture<HTMLElement>(html`<main lang=${lang} dir=${dir}>${template}</main>`);
  const panel = wrapper.querySelector('selca-goals-panel')!;
  await panel.updateComplete;
  return { wrapper, panel };
}
/** Waits for the observer's records about `lang` or `dir`, then for the render they asked for. */
describe('<selca-goals-panel> words and languages', () => {
  afterEach(() => clearWords());

  describe('replacing words', () => {
    it('replaces its words on the whole page with one call', async () => {
      const { panel } = await panelIn(html`<selca-goals-panel .profile=${fullProfile()}></selca-goals-panel>`);
      setWords({
        'selca-goals-panel': {
          principlesLabel: 'What guides us',
          goalLink: 'Read more<hidden>: {goal}</hidden>',
          measure: ({ label, value, target, period }) => `${label} — ${value} (${period}); the aim is ${target}.`,
        },
      });
      await panel.updateComplete;
      expect(text(label(panel))).to.equal('What guides us');
      expect(text(sentence(panel))).to.equal(
        'Cancers found at an early stage — 60% (2024/25); the aim is 75%. Source: Illustrative source',
      );
      expect(text(root(panel).querySelector('a.more'))).to.equal(`Read more: ${selcaProfile.goals[0]!.title}`);
    });

    it("takes its own words property before the page's, and its principles-label attribute before both", async () => {
      setWords({ 'selca-goals-panel': { source: 'Page source:', principlesLabel: 'Page label' } });
      const { panel } = await panelIn(
        html`<selca-goals-panel .profile=${fullProfile()} .words=${{ source: 'From:', principlesLabel: 'Element label' }}></selca-goals-panel>`,
      );
      expect(text(sentence(panel).querySelector('.source'))).to.equal('From: Illustrative source');
      expect(text(label(panel))).to.equal('Element label');
      panel.setAttribute('principles-label', 'Attribute label');
      await panel.updateComplete;
      expect(text(label(panel))).to.equal('Attribute label');
    });

    it("takes the profile's words, for the panel and for every widget, and leaves out a faulty one with a warning", async () => {
      const console = captureConsole();
      try {
        const profile = fullProfile({
          words: {
            'selca-goals-panel': {
              principlesLabel: 'Our principles',
              measure: '{label}: {value} ({period}), aiming for {target}.',
              source: 7,
            },
            all: { principleLink: 'Find out more<hidden> about {principle}</hidden>' },
          },
        });
        const { panel } = await panelIn(html`<selca-goals-panel .profile=${profile}></selca-goals-panel>`);
        expect(text(label(panel))).to.equal('Our principles');
        expect(text(sentence(panel))).to.equal(
          'Cancers found at an early stage: 60% (2024/25), aiming for 75%. Source: Illustrative source',
        );
        expect(text(root(panel).querySelector('.principles a'))).to.equal(`Find out more about ${selcaProfile.principles[0]!.title}`);
        expect(console.warn.join('\n')).to.contain('words.selca-goals-panel.source');
      } finally {
        console.restore();
      }
    });

    it('says a notice in the words given for it', async () => {
      const console = captureConsole();
      try {
        setWords({ 'selca-goals-panel': { invalid: 'Die Ziele können gerade nicht gezeigt werden.' } });
        const { panel } = await panelIn(html`<selca-goals-panel .profile=${{ goals: 'five' }}></selca-goals-panel>`);
        expect(text(root(panel).querySelector('.selca-notice'))).to.equal('Die Ziele können gerade nicht gezeigt werden.');
      } finally {
        console.restore();
      }
    });
  });

  describe('numbers and plurals', () => {
    it("writes figures as the sentence they go into does: English in the English words, the page's language in its own", async () => {
      const { panel } = await panelIn(html`<selca-goals-panel .profile=${fullProfile()}></selca-goals-panel>`, 'ar-EG', 'rtl');
      expect(text(sentence(panel, 1))).to.contain('1,204 people in 2025, against a target of 1,500 people.');
      expect(text(sentence(panel))).to.contain(': 60% in 2024/25, against a target of 75%.');
      setWords(
        { 'selca-goals-panel': { measure: '{label}: {value} im Jahr {period}, Ziel {target}.', figure: '{number} Personen' } },
        'de',
      );
      const { panel: german } = await panelIn(html`<selca-goals-panel .profile=${fullProfile()}></selca-goals-panel>`, 'de');
      expect(text(sentence(german, 1))).to.contain('1.204 Personen im Jahr 2025, Ziel 1.500 Personen.');
      setWords({ 'selca-goals-panel': { measure: '{label} : {value} en {period}, pour un objectif de {target}.' } }, 'fr');
      const { panel: french } = await panelIn(html`<selca-goals-panel .profile=${fullProfile()}></selca-goals-panel>`, 'fr');
      // Read as it is: a space between figure and sign, no-break, as French writes it.
      expect(sentence(french).textContent).to.match(/ : 60[\u00a0\u202f]% en 2024\/25, pour un objectif de 75[\u00a0\u202f]%\./);
    });

    it('takes plural forms for a figure and its unit, chosen by the figure', async () => {
      setWords({ 'selca-goals-panel': { figure: { one: '{number} person', other: '{number} {unit}' } } });
      const profile = fullProfile();
      Object.assign(profile.goals[1]!.measure!, { value: 1, target: 1500 });
      const { panel } = await panelIn(html`<selca-goals-panel .profile=${profile}></selca-goals-panel>`);
      expect(text(sentence(panel, 1))).to.contain('People seen: 1 person in 2025, against a target of 1,500 people.');
    });
  });

  describe('language', () => {
    it('follows a change of language on an ancestor without a reload, marking English words only where the page is in another language', async () => {
      setWords({ 'selca-goals-panel': { principlesLabel: 'Dan bob nod' } }, 'cy');
      const { wrapper, panel } = await panelIn(html`<selca-goals-panel .profile=${fullProfile()}></selca-goals-panel>`);
      expect(root(panel).querySelectorAll('[lang]')).to.have.length(0);

      wrapper.lang = 'cy';
      await settled(panel);
      expect(text(label(panel))).to.equal('Dan bob nod');
      expect(label(panel).hasAttribute('lang')).to.equal(false);
      // The words still in English say so, so a screen reader speaks them with an English voice.
      expect(sentence(panel).querySelector('span[lang="en"]')!.textContent).to.contain('Cancers found at an early stage: 60%');
      expect(text(root(panel).querySelector('a.more [lang="en"]'))).to.equal(`How we do this: ${selcaProfile.goals[0]!.title}`);
      expect(text(sentence(panel).querySelector('.source [lang="en"]'))).to.equal('Source:');

      document.documentElement.lang = 'fr';
      wrapper.removeAttribute('lang');
      try {
        await settled(panel);
        expect(label(panel).getAttribute('lang')).to.equal('en');
        expect(text(label(panel))).to.equal('Under every goal');
      } finally {
        document.documentElement.lang = 'en';
      }
      await settled(panel);
      expect(root(panel).querySelectorAll('[lang]')).to.have.length(0);
    });

    it("marks a profile's words with the profile's language, not the page's: English words on a Welsh page", async () => {
      const profile = fullProfile({ lang: 'en-GB', words: { 'selca-goals-panel': { principlesLabel: 'What guides every goal' } } });
      const { panel } = await panelIn(html`<selca-goals-panel .profile=${profile}></selca-goals-panel>`, 'cy');
      expect([text(label(panel)), label(panel).getAttribute('lang')]).to.deep.equal(['What guides every goal', 'en-GB']);
    });

    it("marks a measure's label, period and unit in its translated sentence with the profile's language, and not again inside its English sentence", async () => {
      // Each mark of the sentence but its source's: lang, dir and text.
      const marked = (panel: GoalsPanel) =>
        [...sentence(panel, 1).querySelectorAll('[lang]')]
          .filter((element) => !element.closest('.source'))
          .map((element) => [element.getAttribute('lang'), element.getAttribute('dir'), text(element)]);
      setWords({ 'selca-goals-panel': { measure: '{label}: {value} yn {period}, yn erbyn targed o {target}.' } }, 'cy');
      setWords({ 'selca-goals-panel': { measure: '{label}: {value} في {period}، مقابل هدف {target}.' } }, 'ar');
      const { panel } = await panelIn(html`<selca-goals-panel .profile=${fullProfile()}></selca-goals-panel>`, 'cy');
      expect(text(sentence(panel, 1))).to.contain('People seen: 1,204 people yn 2025, yn erbyn targed o 1,500 people.');
      const data = ['People seen', 'people', '2025', 'people'];
      expect(marked(panel)).to.deep.equal(data.map((value) => ['en-GB', null, value]));
      const { panel: arabic } = await panelIn(html`<selca-goals-panel .profile=${fullProfile()}></selca-goals-panel>`, 'ar', 'rtl');
      expect(marked(arabic)).to.deep.equal(data.map((value) => ['en-GB', 'ltr', value]));

      // The English sentence is marked English as a whole: the English data in it needs nothing more.
      clearWords();
      await panel.updateComplete;
      await arabic.updateComplete;
      const english = 'People seen: 1,204 people in 2025, against a target of 1,500 people.';
      expect(marked(panel)).to.deep.equal([['en', null, english]]);
      expect(marked(arabic)).to.deep.equal([['en', 'ltr', english]]);
    });

    it("marks a goal's and a principle's title inside its link against the link's word, so none is said twice or left out", async () => {
      const goal = selcaProfile.goals[0]!.title;
      const principle = selcaProfile.principles[0]!.title;
      // Each mark inside the two links: lang, dir and text.
      const marked = (panel: GoalsPanel) =>
        [...root(panel).querySelectorAll('a.more, .principles a')].map((link) =>
          [...link.querySelectorAll('[lang]')].map((element) => [element.getAttribute('lang'), element.getAttribute('dir'), text(element)]),
        );

      // A Welsh word on a Welsh page: the profile's English title marked once.
      setWords(
        {
          'selca-goals-panel': {
            goalLink: 'Sut rydym yn gwneud hyn<hidden>: {goal}</hidden>',
            principleLink: 'Mwy<hidden> am {principle}</hidden>',
          },
        },
        'cy',
      );
      const { panel } = await panelIn(html`<selca-goals-panel .profile=${fullProfile()}></selca-goals-panel>`, 'cy');
      expect(marked(panel)).to.deep.equal([[['en-GB', null, goal]], [['en-GB', null, principle]]]);
      clearWords();

      // The profile's own English words: the link says their language, the title inside nothing more.
      const ownWords = fullProfile({ words: { 'selca-goals-panel': { goalLink: 'Find out how<hidden>: {goal}</hidden>' } } });
      const { panel: own } = await panelIn(html`<selca-goals-panel .profile=${ownWords}></selca-goals-panel>`, 'cy');
      expect(marked(own)[0]).to.deep.equal([['en-GB', null, `Find out how: ${goal}`]]);

      // A Welsh profile's titles inside the English words, on its Welsh page: marked Welsh.
      const { panel: welsh } = await panelIn(html`<selca-goals-panel .profile=${fullProfile({ lang: 'cy' })}></selca-goals-panel>`, 'cy');
      expect(marked(welsh)).to.deep.equal([
        [
          ['en', null, `How we do this: ${goal}`],
          ['cy', null, goal],
        ],
        [
          ['en', null, `More about ${principle}`],
          ['cy', null, principle],
        ],
      ]);
      for (const each of [panel, own, welsh]) expect(repeatedMarks(root(each))).to.deep.equal([]);
    });

    it('says no language or direction again inside an element of its own that says it, on Arabic, Welsh and English pages', async () => {
      for (const [lang, dir] of [
        ['ar', 'rtl'],
        ['cy', 'ltr'],
        ['en-GB', 'ltr'],
      ]) {
        const { panel } = await panelIn(html`<selca-goals-panel .profile=${fullProfile()}></selca-goals-panel>`, lang, dir);
        expect(repeatedMarks(root(panel)), lang).to.deep.equal([]);
      }
    });

    it('marks the words of a notice in English, left to right, on a right-to-left page, and not the notice box', async () => {
      const console = captureConsole();
      try {
        const { panel } = await panelIn(html`<selca-goals-panel .profile=${{ goals: 'five' }}></selca-goals-panel>`, 'ar', 'rtl');
        const notice = root(panel).querySelector<HTMLElement>('.selca-notice')!;
        expect([notice.getAttribute('lang'), getComputedStyle(notice).direction]).to.deep.equal([null, 'rtl']);
        const words = notice.querySelector<HTMLElement>(':scope > [lang]')!;
        expect([words.getAttribute('lang'), words.getAttribute('dir'), text(words)]).to.deep.equal(['en', 'ltr', text(notice)]);
      } finally {
        console.restore();
      }
    });
  });

  describe('right to left', () => {
    it('uses no physical left or right in its styles', () => {
      for (const styles of [goalsPanelStyles, noticeStyles]) expect(styles.cssText).not.to.match(/\b(left|right)\b/);
    });

    it('lays out from the right in a right-to-left page, its chart growing from the right, and follows a change of direction', async () => {
      const { wrapper, panel } = await panelIn(
        html`<selca-goals-panel layout="rows" .profile=${fullProfile()} style="inline-size: 40rem"></selca-goals-panel>`,
        'ar',
        'rtl',
      );
      const box = (selector: string) => root(panel).querySelector(selector)!.getBoundingClientRect();
      const goal = box('.goal');
      expect(box('.goal .icon').right).to.be.closeTo(goal.right, 1);
      expect(box('.goal .text').right).to.be.lessThan(box('.goal .icon').left);
      const principles = getComputedStyle(root(panel).querySelector('.principles')!);
      expect([principles.borderRightWidth, principles.borderLeftWidth]).to.deep.equal(['4px', '0px']);
      const [chart, bar] = [box('.chart'), box('.chart .bar')];
      expect(bar.right).to.be.closeTo(chart.right, 1);
      expect(bar.left).to.be.greaterThan(chart.left + 1);

      wrapper.dir = 'ltr';
      await settled(panel);
      expect(box('.goal .icon').left).to.be.closeTo(box('.goal').left, 1);
      expect(box('.chart .bar').left).to.be.closeTo(box('.chart').left, 1);
    });
  });

  describe('pseudo-locale', () => {
    const profile = fullProfile();
    const data = textsOf(profile);

    it('leaves no plain English in what the panel shows or says, in every layout', async () => {
      setWords({ 'selca-goals-panel': pseudoWords(goalsPanelWords) });
      for (const layout of ['cards', 'list', 'rows']) {
        const { panel } = await panelIn(html`<selca-goals-panel layout=${layout} .profile=${profile}></selca-goals-panel>`, 'en-XA');
        expect(plainEnglish(shadowTexts(root(panel)), data)).to.deep.equal([]);
        expect(text(label(panel))).to.equal(pseudo('Under every goal'));
      }
    });

    it('leaves no plain English in its notices', async () => {
      const console = captureConsole();
      try {
        setWords({ 'selca-goals-panel': pseudoWords(goalsPanelWords) });
        const { panel } = await panelIn(html`<selca-goals-panel .profile=${{ goals: 'five' }}></selca-goals-panel>`, 'en-XA');
        expect(plainEnglish(shadowTexts(root(panel)), [])).to.deep.equal([]);
        expect(text(root(panel).querySelector('.selca-notice'))).to.have.length.greaterThan(10);
      } finally {
        console.restore();
      }
    });

    it('finds the English words when they are not replaced (the check can fail)', async () => {
      const { panel } = await panelIn(html`<selca-goals-panel .profile=${profile}></selca-goals-panel>`);
      expect(plainEnglish(shadowTexts(root(panel)), data)).to.include.members(['Under every goal', 'How we do this', 'More']);
    });
  });
});
