import { html } from 'lit';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { expect, fixture, oneEvent, sendKeys, waitUntil } from './helpers/testing.js';
import { contrast } from './helpers/theme-probe.js';
import { captureConsole } from './helpers/console.js';
import '../src/selca-coverage-map.js';
import { TIP_DELAY } from '../src/components/coverage-map/coverage-map.js';
import type { CoverageMap } from '../src/components/coverage-map/coverage-map.js';
import { retimeTimers } from './helpers/timers.js';
import { brokenWords } from './helpers/broken-words.js';
import { placeLabels } from '../src/components/coverage-map/label-placement.js';
import { setPreferences, resetPreferences } from '../src/core/preferences.js';
import { londonBoroughs } from '../src/data/london-boroughs.js';
import { useReadingFont } from '../src/components/a11y-toolbar/fonts.js';
import { selcaProfile } from '../src/data/selca-profile.js';

const LAMBETH = 'E09000022';
const SOUTHWARK = 'E09000028';
const LEWISHAM = 'E09000023';
const BEXLEY = 'E09000004';
const GREENWICH = 'E09000011';
const BROMLEY = 'E09000006';
const HAVERING = 'E09000016';
const ALLIANCE = selcaProfile.area.boroughs.map((borough) => borough.code);
/** Wide enough not to be framed (30em), beside the details too: the map offers all 33 boroughs. */
const UNFRAMED = 'inline-size: 60rem';

