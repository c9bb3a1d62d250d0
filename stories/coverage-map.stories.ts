import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/selca-coverage-map.js';
import { mapFallback } from './support/fallback-content.js';
import { attributes } from './support/attributes.js';
import { coverageMapWords } from '../src/components/coverage-map/words.js';
import { pseudoWords } from '../src/core/pseudo-locale.js';
import { selcaProfile } from '../src/data/selca-profile.js';
import type { AllianceProfile } from '../src/core/profile.js';

interface Args {
  selected?: string;
  context: 'all' | 'none';
  showTables?: boolean;
  profile?: AllianceProfile;
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

/**
 * On a right-to-left page (here one in Arabic): the details, tables and text lay out from the right,
 * while the map, geography, is not mirrored and its arrow keys keep their compass directions; the
 * words still in English are marked `lang="en"` for screen readers.
 */
export const RightToLeft: Story = {
  args: { selected: 'E09000023', showTables: true },
  render: (args) =>
    html`<div dir="rtl" lang="ar">
      <selca-coverage-map ${attributes(args)}>${mapFallback}</selca-coverage-map>
    </div>`,
};

/**
 * The pseudo-locale the tests use, carried by the profile as a trust's words would be: every word
 * of the map accented, 40% longer and in brackets, so a word left in English, or a layout that
 * cannot take longer words, shows at once. Borough, site and trust names are data, kept as they are.
 */
export const PseudoLocale: Story = {
  args: {
    selected: 'E09000023',
    showTables: true,
    profile: { ...selcaProfile, words: { 'selca-coverage-map': pseudoWords(coverageMapWords) } },
  },
  render: (args) => html`<selca-coverage-map ${attributes(args)} lang="en-XA" .profile=${args.profile}>${mapFallback}</selca-coverage-map>`,
};
