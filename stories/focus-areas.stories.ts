import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/selca-focus-areas.js';
import { selcaProfile } from '../src/data/selca-profile.js';
import type { AllianceProfile } from '../src/core/profile.js';
import { focusAreasWords } from '../src/components/focus-areas/words.js';
import { pseudoWords } from '../src/core/pseudo-locale.js';
import { focusAreasFallback } from './support/fallback-content.js';
import { attributes } from './support/attributes.js';

interface Args {
  open: string[];
  profile?: AllianceProfile;
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

/**
 * On a right-to-left page (here one in Arabic): each chevron on the right, pointing left while
 * closed and down when open, and the words still in English marked `lang="en"` for screen readers.
 */
export const RightToLeft: Story = {
  args: { open: ['rapid-diagnostic-centres'] },
  decorators: [(story) => html`<div dir="rtl" lang="ar">${story()}</div>`],
};

/**
 * The pseudo-locale the tests use, carried by the profile as a trust's words would be: every word
 * accented, 40% longer and in brackets, so a word left in English, or a layout that cannot take
 * longer words, shows at once.
 */
export const PseudoLocale: Story = {
  args: {
    open: ['rapid-diagnostic-centres'],
    profile: { ...selcaProfile, words: { 'selca-focus-areas': pseudoWords(focusAreasWords) } },
  },
  render: (args) =>
    html`<selca-focus-areas ${attributes(args)} lang="en-XA" .profile=${args.profile}>${focusAreasFallback}</selca-focus-areas>`,
};
