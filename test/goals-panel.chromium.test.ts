import { html } from 'lit';
import { executeServerCommand, expect, fixture } from './helpers/testing.js';
import { accessibilityTree, all } from './helpers/a11y-tree.js';
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

  it('gives each measure a figure named by its words, and no image for the chart', async () => {
    await fixture<GoalsPanel>(html`<selca-goals-panel .profile=${profile}></selca-goals-panel>`);
    const tree = await accessibilityTree();
    const figures = all(tree, (node) => node.role === 'figure');
    expect(figures).to.have.length(1);
    const words = all(figures[0]!, (node) => node.role === 'StaticText' || node.role === 'text')
      .map((node) => node.name)
      .join(' ');
    expect(words).to.contain('Illustrative early diagnoses: 58% in 2025/26, against a target of 75%.');
    expect(all(tree, (node) => node.role === 'image' || node.role === 'img')).to.have.length(0);
    expect(all(tree, (node) => node.role === 'heading').map((node) => node.name)).to.include.members(
      selcaProfile.goals.map((goal) => goal.title),
    );
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
