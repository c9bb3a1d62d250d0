import { html } from 'lit';
import type { TemplateResult } from 'lit';
import {
  a11ySnapshot,
  assert,
  executeServerCommand,
  expect,
  findAccessibilityNode,
  fixture,
  sendKeys,
  setViewport,
  waitUntil,
} from './helpers/testing.js';
import { accessibilityTree, all } from './helpers/a11y-tree.js';
import { contrast } from './helpers/theme-probe.js';
import { brokenWords } from './helpers/broken-words.js';
import { resetPreferences, setPreferences } from '../src/core/preferences.js';
import { announced, plainEnglish, textsOf } from './helpers/words.js';
import { coverageMapWords } from '../src/components/coverage-map/words.js';
import { clearWords, setWords } from '../src/core/words.js';
import { pseudoWords } from '../src/core/pseudo-locale.js';
import { londonBoroughs } from '../src/data/london-boroughs.js';
import { selcaProfile } from '../src/data/selca-profile.js';
import '../src/selca-coverage-map.js';
import type { CoverageMap } from '../src/components/coverage-map/coverage-map.js';

interface AccessibilityNode {
  role: string;
  name: string;
  description?: string;
  selected?: boolean;
  children: AccessibilityNode[];
}

const ALLIANCE = ['Bexley', 'Bromley', 'Greenwich', 'Lambeth', 'Lewisham', 'Southwark'];

const shownLabels = (map: CoverageMap) =>
  [...map.shadowRoot!.querySelectorAll<SVGTextElement>('text.label')].filter((label) => label.getAttribute('visibility') !== 'hidden');
const overlapping = (labels: SVGTextElement[]) => {
  const rects = labels.map((label) => ({ name: label.textContent, rect: label.getBoundingClientRect() }));
  return rects.flatMap((a, i) =>
    rects
      .slice(i + 1)
      .filter(({ rect: b }) => a.rect.left < b.right && b.left < a.rect.right && a.rect.top < b.bottom && b.top < a.rect.bottom)
      .map((b) => `${a.name} / ${b.name}`),
  );
};
/** The size a label is drawn at on the page, in CSS pixels. */
const drawnSize = (label: SVGTextElement) => parseFloat(getComputedStyle(label).fontSize) * label.getScreenCTM()!.a;

