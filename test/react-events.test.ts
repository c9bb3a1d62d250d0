// What React 19 does with the props the generated JSX types offer (dist/types/react.d.ts), with
// the real react-dom: an `on` prop listens for the event named by the rest of the prop as written.
import { expect, fixture, nextFrame, sendKeys } from './helpers/testing.js';
import { html } from 'lit';
import { createElement, createRoot, flushSync } from './helpers/react.js';
import type { Root } from './helpers/react.js';
import '../src/selca-coverage-map.js';
import type { CoverageMap } from '../src/components/coverage-map/coverage-map.js';

const LAMBETH = 'E09000022';
const SOUTHWARK = 'E09000028';

let root: Root | undefined;

/** Renders a React tree beside a button to Tab from; returns the map React created. */
async function renderWithReact(props: Record<string, unknown>) {
  const page = await fixture<HTMLElement>(html`<main><button>Before</button><div></div></main>`);
  root = createRoot(page.querySelector('div')!);
  flushSync(() => root!.render(createElement('selca-coverage-map', props)));
  const map = page.querySelector<CoverageMap>('selca-coverage-map')!;
  await map.updateComplete;
  return { map, before: page.querySelector('button')! };
}

/** Selects the next borough east of Lambeth as a keyboard user would. */
async function selectSouthwark(map: CoverageMap, before: HTMLElement) {
  before.focus();
  await sendKeys({ press: 'Tab' });
  await sendKeys({ press: 'ArrowRight' });
  await sendKeys({ press: 'Enter' });
  await map.updateComplete;
  await nextFrame();
}

describe('React 19 with the generated JSX types', () => {
  afterEach(() => {
    root?.unmount();
    root = undefined;
  });

  describe('event props', () => {
    it('calls onselca-area-select, the prop the types offer, with the selected area', async () => {
      const received: unknown[] = [];
      const { map, before } = await renderWithReact({
        selected: LAMBETH,
        'onselca-area-select': (event: CustomEvent) => received.push(event.detail),
      });
      await selectSouthwark(map, before);
      expect(map.selected).to.equal(SOUTHWARK);
      expect(received).to.deep.equal([{ code: SOUTHWARK, name: 'Southwark' }]);
    });

    it('never calls onSelcaAreaSelect, which the types reject: React listens for "SelcaAreaSelect"', async () => {
      const received: unknown[] = [];
      const { map, before } = await renderWithReact({
        selected: LAMBETH,
        onSelcaAreaSelect: (event: CustomEvent) => received.push(event.detail),
      });
      await selectSouthwark(map, before);
      expect(map.selected).to.equal(SOUTHWARK);
      expect(received).to.deep.equal([]);
    });
  });

  describe('attributes and properties', () => {
    it('sets a property for a prop the element has (highlight) and an attribute for a hyphenated one (show-tables)', async () => {
      const { map } = await renderWithReact({ highlight: [LAMBETH], 'show-tables': true });
      expect(map.highlight).to.deep.equal([LAMBETH]);
      expect(map.showTables).to.equal(true);
      expect(map.hasAttribute('show-tables')).to.equal(true);
    });
  });
});
