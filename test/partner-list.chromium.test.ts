import { html } from 'lit';
import { assert, executeServerCommand, expect, fixture, sendKeys, waitUntil } from './helpers/testing.js';
import { expectReadableFocus } from './helpers/contrast.js';
import { accessibilityTree, all } from './helpers/a11y-tree.js';
import type { AccessibilityNode } from './helpers/a11y-tree.js';
import { timesSaid } from './helpers/screen-reader.js';
import { retimeTimers } from './helpers/timers.js';
import { ANNOUNCED_FOR } from '../src/components/partner-list/partners.js';
import '../src/selca-partner-list.js';
import '../src/selca-coverage-map.js';
import type { PartnerList } from '../src/components/partner-list/partner-list.js';
import type { AllianceProfile } from '../src/core/profile.js';
import { selcaProfile } from '../src/data/selca-profile.js';
import { clearWords, setWords } from '../src/core/words.js';

/** What each status region of the page says. */
const statuses = (tree: AccessibilityNode) =>
  all(tree, (node) => node.role === 'status').map((node) => node.name || (node.children ?? []).map((child) => child.name).join(''));

/** Forty charities, each with its own site, after the built-in partners. */
const many: AllianceProfile = {
  ...structuredClone(selcaProfile),
  organisations: [
    ...structuredClone(selcaProfile.organisations),
    ...Array.from({ length: 40 }, (_, i) => ({
      id: `charity-${i}`,
      type: 'charity' as const,
      name: `Charity ${String(i).padStart(2, '0')}`,
      description: 'Support for people living with cancer.',
      boroughs: ['E09000023'],
      url: `https://charity-${i}.example.org/`,
    })),
  ],
};

/** One partner, whose link leaves the site. */
const elsewhere: AllianceProfile = {
  ...structuredClone(selcaProfile),
  organisations: [
    {
      id: 'elsewhere',
      type: 'charity',
      name: 'Elsewhere',
      description: 'Other site.',
      boroughs: ['E09000023'],
      url: 'https://elsewhere.example/',
    },
  ],
};

