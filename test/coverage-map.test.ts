import { html } from 'lit';
import { expect, fixture, oneEvent, sendKeys } from './helpers/testing.js';
import { captureConsole } from './helpers/console.js';
import '../src/selca-coverage-map.js';
import type { CoverageMap } from '../src/components/coverage-map/coverage-map.js';
import { placeLabels } from '../src/components/coverage-map/label-placement.js';
import { setPreferences, resetPreferences } from '../src/core/preferences.js';
import { londonBoroughs } from '../src/data/london-boroughs.js';

const LAMBETH = 'E09000022';
const SOUTHWARK = 'E09000028';
const LEWISHAM = 'E09000023';
const BEXLEY = 'E09000004';

const options = (map: CoverageMap) => [...map.shadowRoot!.querySelectorAll<SVGPathElement>('[role="option"]')];
const option = (map: CoverageMap, code: string) => map.shadowRoot!.querySelector<SVGPathElement>(`[data-code="${code}"]`)!;
const focused = (map: CoverageMap) => (map.shadowRoot!.activeElement as SVGPathElement | null)?.dataset.code;
const details = (map: CoverageMap) => map.shadowRoot!.querySelector('.details')!.textContent.replace(/\s+/g, ' ').trim();

async function mapWithButton(template = html`<selca-coverage-map></selca-coverage-map>`) {
  const root = await fixture(html`<main><button>Before</button>${template}</main>`);
  const map = root.querySelector('selca-coverage-map')!;
  await map.updateComplete;
  return { root, map, before: root.querySelector('button')! };
}

