import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/selca-focus-areas.js';
import { selcaProfile } from '../src/data/selca-profile.js';
import { focusAreasFallback } from './support/fallback-content.js';
import { attributes } from './support/attributes.js';

interface Args {
  open: string[];
}

const meta: Meta<Args> = {
  title: 'Widgets/Focus areas',
  component: 'selca-focus-areas',
  args: { open: [] },
  render: (args) => html`<selca-focus-areas ${attributes(args)}>${focusAreasFallback}</selca-focus-areas>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every area collapsed: the titles only, and "Expand all". */
export const Collapsed: Story = {};

/** One area open, as after a visitor selects it or a link opens it with `open="…"`. */
export const OneOpen: Story = { args: { open: ['rapid-diagnostic-centres'] } };

/** Every area open: the button now says "Collapse all". */
export const Expanded: Story = {
  args: { open: [...selcaProfile.focusAreas, ...selcaProfile.crossCuttingAreas].map((area) => area.id) },
};

/** On a right-to-left page: each chevron on the right, pointing left while closed and down when open. */
export const RightToLeft: Story = {
  args: { open: ['rapid-diagnostic-centres'] },
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};