describe('<selca-partner-list> (Chromium)', () => {
  it('gives assistive technology every partner at load, those below the fold too', async () => {
    const wrapper = await fixture(html`<main>
      <h1>Our partners</h1>
      <div style="block-size: 150vh">Introduction</div>
      <selca-partner-list heading-level="2" .profile=${many}></selca-partner-list>
    </main>`);
    const list = wrapper.querySelector<PartnerList>('selca-partner-list')!;
    await list.updateComplete;
    const partners = [...list.shadowRoot!.querySelectorAll('.partner')];
    expect(partners).to.have.length(50);
    expect(partners.at(-1)!.getBoundingClientRect().top).to.be.greaterThan(innerHeight);
    const tree = await accessibilityTree();
    const headings = all(tree, (node) => node.role === 'heading' && node.level === 3).map((node) => node.name);
    const links = all(tree, (node) => node.role === 'link').map((node) => node.name);
    const shown = (selector: string) =>
      partners.flatMap((partner) => [...partner.querySelectorAll(selector)].map((node) => node.textContent.replace(/\s+/g, ' ').trim()));
    expect(headings).to.deep.equal(shown('.name'));
    expect(links).to.have.length.greaterThan(45).and.to.deep.equal(shown('.name a'));
  });

  it('gives each group of partners the list role, with an item per partner', async () => {
    const list = await fixture<PartnerList>(html`<selca-partner-list></selca-partner-list>`);
    const tree = await accessibilityTree();
    const items = all(tree, (node) => node.role === 'list').map(
      (node) => (node.children ?? []).filter((child) => child.role === 'listitem').length,
    );
    const groups = [...list.shadowRoot!.querySelectorAll('.group')].map((group) => group.querySelectorAll('.partner').length);
    expect(groups).to.have.length.greaterThan(1);
    expect(items).to.deep.equal(groups);
  });

  it('shows group headings at the requested level, names one below, and the live region', async () => {
    const list = await fixture<PartnerList>(html`<selca-partner-list heading-level="3"></selca-partner-list>`);
    list.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'council' });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const tree = await accessibilityTree();
    const headings = all(tree, (node) => node.role === 'heading');
    expect(headings.filter((node) => node.level === 3).map((node) => node.name)).to.deep.equal(['Local authorities']);
    expect(headings.filter((node) => node.level === 4).map((node) => node.name))
      .to.have.length(6)
      .and.to.include('Lewisham Council (another website)');
    const [search] = all(tree, (node) => node.role === 'search');
    assert.exists(search, 'search landmark');
    expect(search.name).to.equal('Partners');
    const [box] = all(tree, (node) => node.role === 'searchbox');
    expect(box?.name).to.equal('Search by name or description');
    expect(statuses(tree).join('|')).to.contain('Showing 6 of 12 partners');
  });

  describe('a link to another website', () => {
    afterEach(() => clearWords());

    it('is named with its whole word, the name shown: in English, and in a word that puts its note first', async () => {
      const linkNames = async () => all(await accessibilityTree(), (node) => node.role === 'link').map((node) => node.name);
      const wrapper = await fixture<HTMLElement>(
        html`<main lang="en-GB"><selca-partner-list .profile=${elsewhere}></selca-partner-list></main>`,
      );
      const list = wrapper.querySelector('selca-partner-list')!;
      await list.updateComplete;
      expect(await linkNames()).to.deep.equal(['Elsewhere (another website)']);

      setWords({ 'selca-partner-list': { externalLink: '<hidden>Gwefan arall: </hidden>{name}' } }, 'cy');
      wrapper.lang = 'cy';
      await waitUntil(() => list.shadowRoot!.querySelector('a')!.textContent.startsWith('Gwefan'), 'the Welsh word', { timeout: 3000 });
      expect(await linkNames()).to.deep.equal(['Gwefan arall: Elsewhere']);
    });
  });

  it("announces the count, politely, when the page's code selects a borough on its map", async () => {
    const wrapper = await fixture(html`<main>
      <selca-coverage-map id="map"></selca-coverage-map>
      <selca-partner-list for-map="map"></selca-partner-list>
    </main>`);
    const list = wrapper.querySelector('selca-partner-list')!;
    wrapper.querySelector('selca-coverage-map')!.selected = 'E09000004';
    await waitUntil(
      () => list.borough === 'E09000004' && list.shadowRoot!.querySelector('p[role="status"]')!.textContent.trim(),
      'announced',
      { timeout: 3000 },
    );
    const tree = await accessibilityTree();
    const [combobox] = all(tree, (node) => node.role === 'combobox' && node.name === 'Borough');
    expect(combobox?.value).to.equal('Bexley');
    expect(statuses(tree).filter(Boolean)).to.have.length(1);
    expect(statuses(tree).join('')).to.match(/^Showing \d+ of 12 partners$/);
  });

  it('says the count once in reading mode, a while after announcing it', async () => {
    const restore = retimeTimers(ANNOUNCED_FOR, 300);
    try {
      const list = await fixture<PartnerList>(html`<selca-partner-list></selca-partner-list>`);
      const region = list.shadowRoot!.querySelector('p[role="status"]')!;
      list.shadowRoot!.querySelector('input')!.focus();
      await sendKeys({ type: 'council' });
      await waitUntil(() => region.textContent.trim(), 'the count is announced', { timeout: 3000 });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(timesSaid(await accessibilityTree(), 'Showing 6 of 12 partners')).to.equal(1);
    } finally {
      restore();
    }
  });

  it('says that a borough the map selected outside the alliance is outside it', async () => {
    const wrapper = await fixture(html`<main>
      <selca-coverage-map id="map"></selca-coverage-map>
      <selca-partner-list for-map="map"></selca-partner-list>
    </main>`);
    const list = wrapper.querySelector('selca-partner-list')!;
    wrapper.querySelector('selca-coverage-map')!.shadowRoot!.querySelector<SVGPathElement>('path[data-code="E09000033"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => list.borough === 'E09000033', 'the list follows the map', { timeout: 3000 });
    await list.updateComplete;
    const texts = all(await accessibilityTree(), (node) => node.role === 'StaticText').map((node) => node.name);
    expect(texts).to.include('Westminster is outside the area this alliance covers; no partners listed here serve it.');
    expect(texts).not.to.include('No partners match your search and filters.');
  });

  describe('focus under forced colours', () => {
    afterEach(() => executeServerCommand('selca-emulate-media', { 'forced-colors': 'none', 'prefers-color-scheme': '' }));

    for (const scheme of ['light', 'dark'] as const) {
      it(`keeps a focused partner's link readable, marked by an outline, in the ${scheme} scheme`, async () => {
        await executeServerCommand('selca-emulate-media', { 'forced-colors': 'active', 'prefers-color-scheme': scheme });
        const list = await fixture<PartnerList>(html`<selca-partner-list></selca-partner-list>`);
        const partner = list.shadowRoot!.querySelector<HTMLElement>('.partner:has(a)')!;
        partner.focus();
        await sendKeys({ press: 'Tab' });
        const link = list.shadowRoot!.activeElement!;
        expect(link).to.equal(partner.querySelector('a'));
        expectReadableFocus(link);
      });
    }
  });
});
