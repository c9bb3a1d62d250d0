import { html } from 'lit';
import { executeServerCommand, expect, fixture, sendKeys, waitUntil } from './helpers/testing.js';
import { accessibilityTree, all } from './helpers/a11y-tree.js';
import { partNetwork } from './helpers/part-network.js';
import '../src/selca-partner-list.js';
import '../src/selca-coverage-map.js';
import type { PartnerList } from '../src/components/partner-list/partner-list.js';
import type { CoverageMap } from '../src/components/coverage-map/coverage-map.js';

// Following a map is downloaded once per page, so this file is one visit: first it cannot be
// downloaded, then the network is back. The test server obeys the `selca-part` cookie.
describe('<selca-partner-list for-map> while following the map cannot be downloaded (Chromium)', () => {
  before(() => executeServerCommand('selca-no-cache'));
  after(() => partNetwork(null));

  it('says so in words, and follows the map once a selection on it finds the network back', async () => {
    partNetwork('followed-map:fail');
    const wrapper = await fixture(html`<main>
      <selca-coverage-map id="map"></selca-coverage-map>
      <selca-partner-list for-map="map"></selca-partner-list>
    </main>`);
    const list = wrapper.querySelector<PartnerList>('selca-partner-list')!;
    const map = wrapper.querySelector<CoverageMap>('selca-coverage-map')!;
    await waitUntil(() => list.shadowRoot!.querySelector('.selca-notice'), 'failure shown', { timeout: 5000 });
    const texts = all(await accessibilityTree(), (node) => node.role === 'StaticText' || node.role === 'paragraph').map(
      (node) => node.name,
    );
    expect(texts).to.include('Sorry, this list cannot follow the map at the moment. Choose a borough above instead.');

    partNetwork(null);
    map.shadowRoot!.querySelector<SVGPathElement>('path[tabindex="0"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => list.borough !== null, 'list follows the map', { timeout: 5000 });
    expect(list.borough).to.equal(map.selected);
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('.selca-notice')).to.equal(null);
  });
});