describe('<selca-coverage-map> (Chromium)', () => {
  describe('tooltip on a 320 px screen with 200% text', () => {
    const tip = (map: CoverageMap) => map.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    /** The words of an element drawn over more than one line. */
    afterEach(async () => {
      document.documentElement.style.removeProperty('font-size');
      await setViewport({ width: 800, height: 600 });
    });

    it('keeps the tooltip of an area reached by keyboard inside the map, its own width, with no word broken', async () => {
      await setViewport({ width: 320, height: 800 });
      document.documentElement.style.fontSize = '200%';
      const root = await fixture(html`<main><button>Before</button><selca-coverage-map></selca-coverage-map></main>`);
      const map = root.querySelector('selca-coverage-map')!;
      await map.updateComplete;
      root.querySelector('button')!.focus();
      const seen: string[] = [];
      for (const press of ['Tab', 'ArrowLeft', 'ArrowLeft', 'ArrowUp', 'ArrowLeft']) {
        await sendKeys({ press });
        await map.updateComplete;
        const [box, frame] = [tip(map).getBoundingClientRect(), map.shadowRoot!.querySelector('.map')!.getBoundingClientRect()];
        const name = tip(map).querySelector('strong')!.textContent;
        seen.push(name);
        expect([box.left >= frame.left - 0.5, box.right <= frame.right + 0.5], `${name}: inside the map`).to.deep.equal([true, true]);
        expect(brokenWords(tip(map)), `${name}: broken words`).to.deep.equal([]);
      }
      expect(seen[0], 'at the right edge first').to.equal('Bexley');
    });
  });

  it('shows a named listbox with one named option per borough, the selected one marked', async () => {
    // Wide enough not to be framed: every borough offered.
    await fixture(html`<selca-coverage-map selected="E09000023" style="inline-size: 60rem"></selca-coverage-map>`);
    const tree = (await a11ySnapshot({})) as unknown as AccessibilityNode;
    const listbox = findAccessibilityNode<AccessibilityNode>(tree, (node) => node.role === 'listbox');
    assert.exists(listbox, 'listbox');
    expect(listbox.name, 'the alliance in lower case mid-sentence').to.equal('Map of south east London: London boroughs');
    const items = listbox.children.filter((node) => node.role === 'option');
    expect(items).to.have.length(33);
    expect(items.filter((node) => node.selected).map((node) => node.name)).to.deep.equal(['Lewisham']);
  });

  it('gives assistive technology only the areas mostly inside the frame on a 320 px screen, the selection outside it in the details', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const map = await fixture<CoverageMap>(html`<selca-coverage-map selected="E09000016"></selca-coverage-map>`);
      const offered = () =>
        [...map.shadowRoot!.querySelectorAll('[role="option"]:not([aria-hidden])')].map((option) => option.getAttribute('aria-label'));
      await waitUntil(() => offered().length < 33, 'framed');
      const tree = await accessibilityTree();
      const [listbox] = all(tree, (node) => node.role === 'listbox');
      const options = all(listbox!, (node) => node.role === 'option');
      expect(options.map((node) => node.name)).to.deep.equal(offered());
      expect(options.map((node) => node.name)).to.include.members(ALLIANCE);
      expect(options.filter((node) => node.selected)).to.deep.equal([]);
      const [details] = all(tree, (node) => node.role === 'heading' && node.name === 'Havering');
      assert.exists(details, 'the selected area named in its details');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  describe('says each name once', () => {
    it('names each table once, by its caption, and names a region round it only while it scrolls sideways', async () => {
      const map = await fixture<CoverageMap>(html`<selca-coverage-map show-tables style="inline-size: 60rem"></selca-coverage-map>`);
      await waitUntil(() => map.shadowRoot!.querySelectorAll('table').length === 2, 'tables shown');
      const named = async () => {
        const tree = await accessibilityTree();
        return all(tree, (node) => ['table', 'region'].includes(node.role) && /^(Areas on the map|Sites)$/.test(node.name)).map(
          (node) => `${node.role}: ${node.name}`,
        );
      };
      await waitUntil(() => !map.shadowRoot!.querySelector('.table-wrap[role]'), 'no region while the tables fit');
      expect(await named()).to.deep.equal(['table: Areas on the map', 'table: Sites']);
      for (const table of map.shadowRoot!.querySelectorAll('table')) table.style.minInlineSize = '80rem';
      await waitUntil(() => map.shadowRoot!.querySelectorAll('.table-wrap[role="region"]').length === 2, 'regions while they scroll');
      expect(await named()).to.deep.equal(['region: Areas on the map', 'table: Areas on the map', 'region: Sites', 'table: Sites']);
    });

    it('names the map by its listbox alone; the help text is its description and names nothing else', async () => {
      await fixture(html`<selca-coverage-map></selca-coverage-map>`);
      const tree = await accessibilityTree();
      const help =
        'Use the arrow keys to move to the neighbouring area, Enter or Space to select it, Escape to close the tooltip and then to clear the selection.';
      const [listbox] = all(tree, (node) => node.role === 'listbox');
      expect(listbox!.description).to.equal(help);
      // Its own words aside, nothing takes the help text as its name (the map's figure used to).
      const namedByHelp = all(tree, (node) => node.name === help && node.role !== 'StaticText' && node.role !== 'InlineTextBox');
      expect(namedByHelp.map((node) => node.role)).to.deep.equal([]);
      expect(all(tree, (node) => node.role === 'figure')).to.deep.equal([]);
    });

    it('heads each site row with the site name alone', async () => {
      const map = await fixture<CoverageMap>(html`<selca-coverage-map show-tables></selca-coverage-map>`);
      await map.updateComplete;
      const tree = await accessibilityTree();
      const [sites] = all(tree, (node) => node.role === 'table' && node.name === 'Sites');
      const rowHeaders = all(sites!, (node) => node.role === 'rowheader').map((node) => node.name);
      expect(rowHeaders).to.include("Queen Mary's Hospital");
      for (const name of rowHeaders) expect(name, 'no operator or services in a row header').not.to.match(/Run by|:/);
    });
  });

  describe('a table\'s "Show on map" button', () => {
    it("is named with its whole word, the area's name where the word puts it", async () => {
      const buttonNames = async () =>
        all(await accessibilityTree(), (node) => node.role === 'button' && node.name.includes('Bexley')).map((node) => node.name);
      const wrapper = await fixture(
        html`<main lang="de"><selca-coverage-map show-tables style="inline-size: 60rem"></selca-coverage-map></main>`,
      );
      const map = wrapper.querySelector('selca-coverage-map')!;
      await waitUntil(() => map.shadowRoot!.querySelectorAll('table').length === 2, 'tables shown');
      expect((await buttonNames())[0]).to.equal('Show Bexley on map');
      try {
        setWords({ 'selca-coverage-map': { showOnMap: '{what} auf der Karte zeigen' } }, 'de');
        await map.updateComplete;
        expect((await buttonNames())[0]).to.equal('Bexley auf der Karte zeigen');
        setWords({ 'selca-coverage-map': { showOnMap: 'Auf der Karte zeigen<hidden>: {what}</hidden>' } }, 'de');
        await map.updateComplete;
        expect((await buttonNames())[0]).to.equal('Auf der Karte zeigen: Bexley');
      } finally {
        clearWords();
      }
    });
  });

  describe('labels in CSS pixels', () => {
    after(() => setViewport({ width: 800, height: 600 }));
    afterEach(() => resetPreferences());

    it('are at least 14px on a 1280 px page, and all six alliance names show without overlap at 200% text', async () => {
      await setViewport({ width: 1280, height: 800 });
      const map = await fixture<CoverageMap>(html`<selca-coverage-map></selca-coverage-map>`);
      for (const label of shownLabels(map)) expect(drawnSize(label), label.textContent).to.be.at.least(13.9);
      setPreferences({ textScale: 2 });
      document.documentElement.style.setProperty('--selca-text-scale', '2');
      try {
        await map.updateComplete;
        for (const label of shownLabels(map)) expect(drawnSize(label), label.textContent).to.be.at.least(27.9);
        expect(shownLabels(map).map((label) => label.textContent)).to.have.members(ALLIANCE);
        expect(overlapping(shownLabels(map))).to.deep.equal([]);
      } finally {
        document.documentElement.style.removeProperty('--selca-text-scale');
      }
    });

    it('frame the alliance and its neighbours on a 320 px screen, every alliance name shown at 14px or more', async () => {
      await setViewport({ width: 320, height: 640 });
      const map = await fixture<CoverageMap>(html`<selca-coverage-map></selca-coverage-map>`);
      const drawing = map.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
      const alliance = map.shadowRoot!.querySelector('.alliance-outline')!.getBoundingClientRect();
      expect(alliance.width / drawing.width, 'share of the width the alliance fills').to.be.above(0.6);
      expect(shownLabels(map).map((label) => label.textContent)).to.have.members(ALLIANCE);
      for (const label of shownLabels(map)) expect(drawnSize(label), label.textContent).to.be.at.least(13.9);
      expect(overlapping(shownLabels(map))).to.deep.equal([]);
    });
  });

  describe('key to the numbers on a crowded map', () => {
    afterEach(() => {
      document.documentElement.style.removeProperty('--selca-text-scale');
      resetPreferences();
    });

    it('is read as a list named by its heading, of the numbered names, after a listbox whose options are unchanged', async () => {
      document.documentElement.style.setProperty('--selca-text-scale', '2');
      setPreferences({ textScale: 2 });
      const map = await fixture<CoverageMap>(html`<selca-coverage-map style="inline-size: 320px"></selca-coverage-map>`);
      const numbers = () =>
        [...map.shadowRoot!.querySelectorAll<SVGTextElement>('text.marker')].filter((marker) => !marker.hasAttribute('visibility'));
      await waitUntil(() => numbers().length > 0, 'some names numbered');
      const tree = await accessibilityTree();
      const [key] = all(tree, (node) => node.role === 'list' && node.name === 'Key to numbers on the map');
      assert.exists(key, 'the key, a list named by its heading');
      const names = numbers().map((marker) => (marker.previousElementSibling as SVGTextElement).textContent);
      const items = all(key, (node) => node.role === 'listitem');
      expect(items).to.have.length(names.length);
      items.forEach((item, index) => {
        const text = all(item, (node) => node.role === 'StaticText' || node.role === 'ListMarker')
          .map((node) => node.name)
          .join(' ');
        expect(text, 'its number, then its name').to.match(new RegExp(`^${numbers()[index]!.textContent}\\.? +${names[index]}$`));
      });
      const [listbox] = all(tree, (node) => node.role === 'listbox');
      const options = all(listbox!, (node) => node.role === 'option').map((node) => node.name);
      expect(options).to.include.members(ALLIANCE);
      expect(
        options.filter((name) => /^\d/.test(name)),
        'no number as an option name',
      ).to.deep.equal([]);
    });
  });

  describe('under CSS zoom', () => {
    after(() => setViewport({ width: 800, height: 600 }));

    it('draws the labels twice as large in a part of the page zoomed to 200%, placed as without zoom, with no overlap', async () => {
      await setViewport({ width: 1280, height: 800 });
      const root = await fixture(
        html`<div><div><selca-coverage-map></selca-coverage-map></div><div><selca-coverage-map></selca-coverage-map></div></div>`,
      );
      const [plain, zoomed] = [...root.querySelectorAll('selca-coverage-map')] as [CoverageMap, CoverageMap];
      plain.parentElement!.style.width = '600px';
      Object.assign(zoomed.parentElement!.style, { width: '600px', zoom: '2' });
      for (let frame = 0; frame < 3; frame++) await new Promise(requestAnimationFrame);
      await Promise.all([plain.updateComplete, zoomed.updateComplete]);
      const placed = (map: CoverageMap) =>
        shownLabels(map).map((label) => `${label.textContent} ${label.getAttribute('dx')} ${label.getAttribute('dy')}`);
      expect(placed(zoomed)).to.deep.equal(placed(plain));
      shownLabels(zoomed).forEach((label, index) => {
        const ratio = label.getBoundingClientRect().height / shownLabels(plain)[index]!.getBoundingClientRect().height;
        expect(ratio, label.textContent).to.be.closeTo(2, 0.1);
      });
      expect(overlapping(shownLabels(zoomed))).to.deep.equal([]);
    });

    it('places the tooltip beside its borough in a part of the page zoomed to 200%', async () => {
      await setViewport({ width: 1280, height: 800 });
      const root = await fixture(html`<div>
        <button>Before the map</button>
        <div style="width: 600px; zoom: 2"><selca-coverage-map></selca-coverage-map></div>
      </div>`);
      const map = root.querySelector<CoverageMap>('selca-coverage-map')!;
      await map.updateComplete;
      root.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => map.shadowRoot!.querySelector('.tooltip'), 'the keyboard tooltip shows');
      await map.updateComplete;
      await new Promise(requestAnimationFrame);
      const shape = map.shadowRoot!.activeElement!.getBoundingClientRect();
      const tip = map.shadowRoot!.querySelector('.tooltip')!.getBoundingClientRect();
      expect(tip.left + tip.width / 2, 'the tooltip centred within the borough').to.be.within(shape.left, shape.right);
      const gap = tip.bottom <= shape.top ? shape.top - tip.bottom : tip.top - shape.bottom;
      expect(gap, 'just above or below the borough (0.75rem at 200%)').to.be.within(0, 40);
    });
  });

  describe('in forced colours', () => {
    before(() => executeServerCommand('selca-emulate-media', { 'forced-colors': 'active' }));
    after(() => executeServerCommand('selca-emulate-media', { 'forced-colors': 'none' }));

    it("outlines the alliance's area at 3:1 or more against the areas, thicker than any boundary, where fills are all alike", async () => {
      const map = await fixture<CoverageMap>(html`<selca-coverage-map></selca-coverage-map>`);
      const outline = getComputedStyle(map.shadowRoot!.querySelector('.alliance-outline')!);
      const inside = getComputedStyle(map.shadowRoot!.querySelector('[data-code="E09000023"]')!);
      const outside = getComputedStyle(map.shadowRoot!.querySelector('[data-code="E09000008"]')!);
      expect(inside.fill, 'fills alike').to.equal(outside.fill);
      expect(contrast(outline.stroke, inside.fill)).to.be.at.least(3);
      expect(parseFloat(outline.strokeWidth)).to.be.at.least(3 * parseFloat(outside.strokeWidth));
    });

    it('draws the focus ring in the system highlight round a dark line', async () => {
      const map = await fixture<CoverageMap>(html`<selca-coverage-map></selca-coverage-map>`);
      map.shadowRoot!.querySelector<SVGPathElement>('[data-code="E09000004"]')!.focus();
      await map.updateComplete;
      const ring = map.shadowRoot!.querySelector('.focus-ring')!;
      const [outer, inner] = ['.outer', '.inner'].map((part) => getComputedStyle(ring.querySelector(part)!));
      const canvas = getComputedStyle(map.shadowRoot!.querySelector('[data-code="E09000004"]')!).fill;
      expect(contrast(outer!.stroke, canvas)).to.be.at.least(3);
      expect(contrast(inner!.stroke, canvas)).to.be.at.least(3);
    });

    it("shows keyboard focus by the ring along the borough's shape alone, with no rectangle round it", async () => {
      const root = await fixture(html`<main><button>Before</button><selca-coverage-map></selca-coverage-map></main>`);
      const map = root.querySelector('selca-coverage-map')!;
      await map.updateComplete;
      root.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await map.updateComplete;
      const bexley = map.shadowRoot!.querySelector<SVGPathElement>('[data-code="E09000004"]')!;
      expect(bexley.matches(':focus-visible'), 'keyboard focus').to.equal(true);
      expect(getComputedStyle(bexley).outlineStyle).to.equal('none');
      const ring = map.shadowRoot!.querySelector('.focus-ring .outer')!;
      expect(ring.getAttribute('d')).to.equal(bexley.getAttribute('d'));
      expect(contrast(getComputedStyle(ring).stroke, getComputedStyle(bexley).fill)).to.be.at.least(3);
    });
  });

  it('gives no plain English to a screen reader under the pseudo-locale: every name, description and text is a word of its own', async () => {
    const data = [
      ...textsOf(selcaProfile),
      ...londonBoroughs.areas.map((area) => area.name),
      londonBoroughs.name,
      londonBoroughs.attribution,
    ];
    const shown = (template: TemplateResult) => async () => {
      const map = await fixture<CoverageMap>(template);
      await waitUntil(() => map.shadowRoot!.querySelector('table'), 'tables shown');
      map.shadowRoot!.querySelector<SVGPathElement>('[data-code="E09000004"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await map.updateComplete;
      return map;
    };
    const english = await shown(html`<selca-coverage-map show-tables style="inline-size: 60rem"></selca-coverage-map>`)();
    // The check finds the English words when they are not replaced.
    expect(plainEnglish(announced(await accessibilityTree()), data)).to.include.members(['Areas on the map', 'Sites in the alliance']);
    english.remove();
    setWords({ 'selca-coverage-map': pseudoWords(coverageMapWords) });
    try {
      await shown(html`<selca-coverage-map lang="en-XA" show-tables style="inline-size: 60rem"></selca-coverage-map>`)();
      const said = announced(await accessibilityTree());
      expect(said.join(' ')).to.contain('[');
      expect(plainEnglish(said, data)).to.deep.equal([]);
    } finally {
      clearWords();
    }
  });
});
