import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/selca-coverage-map.js';
import { mapFallback } from './support/fallback-content.js';
import { attributes } from './support/attributes.js';

interface Args {
  selected?: string;
  context: 'all' | 'none';
  showTables?: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Borough coverage map',
  component: 'selca-coverage-map',
  args: { context: 'all' },
  render: (args) => html`<selca-coverage-map ${attributes(args)}>${mapFallback}</selca-coverage-map>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The six boroughs of the alliance among the other London boroughs, nothing selected. */
export const NothingSelected: Story = {};

/** Lewisham selected: its sites and partners beside the map. */
export const BoroughSelected: Story = { args: { selected: 'E09000023' } };

/** Only the alliance's own boroughs. */
export const WithoutContext: Story = { args: { context: 'none', selected: 'E09000004' } };

/** The text equivalent shown: tables of areas and sites sharing the map's selection. */
export const TablesShown: Story = {
  args: { selected: 'E09000028', showTables: true },
};

/** A pointer resting on Greenwich: the tooltip, which can itself be hovered and is dismissed with Escape. */
export const TooltipOpen: Story = {
  play: async ({ canvasElement }) => {
    const map = canvasElement.querySelector('selca-coverage-map')!;
    await map.updateComplete;
    map.shadowRoot!.querySelector('[data-code="E09000011"]')!.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
    await map.updateComplete;
  },
};

/** Lewisham reached by keyboard: the NHS yellow focus ring round it and its tooltip, the only area ringed. */
export const KeyboardFocus: Story = {
  play: async ({ canvasElement }) => {
    const map = canvasElement.querySelector('selca-coverage-map')!;
    await map.updateComplete;
    map.shadowRoot!.querySelector<SVGPathElement>('[data-code="E09000023"]')!.focus({ focusVisible: true } as FocusOptions);
    await map.updateComplete;
  },
};
