import { html } from 'lit';
import { expect, fixture, sendKeys } from './helpers/testing.js';
import { accessibilityTree, all } from './helpers/a11y-tree.js';
import { timesSaid } from './helpers/screen-reader.js';
import '../src/selca-focus-areas.js';
import type { FocusAreas } from '../src/components/focus-areas/focus-areas.js';
import { selcaProfile } from '../src/data/selca-profile.js';

describe('<selca-focus-areas> (Chromium)', () => {
  it('says each group heading once: the heading is the group, not also its label', async () => {
    await fixture<FocusAreas>(html`<selca-focus-areas heading-level="3"></selca-focus-areas>`);
    const tree = await accessibilityTree();
    const headings = all(tree, (node) => node.role === 'heading' && node.level === 3).map((node) => node.name);
    expect(headings).to.deep.equal(['Key focus areas', 'Across all our work']);
    expect(headings.map((heading) => timesSaid(tree, heading))).to.deep.equal([1, 1]);
  });

  it('tells assistive technology which areas are expanded', async () => {
    const open = selcaProfile.focusAreas[2]!.id;
    await fixture<FocusAreas>(html`<selca-focus-areas open=${open}></selca-focus-areas>`);
    const tree = await accessibilityTree();
    const summaries = all(tree, (node) => node.role === 'DisclosureTriangle');
    const titles = [...selcaProfile.focusAreas, ...selcaProfile.crossCuttingAreas].map((area) => area.title);
    expect(summaries.map((node) => node.name)).to.deep.equal(titles);
    expect(summaries.map((node) => node.expanded === true)).to.deep.equal(titles.map((_, index) => index === 2));
  });

  it('says whether "Expand all" has expanded every area, as its words change', async () => {
    const areas = await fixture<FocusAreas>(html`<selca-focus-areas></selca-focus-areas>`);
    const toggleAll = async () => all(await accessibilityTree(), (node) => node.role === 'button')[0];
    expect(await toggleAll()).to.include({ name: 'Expand all focus areas', expanded: false });
    areas.shadowRoot!.querySelector<HTMLButtonElement>('.toggle-all')!.focus();
    await sendKeys({ press: 'Enter' });
    await areas.updateComplete;
    expect(await toggleAll()).to.include({ name: 'Collapse all focus areas', expanded: true });
    await sendKeys({ press: ' ' });
    await areas.updateComplete;
    expect(await toggleAll()).to.include({ name: 'Expand all focus areas', expanded: false });
  });

  it('names "Expand all" with its whole word, in the order a translation gives its shown and hidden parts', async () => {
    const areas = await fixture<FocusAreas>(
      html`<selca-focus-areas lang="de" .words=${{ expandAll: '<hidden>Alle Schwerpunkte </hidden>aufklappen' }}></selca-focus-areas>`,
    );
    const toggleAll = all(await accessibilityTree(), (node) => node.role === 'button')[0];
    expect(toggleAll?.name).to.equal('Alle Schwerpunkte aufklappen');
    const hidden = areas.shadowRoot!.querySelector<HTMLElement>('.toggle-all .visually-hidden-inline')!;
    expect(hidden.textContent).to.equal('Alle Schwerpunkte ');
    expect(hidden.getBoundingClientRect().width, 'the hidden part takes no room').to.be.lessThan(1);
  });

  it('gives each list of areas the list role, with an item per area', async () => {
    await fixture<FocusAreas>(html`<selca-focus-areas></selca-focus-areas>`);
    const tree = await accessibilityTree();
    const lists = all(tree, (node) => node.role === 'list');
    expect(lists.map((list) => (list.children ?? []).filter((child) => child.role === 'listitem').length)).to.deep.equal([
      selcaProfile.focusAreas.length,
      selcaProfile.crossCuttingAreas.length,
    ]);
  });
});