const options = (map: CoverageMap) => [...map.shadowRoot!.querySelectorAll<SVGPathElement>('[role="option"]')];
const option = (map: CoverageMap, code: string) => map.shadowRoot!.querySelector<SVGPathElement>(`[data-code="${code}"]`)!;
const focused = (map: CoverageMap) => (map.shadowRoot!.activeElement as SVGPathElement | null)?.dataset.code;
const details = (map: CoverageMap) => map.shadowRoot!.querySelector('.details')!.textContent.replace(/\s+/g, ' ').trim();
const ring = (map: CoverageMap) => map.shadowRoot!.querySelector<SVGGElement>('.focus-ring');
const tipText = (map: CoverageMap) => map.shadowRoot!.querySelector('.tooltip')?.textContent.replace(/\s+/g, ' ').trim();
const centre = (element: Element): [number, number] => {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
};
/** The area drawn at a point of the page, found from the shapes themselves, not from what is on top. */
const areaAt = (map: CoverageMap, [x, y]: [number, number]) => {
  const drawing = map.shadowRoot!.querySelector('svg')!;
  const point = new DOMPoint(x, y).matrixTransform(drawing.getScreenCTM()!.inverse());
  return options(map).find((path) => path.isPointInFill(point))?.dataset.code;
};

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
      const { map } = await mapWithButton(html`<selca-coverage-map style=${UNFRAMED}></selca-coverage-map>`);
      const listbox = map.shadowRoot!.querySelector('svg')!;
      expect(listbox.getAttribute('role')).to.equal('listbox');
      expect(listbox.getAttribute('aria-label')).to.equal('Map of south east London: London boroughs');
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
      const { map, before } = await mapWithButton(html`<selca-coverage-map style=${UNFRAMED}></selca-coverage-map>`);
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

    it('closes the tooltip with the first Escape, clears the selection with the second, and lets the third through to the page, focus staying put', async function () {
      // Twelve real key presses, which WebKit's driver sends slowly.
      this.timeout(30000);
      const { map, before } = await mapWithButton();
      const said = () => map.shadowRoot!.querySelector('.announcement')!.textContent.trim();
      before.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'g' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'ArrowDown' });
      await map.updateComplete;
      expect([map.selected, focused(map), tipText(map)]).to.deep.equal([GREENWICH, BROMLEY, 'Bromley 1 site Select for details']);
      expect(said()).to.equal('Greenwich selected. Its details follow the map.');
      const seen: boolean[] = [];
      const listener = (event: KeyboardEvent) => event.key === 'Escape' && seen.push(event.defaultPrevented);
      document.addEventListener('keydown', listener);
      try {
        await sendKeys({ press: 'Escape' });
        await map.updateComplete;
        expect([tipText(map), map.selected, focused(map), said()], 'first: the tooltip alone').to.deep.equal([
          undefined,
          GREENWICH,
          BROMLEY,
          'Greenwich selected. Its details follow the map.',
        ]);
        await sendKeys({ press: 'Escape' });
        await map.updateComplete;
        expect([tipText(map), map.selected, focused(map)], 'second: the selection').to.deep.equal([undefined, null, BROMLEY]);
        await waitUntil(() => said() === 'Selection cleared.', 'said');
        await sendKeys({ press: 'Escape' });
        expect(seen, "kept by the map twice, then the page's").to.deep.equal([true, true, false]);
        // With nothing selected, the tooltip of the next area reached takes one Escape, and the next is the page's.
        await sendKeys({ press: 'ArrowUp' });
        await map.updateComplete;
        expect(tipText(map)).to.equal('Greenwich 2 sites Select for details');
        await sendKeys({ press: 'Escape' });
        await map.updateComplete;
        expect(tipText(map)).to.equal(undefined);
        await sendKeys({ press: 'Escape' });
        expect(seen).to.deep.equal([true, true, false, true, false]);
      } finally {
        document.removeEventListener('keydown', listener);
      }
    });

    it("lands on the first of the alliance's own areas when nothing is selected", async () => {
      const { map, before } = await mapWithButton();
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(map)).to.equal(BEXLEY);
    });

    it('goes from Bromley east to Bexley, which borders it, not across the Thames', async () => {
      const { map, before } = await mapWithButton(html`<selca-coverage-map selected="E09000006"></selca-coverage-map>`);
      before.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowRight' });
      await map.updateComplete;
      expect(focused(map)).to.equal(BEXLEY);
    });

    it('says "no area further" again each time the key is pressed again', async () => {
      const { map } = await mapWithButton(html`<selca-coverage-map style=${UNFRAMED} selected="E09000016"></selca-coverage-map>`);
      const region = map.shadowRoot!.querySelector('.announcement')!;
      const said: string[] = [];
      const observer = new MutationObserver((records) =>
        records.forEach((record) => record.addedNodes.forEach((node) => said.push(node.textContent?.trim() ?? ''))),
      );
      observer.observe(region, { childList: true, subtree: true, characterData: true });
      try {
        option(map, 'E09000016').focus();
        for (let press = 0; press < 3; press++) {
          await sendKeys({ press: 'ArrowRight' });
          await map.updateComplete;
        }
        await new Promise((done) => setTimeout(done));
        expect(said.filter((text) => text === 'No area further east of Havering.')).to.have.length(3);
      } finally {
        observer.disconnect();
      }
    });

    it('does not move past the edge of the map', async () => {
      const { map } = await mapWithButton(html`<selca-coverage-map style=${UNFRAMED} selected="E09000016"></selca-coverage-map>`);
      option(map, 'E09000016').focus();
      await sendKeys({ press: 'ArrowRight' });
      await map.updateComplete;
      expect(focused(map)).to.equal('E09000016');
      expect(map.shadowRoot!.querySelector('.announcement')!.textContent).to.equal('No area further east of Havering.');
    });
  });

  describe('focus ring', () => {
    it('is not drawn until an area has keyboard focus, and goes when focus leaves', async () => {
      const { map, before } = await mapWithButton();
      expect(ring(map), 'on load').to.equal(null);
      before.focus();
      await sendKeys({ press: 'Tab' });
      await map.updateComplete;
      expect(ring(map)!.querySelector('path')!.getAttribute('d')).to.equal(option(map, BEXLEY).getAttribute('d'));
      const outer = getComputedStyle(ring(map)!.querySelector('.outer')!);
      const inner = getComputedStyle(ring(map)!.querySelector('.inner')!);
      expect([outer.stroke, inner.stroke]).to.deep.equal(['rgb(255, 235, 59)', 'rgb(33, 43, 50)']);
      await sendKeys({ press: 'ArrowDown' });
      await map.updateComplete;
      expect(ring(map)!.querySelector('path')!.getAttribute('d')).to.equal(option(map, 'E09000006').getAttribute('d'));
      await sendKeys({ press: 'Tab' });
      await map.updateComplete;
      expect(ring(map), 'after focus left').to.equal(null);
    });

    it('is not what shows a selection, nor a click', async () => {
      const { map } = await mapWithButton(html`<selca-coverage-map selected=${LEWISHAM}></selca-coverage-map>`);
      expect(ring(map), 'selected, not focused').to.equal(null);
      expect(getComputedStyle(option(map, LEWISHAM)).fill).to.equal('rgb(0, 94, 184)');
      try {
        await sendMouse({ type: 'click', position: centre(map.shadowRoot!.querySelector(`text[data-label="${BEXLEY}"]`)!) });
        await map.updateComplete;
        expect([map.selected, ring(map)]).to.deep.equal([BEXLEY, null]);
      } finally {
        await resetMouse();
      }
    });
  });

  describe("the alliance's area", () => {
    afterEach(() => resetPreferences());

    for (const theme of ['default', 'dark', 'contrast-dark', 'contrast-light', 'cream'] as const) {
      it(`is outlined as a whole, at 3:1 or more against every area, in the ${theme} theme`, async () => {
        setPreferences({ theme });
        const { map } = await mapWithButton();
        const outline = map.shadowRoot!.querySelector<SVGPathElement>('.alliance-outline')!;
        const style = getComputedStyle(outline);
        const inside = getComputedStyle(option(map, LEWISHAM)).fill;
        const outside = getComputedStyle(option(map, 'E09000008')).fill;
        expect(contrast(style.stroke, inside), 'against the alliance').to.be.at.least(3);
        expect(contrast(style.stroke, outside), 'against its neighbours').to.be.at.least(3);
        // A line three times a boundary's width: a shape, not only a colour.
        expect(parseFloat(style.strokeWidth)).to.be.at.least(3 * parseFloat(getComputedStyle(option(map, 'E09000008')).strokeWidth));
        expect(style.vectorEffect).to.equal('non-scaling-stroke');
      });
    }

    for (const theme of ['default', 'dark', 'contrast-dark', 'contrast-light', 'cream'] as const) {
      it(`draws the boundaries between areas at 3:1 or more against the areas either side, in the ${theme} theme`, async () => {
        setPreferences({ theme });
        const { map } = await mapWithButton();
        // Lambeth and Southwark, both the alliance's; Westminster and Kensington and Chelsea, both outside it.
        for (const code of [LEWISHAM, 'E09000022', 'E09000028', 'E09000033', 'E09000020']) {
          const area = getComputedStyle(option(map, code));
          const fills = [getComputedStyle(option(map, LEWISHAM)).fill, getComputedStyle(option(map, 'E09000008')).fill];
          for (const fill of fills) expect(contrast(area.stroke, fill), `${code} against ${fill}`).to.be.at.least(3);
        }
      });
    }

    it('is outlined along its outer edge only, not between its own areas', async () => {
      const { map } = await mapWithButton();
      const outline = map.shadowRoot!.querySelector<SVGPathElement>('.alliance-outline')!;
      const drawing = map.shadowRoot!.querySelector('svg')!;
      const at = (x: number, y: number) => Object.assign(drawing.createSVGPoint(), { x, y });
      // The alliance's label points lie well inside it, away from the outline.
      for (const code of [LAMBETH, SOUTHWARK, LEWISHAM, BEXLEY]) {
        const [x, y] = londonBoroughs.areas.find((area) => area.code === code)!.label;
        expect(outline.isPointInStroke(at(x, y)), code).to.equal(false);
      }
      expect(outline.getTotalLength()).to.be.greaterThan(500);
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

    it('shows the area under a mouse, and is dismissed with Escape', async () => {
      const { map } = await mapWithButton();
      hover(option(map, 'E09000011'), 'pointerenter');
      await map.updateComplete;
      expect(tip(map)!.textContent.replace(/\s+/g, ' ').trim()).to.equal('Greenwich 2 sites Select for details');
      const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
      document.body.dispatchEvent(escape);
      await map.updateComplete;
      expect(tip(map), 'dismissed').to.equal(null);
    });

    it('shows the same for an area reached by keyboard, outside the alliance too', async () => {
      const { map, before } = await mapWithButton();
      before.focus();
      await sendKeys({ press: 'Tab' });
      await map.updateComplete;
      expect(tipText(map)).to.equal('Bexley 1 site Select for details');
      const [tipBox, areaBox] = [tip(map)!.getBoundingClientRect(), option(map, BEXLEY).getBoundingClientRect()];
      expect(tipBox.bottom <= areaBox.top || tipBox.top >= areaBox.bottom, 'the tooltip leaves the focused area in view').to.equal(true);
      await sendKeys({ press: 'End' });
      await map.updateComplete;
      expect(tipText(map)).to.equal('Westminster Outside the alliance Select for details');
      await sendKeys({ press: 'Escape' });
      await map.updateComplete;
      expect(tipText(map), 'dismissed').to.equal(undefined);
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'Tab' });
      await map.updateComplete;
      expect(tipText(map), 'after focus left').to.equal(undefined);
    });

    it("keeps clear of the selected area and its name, beside its own area: Bromley's, reached from Greenwich selected, 1280 px wide", async () => {
      const { map, before } = await mapWithButton(html`<div style="inline-size: 1280px"><selca-coverage-map></selca-coverage-map></div>`);
      before.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'g' });
      await sendKeys({ press: 'Enter' });
      await map.updateComplete;
      expect(tipText(map), 'on the area selected').to.equal('Greenwich 2 sites Selected. Its details follow the map.');
      await sendKeys({ press: 'ArrowDown' });
      await map.updateComplete;
      expect(tipText(map)).to.match(/^Bromley .* Select for details$/);
      const covers = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const box = tip(map)!.getBoundingClientRect();
      const name = map.shadowRoot!.querySelector(`text[data-label="${GREENWICH}"]`)!;
      expect(name.getAttribute('visibility'), "Greenwich's name shown").to.equal(null);
      expect(covers(box, name.getBoundingClientRect()), "over Greenwich's name").to.equal(false);
      expect(covers(box, option(map, GREENWICH).getBoundingClientRect()), "over Greenwich's box").to.equal(false);
      const own = option(map, BROMLEY).getBoundingClientRect();
      expect(box.bottom <= own.top || box.top >= own.bottom, 'clear of Bromley too').to.equal(true);
      expect(box.left < own.right && own.left < box.right, 'beside Bromley').to.equal(true);
    });

    it('stays while a real mouse moves from its area onto it across other areas, goes once it leaves, and selects its area when clicked', async () => {
      const { map, before } = await mapWithButton();
      try {
        const from = centre(map.shadowRoot!.querySelector(`text[data-label="${LEWISHAM}"]`)!);
        await sendMouse({ type: 'move', position: from });
        await waitUntil(() => tipText(map)?.startsWith('Lewisham'), 'tooltip shown');
        await map.updateComplete;
        const to = centre(tip(map)!);
        const path = [...Array(13).keys()].map((step): [number, number] => [
          Math.round(from[0] + ((to[0] - from[0]) * step) / 12),
          Math.round(from[1] + ((to[1] - from[1]) * step) / 12),
        ]);
        const crossed = path.map((point) => areaAt(map, point)).filter((code) => code && code !== LEWISHAM);
        expect(crossed, 'other areas on the way and under the tooltip').not.to.deep.equal([]);
        // A visitor crosses each area in well under the switching delay; a loaded test machine may not.
        const restore = retimeTimers(TIP_DELAY, 10 * TIP_DELAY);
        try {
          for (const point of path) await sendMouse({ type: 'move', position: point });
        } finally {
          restore();
        }
        await wait(500);
        await map.updateComplete;
        expect(tipText(map)).to.equal('Lewisham 1 site Select for details');
        await sendMouse({ type: 'click', position: to });
        await map.updateComplete;
        expect(map.selected).to.equal(LEWISHAM);
        await sendMouse({ type: 'move', position: centre(before) });
        await wait(500);
        await map.updateComplete;
        expect(tip(map), 'gone once the pointer left').to.equal(null);
      } finally {
        await resetMouse();
      }
    });

    it('follows a real mouse that stays on another area, and a click there selects that area', async () => {
      const { map } = await mapWithButton();
      try {
        await sendMouse({ type: 'move', position: centre(map.shadowRoot!.querySelector(`text[data-label="${LEWISHAM}"]`)!) });
        await waitUntil(() => tipText(map)?.startsWith('Lewisham'), 'tooltip shown');
        const bexley = centre(map.shadowRoot!.querySelector(`text[data-label="${BEXLEY}"]`)!);
        await sendMouse({ type: 'move', position: bexley });
        await waitUntil(() => tipText(map)?.startsWith('Bexley'), 'the tooltip of the area under the pointer');
        await sendMouse({ type: 'click', position: bexley });
        await map.updateComplete;
        expect(map.selected).to.equal(BEXLEY);
      } finally {
        await resetMouse();
      }
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

    it('name each trust once for a site: a service of the trust that runs it does not repeat its name', async () => {
      const repeats: string[] = [];
      let checked = 0;
      for (const code of ALLIANCE) {
        const { map } = await mapWithButton(html`<selca-coverage-map selected=${code}></selca-coverage-map>`);
        const siteItems = [...map.shadowRoot!.querySelectorAll('.details > ul > li')].filter((item) => item.querySelector('ul'));
        checked += siteItems.length;
        repeats.push(
          ...siteItems.flatMap((item) =>
            selcaProfile.organisations.filter((org) => item.textContent.split(org.name).length > 2).map((org) => `${code}: ${org.name}`),
          ),
        );
      }
      expect(checked, 'sites with services').to.be.greaterThan(0);
      expect(repeats).to.deep.equal([]);
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

    it('are each a named region and a Tab stop only while they scroll sideways, so the keyboard can scroll them', async () => {
      const { map } = await mapWithButton(html`<selca-coverage-map show-tables style=${UNFRAMED}></selca-coverage-map>`);
      await waitUntil(() => map.shadowRoot!.querySelector('table'), 'tables shown');
      const regions = [...map.shadowRoot!.querySelectorAll<HTMLElement>('.table-wrap')];
      const roles = () => regions.map((region) => [region.getAttribute('role'), region.getAttribute('aria-labelledby')]);
      await waitUntil(() => regions.every((region) => !region.hasAttribute('tabindex')), 'no Tab stop while the tables fit');
      // The caption names the table; a region round a table that fits would only say it again.
      expect(roles()).to.deep.equal([
        [null, null],
        [null, null],
      ]);
      map.shadowRoot!.querySelector('summary')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(map.shadowRoot!.activeElement?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Show Barking and Dagenham on map');
      // Cells wrap and long words break, so only content that cannot (a wide figure, a long code) makes a table wider.
      for (const table of map.shadowRoot!.querySelectorAll('table')) table.style.minInlineSize = '80rem';
      await waitUntil(() => regions.every((region) => region.tabIndex === 0), 'a Tab stop each while the tables scroll');
      expect(roles()).to.deep.equal([
        ['region', 'areas-caption'],
        ['region', 'sites-caption'],
      ]);
      map.shadowRoot!.querySelector('summary')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(map.shadowRoot!.activeElement).to.equal(regions[0]);
    });

    it("list every area the map offers, saying which are the alliance's, with captions and header scopes", async () => {
      const { map } = await mapWithButton(html`<selca-coverage-map show-tables style=${UNFRAMED}></selca-coverage-map>`);
      const areaRows = [...rows(map, 'Areas on the map')];
      expect(areaRows.map((row) => row.querySelector('th[scope="row"]')!.textContent.trim())).to.deep.equal(
        options(map).map((o) => o.getAttribute('aria-label')!.replace(', outside the alliance', '')),
      );
      expect(
        areaRows
          .filter((row) => !row.cells[2]!.textContent.includes('Outside the alliance'))
          .map((row) => row.cells[0]!.textContent.trim()),
      ).to.deep.equal(['Bexley', 'Bromley', 'Greenwich', 'Lambeth', 'Lewisham', 'Southwark']);
    });

    it('head each site row with the site name alone, who runs it and what is provided in a cell of its own', async () => {
      const { map } = await mapWithButton(html`<selca-coverage-map show-tables></selca-coverage-map>`);
      const sidcup = [...rows(map, 'Sites')].find((row) => row.textContent.includes("Queen Mary's Hospital"))!;
      expect(sidcup.querySelector('th[scope="row"]')!.textContent.trim()).to.equal("Queen Mary's Hospital");
      expect(sidcup.cells[1]!.textContent.replace(/\s+/g, ' ')).to.contain('Run by Oxleas NHS Foundation Trust.');
      expect(map.shadowRoot!.querySelectorAll('th[scope="col"]').length).to.be.greaterThan(4);
    });

    it('share the selection with the map: "Show on map" selects, moves focus, and marks the row', async () => {
      const { map } = await mapWithButton(html`<selca-coverage-map show-tables></selca-coverage-map>`);
      const lambethRow = [...rows(map, 'Areas on the map')].find((row) => row.textContent.includes('Lambeth'))!;
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
      expect(bexleySites.map((row) => row.querySelector('th')!.textContent.trim())).to.deep.equal(["Queen Mary's Hospital"]);
    });

    it('are accessible when shown', async () => {
      const { root } = await mapWithButton(html`<selca-coverage-map show-tables selected=${SOUTHWARK}></selca-coverage-map>`);
      await expect(root).to.be.accessible();
    });

    it('name each trust once in a site row: neither the site nor a service of the trust that runs it repeats its name', async () => {
      const { map } = await mapWithButton(html`<selca-coverage-map show-tables></selca-coverage-map>`);
      const siteRows = [...rows(map, 'Sites')];
      expect(siteRows).to.have.length(selcaProfile.organisations.flatMap((org) => org.sites ?? []).length);
      const repeats = siteRows.flatMap((row) =>
        selcaProfile.organisations
          .filter((org) => row.textContent.split(org.name).length > 2)
          .map((org) => `${row.cells[0]!.textContent.trim()}: ${org.name}`),
      );
      expect(repeats).to.deep.equal([]);
    });

    describe('in a 320 px widget', () => {
      afterEach(() => {
        resetPreferences();
        useReadingFont('site');
        document.documentElement.style.removeProperty('font-size');
      });

      for (const combined of [false, true]) {
        it(`break no word at 320 px, and scroll sideways only with the largest settings, inside a named region that is a Tab stop${combined ? ', with 200% text, OpenDyslexic and wide spacing' : ''}`, async () => {
          if (combined) {
            document.documentElement.style.fontSize = '200%';
            useReadingFont('dyslexic');
            setPreferences({ font: 'dyslexic', spacing: 'wide' });
            await Promise.all(['400', '700'].map((weight) => document.fonts.load(`${weight} 16px "OpenDyslexic"`)));
          }
          const { map } = await mapWithButton(html`<selca-coverage-map show-tables style="inline-size: 320px"></selca-coverage-map>`);
          await map.updateComplete;
          const regions = [...map.shadowRoot!.querySelectorAll<HTMLElement>('.table-wrap')];
          expect(regions).to.have.length(2);
          // Codes, names and "Show on map" read whole, as the audit found them broken ("E0900/0004", "Sh/ow").
          for (const table of map.shadowRoot!.querySelectorAll('table')) {
            expect(brokenWords(table), table.caption!.textContent).to.deep.equal([]);
          }
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          // At the default text size both fit whole; only with the largest settings may one scroll.
          if (!combined) expect(regions.map((region) => region.scrollWidth - region.clientWidth)).to.deep.equal([0, 0]);
          for (const region of regions) {
            if (region.scrollWidth <= region.clientWidth) continue;
            expect([region.getAttribute('role'), region.tabIndex], 'a table wider than the widget').to.deep.equal(['region', 0]);
          }
          expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(document.documentElement.clientWidth);
        });
      }
    });
  });

  describe('framed narrowly, 320 px wide', () => {
    const NARROW = 'inline-size: 320px';
    const offered = (map: CoverageMap) => options(map).filter((path) => !path.hasAttribute('aria-hidden'));
    /** The areas whose box is at least half inside the part of the map drawn, from the drawing itself. */
    const mostlyInFrame = async (map: CoverageMap) => {
      const drawing = map.shadowRoot!.querySelector('svg')!;
      await waitUntil(() => drawing.viewBox.baseVal.width < londonBoroughs.width, 'the map is framed');
      const frame = drawing.viewBox.baseVal;
      const overlap = (start: number, size: number, from: number, room: number) =>
        Math.max(0, Math.min(start + size, from + room) - Math.max(start, from));
      return options(map)
        .filter((path) => {
          const box = path.getBBox();
          return (
            overlap(box.x, box.width, frame.x, frame.width) * overlap(box.y, box.height, frame.y, frame.height) >=
            (box.width * box.height) / 2
          );
        })
        .map((path) => path.dataset.code!);
    };

    it('offers, and moves by every key to, only areas mostly inside the frame; the tables list the same', async function () {
      this.timeout(180_000);
      const { map, before } = await mapWithButton(html`<selca-coverage-map show-tables style=${NARROW}></selca-coverage-map>`);
      const inFrame = await mostlyInFrame(map);
      expect(inFrame).to.include.members(ALLIANCE);
      expect(inFrame.length, 'some areas cropped out').to.be.below(londonBoroughs.areas.length);
      expect(offered(map).map((path) => path.dataset.code)).to.deep.equal(inFrame);
      for (const path of options(map).filter((path) => !inFrame.includes(path.dataset.code!))) {
        expect([path.getAttribute('aria-hidden'), path.hasAttribute('tabindex'), getComputedStyle(path).pointerEvents]).to.deep.equal([
          'true',
          false,
          'none',
        ]);
      }
      const landed = new Set<string | undefined>();
      const press = async (key: string) => {
        await sendKeys({ press: key });
        await map.updateComplete;
        landed.add(focused(map));
      };
      before.focus();
      await press('Tab');
      const directions = { ArrowUp: 'north', ArrowRight: 'east', ArrowDown: 'south', ArrowLeft: 'west' };
      for (const code of inFrame) {
        for (const [key, direction] of Object.entries(directions)) {
          option(map, code).focus();
          await press(key);
          // A key that leads out of the frame says so.
          if (focused(map) === code) {
            expect(map.shadowRoot!.querySelector('.announcement')!.textContent.trim(), `${key} from ${code}`).to.equal(
              `No area further ${direction} of ${option(map, code).getAttribute('aria-label')!.replace(', outside the alliance', '')}.`,
            );
          }
        }
      }
      const initials = new Set(londonBoroughs.areas.map((area) => area.name[0]!.toLowerCase()));
      for (const key of ['Home', 'End', ...initials]) await press(key);
      expect([...landed].filter((code) => !inFrame.includes(code!))).to.deep.equal([]);
      const areaRows = [...map.shadowRoot!.querySelectorAll('table')].find(
        (table) => table.caption?.textContent.trim() === 'Areas on the map',
      )!;
      expect([...areaRows.querySelectorAll('tbody th')].map((cell) => cell.textContent.trim())).to.deep.equal(
        offered(map).map((path) => londonBoroughs.areas.find((area) => area.code === path.dataset.code)!.name),
      );
    });

    it('frames and unframes the map with its tables open as the widget narrows and widens, with no error', async () => {
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      try {
        const { map } = await mapWithButton(html`<selca-coverage-map show-tables style=${UNFRAMED}></selca-coverage-map>`);
        const areaRows = () => map.shadowRoot!.querySelectorAll('table')[0]!.tBodies[0]!.rows.length;
        await waitUntil(() => areaRows() === londonBoroughs.areas.length, 'every area listed');
        map.style.setProperty('inline-size', '320px');
        await waitUntil(() => areaRows() < londonBoroughs.areas.length, 'framed');
        map.style.setProperty('inline-size', '60rem');
        await waitUntil(() => areaRows() === londonBoroughs.areas.length, 'unframed');
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        // Rows that change with the frame inside a ResizeObserver callback give "ResizeObserver loop completed…".
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
      }
    });

    it('keeps a selection written in the page of an area cropped out: its details show, and Tab lands inside the frame', async () => {
      const { root, map, before } = await mapWithButton(
        html`<selca-coverage-map selected=${HAVERING} style=${NARROW}></selca-coverage-map>`,
      );
      expect(await mostlyInFrame(map)).not.to.include(HAVERING);
      await map.updateComplete;
      expect(map.selected).to.equal(HAVERING);
      expect(details(map)).to.contain('Havering Area code E09000016, outside the alliance.');
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(map)).to.equal(BEXLEY);
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
        const drawing = map.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
        for (const label of shownLabels(map)) {
          const box = label.getBoundingClientRect();
          expect(box.left, label.textContent).to.be.at.least(drawing.left - 1);
          expect(box.top, label.textContent).to.be.at.least(drawing.top - 1);
          expect(box.right, label.textContent).to.be.at.most(drawing.right + 1);
          expect(box.bottom, label.textContent).to.be.at.most(drawing.bottom + 1);
        }
      });
    }

    for (const scale of [1, 1.5]) {
      it(`are at least the small text size (0.875em) in CSS pixels at ${scale * 100}% text, not in map units`, async () => {
        const map = await atTextScale(scale, html`<selca-coverage-map></selca-coverage-map>`);
        const small = 0.875 * parseFloat(getComputedStyle(map).fontSize);
        expect(small).to.be.at.least(14 * scale - 0.01);
        for (const label of shownLabels(map)) {
          const drawn = parseFloat(getComputedStyle(label).fontSize) * label.getScreenCTM()!.a;
          expect(drawn, label.textContent).to.be.closeTo(small, 0.1);
        }
      });
    }

    it('do not overlap at 150% text in the OpenDyslexic reading font', async () => {
      useReadingFont('dyslexic', '/src/cdn/fonts/');
      setPreferences({ font: 'dyslexic' });
      try {
        const map = await atTextScale(1.5, html`<selca-coverage-map highlight=${ALL}></selca-coverage-map>`);
        await waitUntil(() => document.fonts.check(`700 21px OpenDyslexic`) && document.fonts.status === 'loaded', 'OpenDyslexic loaded', {
          timeout: 5000,
        });
        for (let frame = 0; frame < 4; frame++) await new Promise(requestAnimationFrame);
        expect(getComputedStyle(shownLabels(map)[0]!).fontFamily).to.contain('OpenDyslexic');
        expect(shownLabels(map).length).to.be.above(5);
        expect(overlapping(shownLabels(map))).to.deep.equal([]);
      } finally {
        useReadingFont('site');
      }
    });

    it('move or hide some labels when they would collide, and rearrange when the text grows', async () => {
      const map = await atTextScale(1, html`<selca-coverage-map highlight=${ALL}></selca-coverage-map>`);
      const shownAtFirst = shownLabels(map).filter((label) => label.dataset.label).length;
      document.documentElement.style.setProperty('--selca-text-scale', '2');
      setPreferences({ textScale: 2 });
      await map.updateComplete;
      const labels = [...map.shadowRoot!.querySelectorAll<SVGTextElement>('text.label')];
      expect(labels.some((label) => label.hasAttribute('dy') || label.getAttribute('visibility') === 'hidden')).to.equal(true);
      expect(shownLabels(map).filter((label) => label.dataset.label).length, 'names shown').to.be.below(shownAtFirst);
      expect(overlapping(shownLabels(map))).to.deep.equal([]);
    });

    it('always show the selected borough, by its name or its number', async () => {
      const map = await atTextScale(2, html`<selca-coverage-map highlight=${ALL}></selca-coverage-map>`);
      const unnamed = [...map.shadowRoot!.querySelectorAll<SVGTextElement>('text.label[data-label][visibility="hidden"]')];
      expect(unnamed.length, 'areas whose name does not fit').to.be.above(0);
      // One with neither name nor number, where there is one.
      const name = unnamed.find((label) => label.nextElementSibling!.getAttribute('visibility') === 'hidden') ?? unnamed[0]!;
      map.selected = name.dataset.label!;
      while (!(await map.updateComplete));
      expect(shownLabels(map).filter((label) => label === name || label === name.nextElementSibling)).to.have.length(1);
      expect(overlapping(shownLabels(map))).to.deep.equal([]);
    });

    describe('in every text setting of the toolbar', () => {
      /** An area's name on the map, or its number, which the drawing puts straight after its name. */
      const codeOf = (label: SVGTextElement) => label.dataset.label ?? (label.previousElementSibling as SVGTextElement).dataset.label!;
      const nameOf = (code: string | undefined) => londonBoroughs.areas.find((area) => area.code === code)?.name ?? 'no area';
      /** Each shown name or number whose centre is off its own area, with the area it is on. */
      const misplaced = (map: CoverageMap) => {
        const toUnits = map.shadowRoot!.querySelector('svg')!.getScreenCTM()!.inverse();
        const middle = (label: SVGTextElement) => {
          const box = label.getBoundingClientRect();
          return new DOMPoint(box.x + box.width / 2, box.y + box.height / 2).matrixTransform(toUnits);
        };
        return shownLabels(map)
          .filter((label) => !option(map, codeOf(label)).isPointInFill(middle(label)))
          .map((label) => `${label.textContent} (${nameOf(codeOf(label))}) on ${nameOf(areaAt(map, centre(label)))}`);
      };
      /** The key's entries as its list numbers them: "3 Greenwich". */
      const keyEntries = (map: CoverageMap) =>
        [...map.shadowRoot!.querySelectorAll<HTMLLIElement>('[part="key"] li')].map((item) => `${item.value} ${item.textContent.trim()}`);
      /** The alliance boroughs with neither their name nor a number that the key gives their name. */
      const unnamed = (map: CoverageMap) =>
        ALLIANCE.filter((code) => {
          const shown = shownLabels(map).filter((label) => codeOf(label) === code);
          if (shown.some((label) => label.dataset.label)) return false;
          return !shown.some((number) => keyEntries(map).includes(`${number.textContent} ${nameOf(code)}`));
        }).map(nameOf);
      afterEach(() => useReadingFont('site'));

      const setting = (width: number, scale: number, spacing: string, font: string) =>
        `${width} px wide, ${scale * 100}% text, ${spacing} spacing, ${font === 'site' ? "the site's font" : 'OpenDyslexic'}`;
      async function mapIn(width: number, scale: number, spacing: 'default' | 'wide', font: 'site' | 'dyslexic') {
        if (font === 'dyslexic') {
          useReadingFont('dyslexic');
          await Promise.all(['400', '700'].map((weight) => document.fonts.load(`${weight} 16px "OpenDyslexic"`)));
        }
        setPreferences({ font, spacing });
        const map = await atTextScale(scale, html`<selca-coverage-map style=${`inline-size: ${width}px`}></selca-coverage-map>`);
        for (let frame = 0; frame < 3; frame++) await new Promise(requestAnimationFrame);
        await map.updateComplete;
        return map;
      }

      for (const width of [320, 1280]) {
        for (const scale of [1, 1.5, 2]) {
          for (const spacing of ['default', 'wide'] as const) {
            for (const font of ['site', 'dyslexic'] as const) {
              it(`name or number every alliance borough on its own area, none overlapping, with any or no selection, ${setting(width, scale, spacing, font)}`, async () => {
                const map = await mapIn(width, scale, spacing, font);
                // The selected area's name is drawn first and bold: it must not take the only spot of another's name or number.
                for (const selected of [null, ...ALLIANCE]) {
                  map.selected = selected;
                  while (!(await map.updateComplete));
                  const when = selected ? `${nameOf(selected)} selected` : 'nothing selected';
                  expect(unnamed(map), `${when}: with no name nor number in the key`).to.deep.equal([]);
                  expect(misplaced(map), when).to.deep.equal([]);
                  expect(overlapping(shownLabels(map)), when).to.deep.equal([]);
                  const codes = shownLabels(map).map(codeOf);
                  expect(
                    codes.filter((code, index) => codes.indexOf(code) !== index).map(nameOf),
                    `${when}: named and numbered`,
                  ).to.deep.equal([]);
                  const numbers = shownLabels(map).filter((label) => !label.dataset.label);
                  expect(keyEntries(map), `${when}: one key entry per number`).to.have.length(numbers.length);
                }
              });
            }
          }
        }
      }

      // The auditor found Southwark named on the City of London here; it fits on its own area.
      for (const [width, scale, spacing, font] of [[1280, 2, 'wide', 'site']] as const) {
        it(`name all six alliance boroughs ${setting(width, scale, spacing, font)}`, async () => {
          const map = await mapIn(width, scale, spacing, font);
          expect(ALLIANCE.filter((code) => !shownLabels(map).some((label) => label.dataset.label === code))).to.deep.equal([]);
          expect(misplaced(map)).to.deep.equal([]);
        });
      }

      it('show the key only while a name does not fit: it goes, with the numbers, once the map is wide and the text back to 100%', async () => {
        const map = await mapIn(320, 2, 'default', 'site');
        expect(keyEntries(map), 'at 320 px with 200% text').not.to.deep.equal([]);
        map.style.setProperty('inline-size', '1280px');
        document.documentElement.style.setProperty('--selca-text-scale', '1');
        setPreferences({ textScale: 1 });
        for (let frame = 0; frame < 3; frame++) await new Promise(requestAnimationFrame);
        await map.updateComplete;
        expect(map.shadowRoot!.querySelector('[part="key"]')).to.equal(null);
        expect(shownLabels(map).map((label) => label.dataset.label)).to.have.members(ALLIANCE);
      });
    });

    describe('placeLabels', () => {
      const everywhere = () => true;
      const box = (x: number, y: number, onArea: (x: number, y: number) => boolean = everywhere) => ({
        x,
        y,
        width: 40,
        height: 10,
        onArea,
      });
      const frame = { x: 0, y: 0, width: 300, height: 100 };
      it('keeps a label on its point when it is free', () => {
        expect(placeLabels([box(50, 50), box(200, 50)], frame)).to.deep.equal([
          { dx: 0, dy: 0, visible: true, marker: false },
          { dx: 0, dy: 0, visible: true, marker: false },
        ]);
      });
      it('moves a colliding label a line up, then a line down, then hides it when no other spot on its area is free', () => {
        const area = (x: number, y: number) => Math.abs(x - 50) < 10 && Math.abs(y - 50) <= 10;
        expect(placeLabels([box(50, 50, area), box(50, 50, area), box(50, 50, area), box(50, 50, area)], frame)).to.deep.equal([
          { dx: 0, dy: 0, visible: true, marker: false },
          { dx: 0, dy: -10, visible: true, marker: false },
          { dx: 0, dy: 10, visible: true, marker: false },
          { dx: 0, dy: 0, visible: false, marker: false },
        ]);
      });
      it('moves a label only to a spot whose centre is on its own area', () => {
        expect(placeLabels([box(50, 50), box(50, 50, (x) => x >= 90)], frame)).to.deep.equal([
          { dx: 0, dy: 0, visible: true, marker: false },
          { dx: 40, dy: 0, visible: true, marker: false },
        ]);
      });
      it("shows a label's number where the label has no free spot on its area, and hides it where its number has none either", () => {
        const area = (x: number, y: number) => Math.abs(x - 80) < 1 && Math.abs(y - 50) < 1;
        const numbered = { ...box(80, 50, area), marker: { x: 80, y: 50, width: 10, height: 10 } };
        expect(placeLabels([box(50, 50), numbered, numbered], frame)).to.deep.equal([
          { dx: 0, dy: 0, visible: true, marker: false },
          { dx: 0, dy: 0, visible: true, marker: true },
          { dx: 0, dy: 0, visible: false, marker: false },
        ]);
      });
      it('moves the first label, or shows its number, rather than leave another area with neither name nor number', () => {
        const point = (x: number, y: number) => Math.abs(x - 50) < 0.1 && Math.abs(y - 50) < 0.1;
        const onlyNumbered = { ...box(50, 50, point), marker: { x: 50, y: 50, width: 10, height: 10 } };
        expect(placeLabels([box(50, 50), onlyNumbered], frame), 'the first label moves up').to.deep.equal([
          { dx: 0, dy: -10, visible: true, marker: false },
          { dx: 0, dy: 0, visible: true, marker: true },
        ]);
        const narrow = (x: number, y: number) => Math.abs(x - 50) <= 12 && Math.abs(y - 50) <= 1;
        const first = { ...box(50, 50, narrow), marker: { x: 50, y: 50, width: 10, height: 10 } };
        expect(placeLabels([first, onlyNumbered], frame), 'no room to move: the first label shows its number').to.deep.equal([
          { dx: -10, dy: 0, visible: true, marker: true },
          { dx: 0, dy: 0, visible: true, marker: true },
        ]);
      });
      it('keeps labels inside the map', () => {
        expect(placeLabels([box(5, 2)], frame)).to.deep.equal([{ dx: 15, dy: 3, visible: true, marker: false }]);
      });
    });
  });

  describe('data', () => {
    it('shows a message, and no map, when the profile cannot be used', async () => {
      const console = captureConsole();
      try {
        const { map } = await mapWithButton(html`<selca-coverage-map .profile=${{ broken: true }}></selca-coverage-map>`);
        expect(map.shadowRoot!.querySelector('.selca-notice')!.textContent).to.equal('Sorry, we cannot show the map at the moment.');
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