describe('<selca-coverage-map>', () => {
  describe('accessibility', () => {
    it('is accessible with nothing selected', async () => {
      const { root } = await mapWithButton();
      await expect(root).to.be.accessible();
    });

    it('is accessible with a borough selected', async () => {
      const { root } = await mapWithButton(html`<selca-coverage-map selected=${LEWISHAM}></selca-coverage-map>`);
      await expect(root).to.be.accessible();
    });

    it('is one listbox named as a map, with one option per borough', async () => {
      const { map } = await mapWithButton();
      const listbox = map.shadowRoot!.querySelector('svg')!;
      expect(listbox.getAttribute('role')).to.equal('listbox');
      expect(listbox.getAttribute('aria-label')).to.equal('Map of South east London: London boroughs');
      expect(options(map)).to.have.length(33);
      expect(option(map, BEXLEY).getAttribute('aria-label')).to.equal('Bexley');
      expect(option(map, 'E09000001').getAttribute('aria-label')).to.equal('City of London, outside the alliance');
    });

    it('shows only the alliance boroughs with context="none"', async () => {
      const { map } = await mapWithButton(html`<selca-coverage-map context="none"></selca-coverage-map>`);
      expect(options(map).map((o) => o.getAttribute('aria-label'))).to.deep.equal([
        'Bexley',
        'Bromley',
        'Greenwich',
        'Lambeth',
        'Lewisham',
        'Southwark',
      ]);
    });
  });

  describe('keyboard', () => {
    it('is one Tab stop that lands on the selected borough', async () => {
      const { map, before } = await mapWithButton(html`<selca-coverage-map selected=${LAMBETH}></selca-coverage-map>`);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(map)).to.equal(LAMBETH);
      expect(options(map).filter((o) => o.getAttribute('tabindex') === '0')).to.have.length(1);
    });

    it('moves to the geographic neighbour with the arrow keys, and selects with Enter', async () => {
      const { map, before } = await mapWithButton(html`<selca-coverage-map selected=${LAMBETH}></selca-coverage-map>`);
      before.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowRight' });
      await map.updateComplete;
      expect(focused(map)).to.equal(SOUTHWARK);
      await sendKeys({ press: 'ArrowDown' });
      await map.updateComplete;
      expect(focused(map)).to.equal(LEWISHAM);
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const event = await oneEvent<HTMLElementEventMap['selca-area-select']>(map, 'selca-area-select');
      expect(event.detail).to.deep.equal({ code: LEWISHAM, name: 'Lewisham' });
      expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
      await map.updateComplete;
      expect(map.getAttribute('selected')).to.equal(LEWISHAM);
      expect(option(map, LEWISHAM).getAttribute('aria-selected')).to.equal('true');
      expect(details(map)).to.contain('Lewisham');
      expect(map.shadowRoot!.querySelector('.announcement')!.textContent).to.contain('Lewisham selected');
    });

    it('goes to the first and last borough with Home and End, and by initial with a letter', async () => {
      const { map, before } = await mapWithButton();
      before.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'End' });
      await map.updateComplete;
      expect(option(map, 'E09000033').matches(':focus')).to.equal(true);
      await sendKeys({ press: 'Home' });
      await map.updateComplete;
      expect(focused(map)).to.equal('E09000002');
      await sendKeys({ press: 'l' });
      await map.updateComplete;
      expect(focused(map)).to.equal(LAMBETH);
      await sendKeys({ press: 'l' });
      await map.updateComplete;
      expect(focused(map)).to.equal(LEWISHAM);
    });

    it('clears the selection with Escape, then lets Escape through to the page', async () => {
      const { map } = await mapWithButton(html`<selca-coverage-map selected=${LEWISHAM}></selca-coverage-map>`);
      option(map, LEWISHAM).focus();
      const seen: boolean[] = [];
      const listener = (event: KeyboardEvent) => seen.push(event.defaultPrevented);
      document.addEventListener('keydown', listener);
      try {
        await sendKeys({ press: 'Escape' });
        await map.updateComplete;
        expect(map.selected).to.equal(null);
        await sendKeys({ press: 'Escape' });
        expect(seen).to.deep.equal([true, false]);
      } finally {
        document.removeEventListener('keydown', listener);
      }
    });

    it('does not move past the edge of the map', async () => {
      const { map } = await mapWithButton(html`<selca-coverage-map selected="E09000016"></selca-coverage-map>`);
      option(map, 'E09000016').focus();
      await sendKeys({ press: 'ArrowRight' });
      await map.updateComplete;
      expect(focused(map)).to.equal('E09000016');
      expect(map.shadowRoot!.querySelector('.announcement')!.textContent).to.equal('No area further east of Havering.');
    });
  });

  describe('pointer', () => {
    it('selects a borough on click', async () => {
      const { map } = await mapWithButton();
      setTimeout(() => option(map, BEXLEY).dispatchEvent(new MouseEvent('click', { bubbles: true })));
      const event = await oneEvent<HTMLElementEventMap['selca-area-select']>(map, 'selca-area-select');
      expect(event.detail?.code).to.equal(BEXLEY);
    });
  });

  describe('tooltip', () => {
    const tip = (map: CoverageMap) => map.shadowRoot!.querySelector<HTMLElement>('.tooltip');
    const hover = (target: Element, type: 'pointerenter' | 'pointerleave', pointerType = 'mouse') =>
      target.dispatchEvent(new PointerEvent(type, { pointerType }));
    const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

    it('shows the area under a mouse, stays while the pointer moves onto it, and is dismissed with Escape', async () => {
      const { map } = await mapWithButton();
      hover(option(map, 'E09000011'), 'pointerenter');
      await map.updateComplete;
      expect(tip(map)!.textContent.replace(/\s+/g, ' ').trim()).to.equal('Greenwich 2 sites Select for details');
      hover(option(map, 'E09000011'), 'pointerleave');
      hover(tip(map)!, 'pointerenter');
      await wait(400);
      await map.updateComplete;
      expect(tip(map)?.isConnected, 'hoverable').to.equal(true);
      const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
      document.body.dispatchEvent(escape);
      await map.updateComplete;
      expect(tip(map), 'dismissed').to.equal(null);
    });

    it('stays dismissed while the pointer is still over that area, and comes back once it has left', async () => {
      const { map } = await mapWithButton();
      hover(option(map, 'E09000011'), 'pointerenter');
      await map.updateComplete;
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
      await map.updateComplete;
      // The tooltip went from under the pointer, so the area beneath is entered again.
      hover(option(map, 'E09000011'), 'pointerenter');
      await map.updateComplete;
      expect(tip(map), 'still dismissed').to.equal(null);
      hover(option(map, 'E09000011'), 'pointerleave');
      hover(option(map, 'E09000011'), 'pointerenter');
      await map.updateComplete;
      expect(tip(map)?.textContent).to.contain('Greenwich');
    });

    it('stays until the pointer leaves, and then goes', async () => {
      const { map } = await mapWithButton();
      hover(option(map, BEXLEY), 'pointerenter');
      await wait(500);
      await map.updateComplete;
      expect(tip(map)?.isConnected, 'persistent').to.equal(true);
      hover(option(map, BEXLEY), 'pointerleave');
      await wait(400);
      await map.updateComplete;
      expect(tip(map)).to.equal(null);
    });

    it('is closed by the first Escape in the map, before the selection is cleared', async () => {
      const { map } = await mapWithButton(html`<selca-coverage-map selected=${LEWISHAM}></selca-coverage-map>`);
      option(map, LEWISHAM).focus();
      hover(option(map, LEWISHAM), 'pointerenter');
      await map.updateComplete;
      await sendKeys({ press: 'Escape' });
      await map.updateComplete;
      expect([tip(map), map.selected]).to.deep.equal([null, LEWISHAM]);
      await sendKeys({ press: 'Escape' });
      await map.updateComplete;
      expect(map.selected).to.equal(null);
    });

    it('leaves touch to selection, with no tooltip', async () => {
      const { map } = await mapWithButton();
      hover(option(map, BEXLEY), 'pointerenter', 'touch');
      await map.updateComplete;
      expect(tip(map)).to.equal(null);
    });
  });

  describe('details', () => {
    it("names each site's operator apart from the trusts that provide services there", async () => {
      const { map } = await mapWithButton(html`<selca-coverage-map selected=${BEXLEY}></selca-coverage-map>`);
      const text = details(map);
      expect(text).to.contain("Queen Mary's Hospital, run by Oxleas NHS Foundation Trust");
      expect(text).to.contain("Guy's and St Thomas' NHS Foundation Trust: Guy's Cancer at Queen Mary's");
      expect(text).to.contain('London Borough of Bexley');
      expect(text).to.contain('Area code E09000004');
    });

    it('says what to do when nothing is selected', async () => {
      const { map } = await mapWithButton();
      expect(details(map)).to.contain('Select an area on the map');
    });
  });

  describe('tables', () => {
    const rows = (map: CoverageMap, caption: string) =>
      [...map.shadowRoot!.querySelectorAll('table')]
        .find((table) => table.caption?.textContent?.trim() === caption)!
        .querySelectorAll<HTMLTableRowElement>('tbody tr');

    it('are one control away, and open by default with show-tables', async () => {
      const { map } = await mapWithButton();
      const details = map.shadowRoot!.querySelector('details')!;
      expect(details.open).to.equal(false);
      details.querySelector('summary')!.click();
      await oneEvent(details, 'toggle');
      await map.updateComplete;
      expect(map.hasAttribute('show-tables')).to.equal(true);
      const shown = await mapWithButton(html`<selca-coverage-map show-tables></selca-coverage-map>`);
      expect(shown.map.shadowRoot!.querySelector('details')!.open).to.equal(true);
    });

    it('list the areas with captions and header scopes, and the sites with who runs them', async () => {
      const { map } = await mapWithButton(html`<selca-coverage-map show-tables></selca-coverage-map>`);
      expect([...rows(map, 'Areas covered by SELCA')].map((row) => row.querySelector('th[scope="row"]')!.textContent.trim())).to.deep.equal(
        ['Bexley', 'Bromley', 'Greenwich', 'Lambeth', 'Lewisham', 'Southwark'],
      );
      const sidcup = [...rows(map, 'Sites')].find((row) => row.textContent.includes("Queen Mary's Hospital"))!;
      expect(sidcup.textContent.replace(/\s+/g, ' ')).to.contain('Run by Oxleas NHS Foundation Trust.');
      expect(map.shadowRoot!.querySelectorAll('th[scope="col"]').length).to.be.greaterThan(4);
    });

    it('share the selection with the map: "Show on map" selects, moves focus, and marks the row', async () => {
      const { map } = await mapWithButton(html`<selca-coverage-map show-tables></selca-coverage-map>`);
      const lambethRow = [...rows(map, 'Areas covered by SELCA')].find((row) => row.textContent.includes('Lambeth'))!;
      setTimeout(() => lambethRow.querySelector('button')!.click());
      const event = await oneEvent<HTMLElementEventMap['selca-area-select']>(map, 'selca-area-select');
      expect(event.detail?.code).to.equal(LAMBETH);
      await map.updateComplete;
      expect(lambethRow.getAttribute('aria-current')).to.equal('true');
      expect(focused(map)).to.equal(LAMBETH);
      option(map, BEXLEY).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await map.updateComplete;
      expect(lambethRow.getAttribute('aria-current')).to.equal('false');
      const bexleySites = [...rows(map, 'Sites')].filter((row) => row.getAttribute('aria-current') === 'true');
      expect(bexleySites.map((row) => row.querySelector('th')!.textContent.trim().split('\n')[0])).to.deep.equal(["Queen Mary's Hospital"]);
    });

    it('are accessible when shown', async () => {
      const { root } = await mapWithButton(html`<selca-coverage-map show-tables selected=${SOUTHWARK}></selca-coverage-map>`);
      await expect(root).to.be.accessible();
    });
  });

  describe('the selected attribute', () => {
    it('ignores an unknown code with one warning', async () => {
      const console = captureConsole();
      try {
        const { map } = await mapWithButton(html`<selca-coverage-map selected=${LEWISHAM}></selca-coverage-map>`);
        map.selected = 'E09999999';
        await map.updateComplete;
        map.selected = 'E09999999';
        await map.updateComplete;
        expect(map.selected).to.equal(LEWISHAM);
        expect(console.warn.filter((w) => w.includes('E09999999'))).to.have.length(1);
      } finally {
        console.restore();
      }
    });

    it('keeps a selection written in the page on a map of the alliance only', async () => {
      const console = captureConsole();
      try {
        const { map } = await mapWithButton(html`<selca-coverage-map context="none" selected=${LEWISHAM}></selca-coverage-map>`);
        expect(map.selected).to.equal(LEWISHAM);
        expect(option(map, LEWISHAM).getAttribute('aria-selected')).to.equal('true');
        expect(console.warn.filter((w) => w.includes(LEWISHAM))).to.deep.equal([]);
      } finally {
        console.restore();
      }
    });

    it('follows changes made by the page', async () => {
      const { map } = await mapWithButton();
      map.setAttribute('selected', SOUTHWARK);
      await map.updateComplete;
      expect(option(map, SOUTHWARK).getAttribute('aria-selected')).to.equal('true');
      expect(details(map)).to.contain('Southwark');
    });
  });

  describe('labels', () => {
    const ALL = londonBoroughs.areas.map((area) => area.code).join(' ');
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
    async function atTextScale(scale: number, template: ReturnType<typeof html>) {
      document.documentElement.style.setProperty('--selca-text-scale', String(scale));
      setPreferences({ textScale: scale });
      const map = await fixture<CoverageMap>(template);
      await map.updateComplete;
      return map;
    }
    afterEach(() => {
      document.documentElement.style.removeProperty('--selca-text-scale');
      resetPreferences();
    });

    for (const scale of [1, 1.5, 2]) {
      it(`do not overlap at ${scale * 100}% text with every borough labelled`, async () => {
        const map = await atTextScale(scale, html`<selca-coverage-map highlight=${ALL}></selca-coverage-map>`);
        expect(overlapping(shownLabels(map))).to.deep.equal([]);
        for (const label of shownLabels(map)) {
          const box = label.getBBox();
          const [dx, dy] = [Number(label.getAttribute('dx') ?? 0), Number(label.getAttribute('dy') ?? 0)];
          expect(box.x + dx, label.textContent).to.be.at.least(-1);
          expect(box.x + dx + box.width, label.textContent).to.be.at.most(londonBoroughs.width + 1);
          expect(box.y + dy, label.textContent).to.be.at.least(-1);
        }
      });
    }

    it('move or hide some labels when they would collide, and rearrange when the text grows', async () => {
      const map = await atTextScale(1, html`<selca-coverage-map highlight=${ALL}></selca-coverage-map>`);
      const shownAtFirst = shownLabels(map).length;
      document.documentElement.style.setProperty('--selca-text-scale', '2');
      setPreferences({ textScale: 2 });
      await map.updateComplete;
      const labels = [...map.shadowRoot!.querySelectorAll<SVGTextElement>('text.label')];
      expect(labels.some((label) => label.hasAttribute('dy') || label.getAttribute('visibility') === 'hidden')).to.equal(true);
      expect(shownLabels(map).length).to.be.below(shownAtFirst);
      expect(overlapping(shownLabels(map))).to.deep.equal([]);
    });

    it('show all six alliance boroughs at 200% text', async () => {
      const map = await atTextScale(2, html`<selca-coverage-map></selca-coverage-map>`);
      expect(shownLabels(map).map((label) => label.textContent)).to.have.members([
        'Bexley',
        'Bromley',
        'Greenwich',
        'Lambeth',
        'Lewisham',
        'Southwark',
      ]);
      expect(overlapping(shownLabels(map))).to.deep.equal([]);
    });

    it('always show the selected borough', async () => {
      const map = await atTextScale(2, html`<selca-coverage-map highlight=${ALL}></selca-coverage-map>`);
      const hidden = [...map.shadowRoot!.querySelectorAll<SVGTextElement>('text.label[visibility="hidden"]')];
      expect(hidden.length).to.be.above(0);
      const code = hidden[0]!.dataset.label!;
      map.selected = code;
      await map.updateComplete;
      expect(map.shadowRoot!.querySelector(`text.label[data-label="${code}"]`)!.getAttribute('visibility')).to.equal(null);
      expect(overlapping(shownLabels(map))).to.deep.equal([]);
    });

    describe('placeLabels', () => {
      const box = (x: number, y: number) => ({ x, y, width: 40, height: 10 });
      it('keeps a label on its point when it is free', () => {
        expect(placeLabels([box(50, 50), box(200, 50)], 300, 100)).to.deep.equal([
          { dx: 0, dy: 0, visible: true },
          { dx: 0, dy: 0, visible: true },
        ]);
      });
      it('moves a colliding label a line up, then a line down, then hides it', () => {
        expect(placeLabels([box(50, 50), box(55, 50), box(60, 50), box(52, 50)], 300, 100)).to.deep.equal([
          { dx: 0, dy: 0, visible: true },
          { dx: 0, dy: -10, visible: true },
          { dx: 0, dy: 10, visible: true },
          { dx: 0, dy: 0, visible: false },
        ]);
      });
      it('keeps labels inside the map', () => {
        expect(placeLabels([box(5, 2)], 300, 100)).to.deep.equal([{ dx: 15, dy: 3, visible: true }]);
      });
    });
  });

  describe('data', () => {
    it('shows a message, and no map, when the profile cannot be used', async () => {
      const console = captureConsole();
      try {
        const { map } = await mapWithButton(html`<selca-coverage-map .profile=${{ broken: true }}></selca-coverage-map>`);
        expect(map.shadowRoot!.querySelector('.selca-notice')!.textContent).to.contain('not available');
        expect(map.shadowRoot!.querySelector('svg')).to.equal(null);
      } finally {
        console.restore();
      }
    });

    it('highlights the codes it is given', async () => {
      const { map } = await mapWithButton(html`<selca-coverage-map highlight="E09000001, E09000033"></selca-coverage-map>`);
      expect(
        options(map)
          .filter((o) => o.classList.contains('in-alliance'))
          .map((o) => o.dataset.code),
      ).to.deep.equal(['E09000001', 'E09000033']);
    });
  });
});
