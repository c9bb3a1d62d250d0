import { html } from 'lit';
import { assert, executeServerCommand, expect, fixture, sendKeys } from './helpers/testing.js';
import '../src/selca-partner-list.js';
import type { PartnerList } from '../src/components/partner-list/partner-list.js';

interface AccessibilityNode {
  role: string;
  name: string;
  level?: number;
  children?: AccessibilityNode[];
}

const all = (node: AccessibilityNode, test: (node: AccessibilityNode) => boolean): AccessibilityNode[] => [
  ...(test(node) ? [node] : []),
  ...(node.children ?? []).flatMap((child) => all(child, test)),
];

describe('<selca-partner-list> (Chromium)', () => {
  it('shows group headings at the requested level, names one below, and the live region', async () => {
    const list = await fixture<PartnerList>(html`<selca-partner-list heading-level="3"></selca-partner-list>`);
    list.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'council' });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const tree = await executeServerCommand<AccessibilityNode, undefined>('selca-a11y-tree');
    const headings = all(tree, (node) => node.role === 'heading');
    expect(headings.filter((node) => node.level === 3).map((node) => node.name)).to.deep.equal(['Local authorities']);
    expect(headings.filter((node) => node.level === 4).map((node) => node.name)).to.have.length(6).and.to.include('Lewisham Council (another website)');
    const [search] = all(tree, (node) => node.role === 'search');
    assert.exists(search, 'search landmark');
    expect(search.name).to.equal('Partners');
    const [box] = all(tree, (node) => node.role === 'searchbox');
    expect(box?.name).to.equal('Search by name or description');
    const status = all(tree, (node) => node.role === 'status').map((node) => node.name || (node.children ?? []).map((child) => child.name).join(''));
    expect(status.join('|')).to.contain('Showing 6 of 12 partners');
  });
});
