import { html } from 'lit';
import { expect, fixture, oneEvent, sendKeys, waitUntil } from './helpers/testing.js';
import { listsSafariHides, webkitSemantics } from './helpers/screen-reader.js';
import '../src/selca-focus-areas.js';
import type { FocusAreas, FocusAreasToggleDetail } from '../src/components/focus-areas/focus-areas.js';
import { selcaProfile } from '../src/data/selca-profile.js';

const root = (areas: FocusAreas) => areas.shadowRoot!;
const details = (areas: FocusAreas) => [...root(areas).querySelectorAll<HTMLDetailsElement>('details')];
const openIds = (areas: FocusAreas) =>
  details(areas)
    .filter((d) => d.open)
    .map((d) => d.dataset.id);
const toggleAll = (areas: FocusAreas) => root(areas).querySelector<HTMLButtonElement>('.toggle-all')!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focused = (areas: FocusAreas) => root(areas).activeElement;
const KEY_IDS = selcaProfile.focusAreas.map((area) => area.id);
const ALL_IDS = [...KEY_IDS, ...selcaProfile.crossCuttingAreas.map((area) => area.id)];

async function areasOf(template = html`<selca-focus-areas></selca-focus-areas>`) {
  const wrapper = await fixture(html`<main><h1>Our work</h1><button style="min-block-size: 44px">Before</button>${template}</main>`);
  const areas = wrapper.querySelector('selca-focus-areas')!;
  await areas.updateComplete;
  return { areas, before: wrapper.querySelector('button')! };
}

/**
 * Which way the chevron of a summary points, from the two borders that draw its corner and its
 * rotation: "right", "left", "down" or "up" (or the angle, when it points in none of those).
 */
function chevronPoints(summary: Element): string {
  const style = getComputedStyle(summary, '::before');
  const sides: [string, number, number][] = [
    ['right', 1, 0],
    ['left', -1, 0],
    ['bottom', 0, 1],
    ['top', 0, -1],
  ];
  let [x, y] = [0, 0];
  for (const [side, dx, dy] of sides) {
    if (parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0 && style.getPropertyValue(`border-${side}-style`) !== 'none') {
      x += dx;
      y += dy;
    }
  }
  // Screen y runs down, so a positive angle turns clockwise, as CSS does.
  const turn = (angle: number) => {
    [x, y] = [x * Math.cos(angle) - y * Math.sin(angle), x * Math.sin(angle) + y * Math.cos(angle)];
  };
  if (style.rotate && style.rotate !== 'none') turn((parseFloat(style.rotate) * Math.PI) / 180);
  const matrix = style.transform
    .match(/^matrix\(([^)]+)\)$/)?.[1]
    ?.split(',')
    .map(Number);
  if (matrix) [x, y] = [matrix[0]! * x + matrix[2]! * y, matrix[1]! * x + matrix[3]! * y];
  const degrees = Math.round((Math.atan2(y, x) * 180) / Math.PI);
  return { 0: 'right', 90: 'down', 180: 'left', [-180]: 'left', [-90]: 'up' }[degrees] ?? `${degrees}deg`;
}

/** Waits for the state that toggle events (queued by the browser) bring. */
const settled = async (areas: FocusAreas, ids: string[]) => {
  await waitUntil(() => areas.open.join() === ids.join(), `open = ${ids.join(' ')}, got ${areas.open.join(' ')}`, { timeout: 3000 });
  await areas.updateComplete;
};

