import { html } from 'lit';
import { a11ySnapshot, assert, expect, findAccessibilityNode, fixture } from './helpers/testing.js';
import '../src/selca-coverage-map.js';

interface AccessibilityNode {
  role: string;
  name: string;
  selected?: boolean;
  children: AccessibilityNode[];
}

describe('<selca-coverage-map> (Chromium)', () => {
  it('shows a named listbox with one named option per borough, the selected one marked', async () => {
    await fixture(html`<selca-coverage-map selected="E09000023"></selca-coverage-map>`);
    const tree = (await a11ySnapshot({})) as unknown as AccessibilityNode;
    const listbox = findAccessibilityNode<AccessibilityNode>(tree, (node) => node.role === 'listbox');
    assert.exists(listbox, 'listbox');
    expect(listbox.name).to.equal('Map of South east London: London boroughs');
    const items = listbox.children.filter((node) => node.role === 'option');
    expect(items).to.have.length(33);
    expect(items.filter((node) => node.selected).map((node) => node.name)).to.deep.equal(['Lewisham']);
  });
});
