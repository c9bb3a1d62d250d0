import { html } from 'lit';
import { executeServerCommand, expect, fixture } from './helpers/testing.js';
import { accessibilityTree, all } from './helpers/a11y-tree.js';
import { timesSaid } from './helpers/screen-reader.js';
import { announced, plainEnglish, textsOf } from './helpers/words.js';
import { goalsPanelWords } from '../src/components/goals-panel/words.js';
import { clearWords, setWords } from '../src/core/words.js';
import { pseudoWords } from '../src/core/pseudo-locale.js';
import '../src/selca-goals-panel.js';
import type { GoalsPanel } from '../src/components/goals-panel/goals-panel.js';
import type { AllianceProfile } from '../src/core/profile.js';
import { selcaProfile } from '../src/data/selca-profile.js';

const profile: AllianceProfile = structuredClone(selcaProfile);
Object.assign(profile.goals[0]!, {
  measure: { label: 'Illustrative early diagnoses', value: 58, target: 75, unit: '%', period: '2025/26', source: { title: 'Invented' } },
});

describe('<selca-goals-panel> (Chromium)', () => {
  afterEach(() => executeServerCommand('selca-emulate-media', { 'forced-colors': '' }));

  it('says each measure once, in its words, with no image for the chart', async () => {
    await fixture<GoalsPanel>(html`<selca-goals-panel .profile=${profile}></selca-goals-panel>`);
    const tree = await accessibilityTree();
    expect(timesSaid(tree, 'Illustrative early diagnoses: 58% in 2025/26, against a target of 75%.')).to.equal(1);
    expect(all(tree, (node) => node.role === 'figure')).to.have.length(0);
    expect(all(tree, (node) => node.role === 'image' || node.role === 'img')).to.have.length(0);
    expect(all(tree, (node) => node.role === 'heading').map((node) => node.name)).to.include.members(
      selcaProfile.goals.map((goal) => goal.title),
    );
  });

  it('names the principles once, as their group', async () => {
    await fixture<GoalsPanel>(html`<selca-goals-panel></selca-goals-panel>`);
    const tree = await accessibilityTree();
    expect(all(tree, (node) => node.role === 'group').map((node) => node.name)).to.deep.equal(['Under every goal']);
    expect(timesSaid(tree, 'Under every goal')).to.equal(1);
  });

  it("names a goal's link and a principle's link with their whole word, no space before the hidden part, the title in its own language", async () => {
    const linked: AllianceProfile = structuredClone(profile);
    linked.goals[0]!.url = 'https://example.org/early';
    linked.principles[0]!.url = 'https://example.org/experience';
    setWords({ 'selca-goals-panel': { goalLink: 'Sut rydym yn gwneud hyn<hidden>: {goal}</hidden>' } }, 'cy');
    try {
      const panel = await fixture<GoalsPanel>(
        html`<selca-goals-panel lang="cy" .profile=${{ ...linked, lang: 'en' }}></selca-goals-panel>`,
      );
      const links = all(await accessibilityTree(), (node) => node.role === 'link').map((node) => node.name);
      expect(links).to.deep.equal([`Sut rydym yn gwneud hyn: ${linked.goals[0]!.title}`, `More about ${linked.principles[0]!.title}`]);
      // The goal's title keeps the profile's language inside the Welsh word.
      const title = panel.shadowRoot!.querySelector('a.more .visually-hidden-inline [lang="en"]');
      expect(title?.textContent).to.equal(linked.goals[0]!.title);
    } finally {
      clearWords();
    }
  });

  it("names a goal's link with the title in the profile's English, marked so once: in a Welsh word putting it first, and in the profile's own word", async () => {
    const linked: AllianceProfile = structuredClone(profile);
    linked.goals[0]!.url = 'https://example.org/early';
    setWords({ 'selca-goals-panel': { goalLink: '<hidden>{goal}: </hidden>Sut rydym yn gwneud hyn' } }, 'cy');
    try {
      const panel = await fixture<GoalsPanel>(html`<selca-goals-panel lang="cy" .profile=${linked}></selca-goals-panel>`);
      const links = all(await accessibilityTree(), (node) => node.role === 'link').map((node) => node.name);
      expect(links).to.deep.equal([`${linked.goals[0]!.title}: Sut rydym yn gwneud hyn`]);
      const marks = [...panel.shadowRoot!.querySelectorAll('a.more [lang], a.more[lang]')].map((element) => element.getAttribute('lang'));
      expect(marks).to.deep.equal(['en-GB']);

      // The profile's own English word: said once, by the word round the title.
      clearWords();
      panel.profile = { ...linked, words: { 'selca-goals-panel': { goalLink: 'Find out how<hidden>: {goal}</hidden>' } } };
      await panel.updateComplete;
      const named = all(await accessibilityTree(), (node) => node.role === 'link').map((node) => node.name);
      expect(named).to.deep.equal([`Find out how: ${linked.goals[0]!.title}`]);
      const said = [...panel.shadowRoot!.querySelectorAll('a.more [lang], a.more[lang]')].map((element) => element.getAttribute('lang'));
      expect(said).to.deep.equal(['en-GB']);
    } finally {
      clearWords();
    }
  });

  it('gives the goals and the principles the list role, with an item each', async () => {
    await fixture<GoalsPanel>(html`<selca-goals-panel></selca-goals-panel>`);
    const tree = await accessibilityTree();
    const lists = all(tree, (node) => node.role === 'list');
    expect(lists.map((list) => (list.children ?? []).filter((child) => child.role === 'listitem').length)).to.deep.equal([
      selcaProfile.goals.length,
      selcaProfile.principles.length,
    ]);
  });

  it('gives no plain English to a screen reader under the pseudo-locale: every name, description and text is a word of its own', async () => {
    const linked: AllianceProfile = structuredClone(profile);
    linked.goals[0]!.url = 'https://example.org/early';
    linked.principles[0]!.url = 'https://example.org/experience';
    const english = await fixture<GoalsPanel>(html`<selca-goals-panel .profile=${linked}></selca-goals-panel>`);
    // The check finds the English words when they are not replaced.
    expect(plainEnglish(announced(await accessibilityTree()), textsOf(linked))).to.include.members(['Under every goal', 'How we do this']);
    english.remove();
    setWords({ 'selca-goals-panel': pseudoWords(goalsPanelWords) });
    try {
      await fixture<GoalsPanel>(html`<selca-goals-panel lang="en-XA" .profile=${linked}></selca-goals-panel>`);
      const said = announced(await accessibilityTree());
      expect(said.join(' ')).to.contain('[');
      expect(plainEnglish(said, textsOf(linked))).to.deep.equal([]);
    } finally {
      clearWords();
    }
  });

  it('keeps the bar, the scale and the target apart in forced colours', async () => {
    const panel = await fixture<GoalsPanel>(html`<selca-goals-panel .profile=${profile}></selca-goals-panel>`);
    await executeServerCommand('selca-emulate-media', { 'forced-colors': 'active' });
    const style = (selector: string) => getComputedStyle(panel.shadowRoot!.querySelector(selector)!);
    const [track, bar, target] = ['.track', '.bar', '.target'].map(style);
    expect(bar!.fill).not.to.equal(track!.fill);
    expect(target!.stroke).to.equal(bar!.fill);
    expect(target!.fill).to.equal(track!.fill);
    expect(track!.stroke).not.to.equal('none');
  });
});