describe('<selca-focus-areas>', () => {
  describe('accessibility', () => {
    it('is accessible collapsed', async () => {
      const { areas } = await areasOf();
      await expect(areas.parentElement).to.be.accessible();
    });

    it('is accessible expanded', async () => {
      const { areas } = await areasOf(html`<selca-focus-areas open=${ALL_IDS.join(' ')}></selca-focus-areas>`);
      await expect(areas.parentElement).to.be.accessible();
    });
  });

  describe('groups', () => {
    it('puts the key and the cross-cutting areas under their own headings, at the requested level', async () => {
      const { areas } = await areasOf(html`<selca-focus-areas heading-level="3"></selca-focus-areas>`);
      const groups = [...root(areas).querySelectorAll('.group')];
      expect(groups.map((group) => text(group.querySelector('[role="heading"]')))).to.deep.equal([
        'Key focus areas',
        'Across all our work',
      ]);
      expect(groups.map((group) => group.querySelector('[role="heading"]')!.getAttribute('aria-level'))).to.deep.equal(['3', '3']);
      // Named by the heading, and not also by a label that says the heading again.
      const webkit = await webkitSemantics('selca-focus-areas', '.group');
      if (webkit) expect(webkit.map((group) => group.name)).to.deep.equal(['', '']);
      expect([...groups[0]!.querySelectorAll('summary')].map(text)).to.deep.equal(selcaProfile.focusAreas.map((area) => area.title));
      expect([...groups[1]!.querySelectorAll('summary')].map(text)).to.deep.equal(selcaProfile.crossCuttingAreas.map((area) => area.title));
    });

    it('keeps each description in its collapsed area, where find-in-page can reach it', async () => {
      const { areas } = await areasOf();
      const first = details(areas)[0]!;
      expect(first.open).to.equal(false);
      const body = first.querySelector<HTMLElement>('.body')!;
      expect(text(body)).to.equal(selcaProfile.focusAreas[0]!.summary);
      expect(body.closest('[hidden]')).to.equal(null);
      expect(getComputedStyle(body).display).not.to.equal('none');
      expect(getComputedStyle(body).visibility).not.to.equal('hidden');
    });
  });

  describe('list semantics', () => {
    it('marks each list of areas as a list, which Safari would not announce drawn without bullets', async () => {
      const { areas } = await areasOf();
      expect(root(areas).querySelectorAll('ul')).to.have.length(2);
      expect(listsSafariHides(areas)).to.deep.equal([]);
      const webkit = await webkitSemantics('selca-focus-areas', 'ul');
      if (webkit) expect(webkit.map((list) => list.role)).to.deep.equal(['list', 'list']);
    });
  });

  describe('summaries', () => {
    // VoiceOver on iOS says "expanded" and "collapsed" only for a summary the browser displays as its own.
    it('keeps the display browsers give a summary', async () => {
      const { areas } = await areasOf();
      const displays = [...root(areas).querySelectorAll('summary')].map((summary) => getComputedStyle(summary).display);
      expect(displays).to.have.length(ALL_IDS.length);
      expect([...new Set(displays)]).to.deep.equal(['list-item']);
    });

    it('points the chevron to where the text goes when closed, and down when open', async () => {
      const { areas } = await areasOf(html`<selca-focus-areas open=${KEY_IDS[1]!}></selca-focus-areas>`);
      const [closed, open] = details(areas).map((area) => area.querySelector('summary')!);
      expect([chevronPoints(closed!), chevronPoints(open!)]).to.deep.equal(['right', 'down']);
    });

    it('points the chevron the other way in right-to-left text, and down when open', async () => {
      const wrapper = await fixture(html`<main dir="rtl"><selca-focus-areas open=${KEY_IDS[1]!}></selca-focus-areas></main>`);
      const areas = wrapper.querySelector('selca-focus-areas')!;
      await areas.updateComplete;
      const [closed, open] = details(areas).map((area) => area.querySelector('summary')!);
      expect([chevronPoints(closed!), chevronPoints(open!)]).to.deep.equal(['left', 'down']);
    });
  });

  describe('keyboard', () => {
    it('opens and closes one area with Enter and Space, reflecting the state', async () => {
      const { areas, before } = await areasOf();
      before.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(text(focused(areas))).to.equal(selcaProfile.focusAreas[0]!.title);
      const opened = oneEvent(areas, 'selca-focus-areas-toggle');
      await sendKeys({ press: 'Enter' });
      expect((await opened).detail).to.deep.equal({ id: KEY_IDS[0], open: true });
      await settled(areas, [KEY_IDS[0]!]);
      expect(areas.getAttribute('open')).to.equal(KEY_IDS[0]);
      expect(details(areas)[0]!.querySelector('.body')!.getBoundingClientRect().height).to.be.above(0);
      const closed = oneEvent(areas, 'selca-focus-areas-toggle');
      await sendKeys({ press: ' ' });
      expect((await closed).detail).to.deep.equal({ id: KEY_IDS[0], open: false });
      await settled(areas, []);
      expect(areas.hasAttribute('open')).to.equal(false);
      expect(openIds(areas)).to.deep.equal([]);
    });

    it('expands and collapses all with the button, whose label follows the state', async () => {
      const { areas, before } = await areasOf();
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(areas)).to.equal(toggleAll(areas));
      expect(text(toggleAll(areas))).to.equal('Expand all focus areas');
      const events: FocusAreasToggleDetail[] = [];
      const record = (event: DocumentEventMap['selca-focus-areas-toggle']) => events.push(event.detail);
      document.addEventListener('selca-focus-areas-toggle', record);
      await sendKeys({ press: 'Enter' });
      await areas.updateComplete;
      expect(openIds(areas)).to.deep.equal(ALL_IDS);
      expect(events).to.deep.equal(ALL_IDS.map((id) => ({ id, open: true })));
      document.removeEventListener('selca-focus-areas-toggle', record);
      expect(areas.getAttribute('open')).to.equal(ALL_IDS.join(' '));
      expect(text(toggleAll(areas))).to.equal('Collapse all focus areas');
      expect(focused(areas)).to.equal(toggleAll(areas));
      await sendKeys({ press: ' ' });
      await areas.updateComplete;
      expect(openIds(areas)).to.deep.equal([]);
      expect(text(toggleAll(areas))).to.equal('Expand all focus areas');
    });

    it('says "Collapse all" once the visitor has opened every area one by one', async () => {
      const { areas } = await areasOf();
      for (const summary of root(areas).querySelectorAll('summary')) summary.click();
      await settled(areas, ALL_IDS);
      expect(text(toggleAll(areas))).to.equal('Collapse all focus areas');
    });
  });

  describe('the open attribute', () => {
    it('opens the areas it names', async () => {
      const { areas } = await areasOf(html`<selca-focus-areas open="workforce rapid-diagnostic-centres"></selca-focus-areas>`);
      expect(openIds(areas)).to.deep.equal(['rapid-diagnostic-centres', 'workforce']);
      areas.setAttribute('open', 'prevention');
      await areas.updateComplete;
      expect(openIds(areas)).to.deep.equal(['prevention']);
    });

    it('follows an area opened by the browser itself, as find-in-page does', async () => {
      const { areas } = await areasOf();
      details(areas)[3]!.open = true;
      await settled(areas, [KEY_IDS[3]!]);
      expect(areas.getAttribute('open')).to.equal(KEY_IDS[3]);
    });
  });
});
