import { html } from 'lit';
import type { LitElement } from 'lit';
import { expect, fixture } from './helpers/testing.js';
import { resetToolbarState } from './helpers/toolbar.js';
import '../src/selca-a11y-toolbar.js';
import '../src/selca-coverage-map.js';
import '../src/selca-focus-areas.js';
import '../src/selca-partner-list.js';
import { preferenceStore } from '../src/components/a11y-toolbar/preference-store.js';

/** What makes a button look like the NHS secondary button, and its size at the visitor's text size. */
const LOOK = [
  'min-block-size',
  'padding-block-start',
  'padding-block-end',
  'padding-inline-start',
  'padding-inline-end',
  'border-block-start-width',
  'border-block-start-style',
  'border-block-start-color',
  'border-inline-start-width',
  'border-inline-start-style',
  'border-inline-start-color',
  'border-start-start-radius',
  'border-end-end-radius',
  'background-color',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'cursor',
];

const look = (button: Element) => {
  const style = getComputedStyle(button);
  return Object.fromEntries(LOOK.map((property) => [property, style.getPropertyValue(property)]));
};

const shadowButton = (host: LitElement, selector: string) => {
  const button = host.shadowRoot!.querySelector(selector);
  if (!button) throw new Error(`<${host.localName}> has no ${selector}`);
  return button;
};

/** Every widget with a button of its own, the toolbar's panel open and the map's tables shown. */
async function everyWidget() {
  const page = await fixture(html`<div>
    <selca-a11y-toolbar open></selca-a11y-toolbar>
    <selca-partner-list query="orthodontics"></selca-partner-list>
    <selca-focus-areas></selca-focus-areas>
    <selca-coverage-map show-tables selected="E09000023"></selca-coverage-map>
  </div>`);
  const widgets = [...page.children] as LitElement[];
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  const [toolbar, partnerList, focusAreas, map] = widgets as [LitElement, LitElement, LitElement, LitElement];
  return {
    toolbar,
    /** The reference: a partner list's "Clear search and filters". */
    shared: () => shadowButton(partnerList, 'button.clear'),
    toggle: () => shadowButton(toolbar, '.toggle'),
    /** Buttons that look exactly like the reference. */
    same: () => ({
      'toolbar switch, off': shadowButton(toolbar, '[aria-pressed="false"]'),
      'toolbar reset': shadowButton(toolbar, '.reset'),
      'toolbar close': shadowButton(toolbar, '.close'),
      'focus areas toggle-all': shadowButton(focusAreas, '.toggle-all'),
    }),
    /** The map's table buttons keep less room at their sides, so the table fits a 320px screen. */
    inTable: () => shadowButton(map, 'td .selca-button'),
  };
}

type Page = Awaited<ReturnType<typeof everyWidget>>;

const withoutInlinePadding = ({ 'padding-inline-start': _start, 'padding-inline-end': _end, ...rest }: Record<string, string>) => rest;

/** Every button on the page looks like the reference; the toolbar's toggle, drawn expanded, once closed. */
async function expectOneLook(page: Page): Promise<void> {
  const expected = look(page.shared());
  for (const [name, button] of Object.entries(page.same())) expect(look(button), name).to.deep.equal(expected);
  expect(withoutInlinePadding(look(page.inTable())), 'map table button').to.deep.equal(withoutInlinePadding(expected));
  page.toolbar.removeAttribute('open');
  await page.toolbar.updateComplete;
  expect(look(page.toggle()), 'toolbar toggle').to.deep.equal(expected);
}

describe('one button style', () => {
  afterEach(() => resetToolbarState());

  describe('in the default state', () => {
    it("the toolbar's, its panel's and every widget's buttons look like the shared button", async () => {
      await expectOneLook(await everyWidget());
    });

    it('is the NHS secondary button, with a target of at least 44px', async () => {
      const button = (await everyWidget()).shared();
      const style = getComputedStyle(button);
      expect([style.fontWeight, style.borderTopWidth, style.borderTopStyle]).to.deep.equal(['600', '2px', 'solid']);
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
    });
  });

  describe("at 200% text, from the toolbar's text size", () => {
    it('every button still looks like the shared button', async () => {
      const page = await everyWidget();
      preferenceStore().choose({ textScale: 2 });
      await page.toolbar.updateComplete;
      await expectOneLook(page);
    });

    it('grows with the text, room around the words included', async () => {
      const page = await everyWidget();
      const before = look(page.shared());
      preferenceStore().choose({ textScale: 2 });
      await page.toolbar.updateComplete;
      const after = look(page.shared());
      for (const property of ['font-size', 'padding-block-start', 'padding-inline-start']) {
        expect(parseFloat(after[property]!), property).to.equal(parseFloat(before[property]!) * 2);
      }
    });
  });
});
