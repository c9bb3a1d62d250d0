import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/selca-goals-panel.js';
import { goalsFallback } from './support/fallback-content.js';
import { attributes } from './support/attributes.js';
import type { AllianceProfile } from '../src/core/profile.js';
import { ILLUSTRATIVE_NOTICE, illustrativeProfile } from './support/illustrative-measures.js';
import { goalsPanelWords } from '../src/components/goals-panel/words.js';
import { pseudoWords } from '../src/core/pseudo-locale.js';

interface Args {
  layout: 'cards' | 'list' | 'rows';
  profile?: AllianceProfile;
}

const meta: Meta<Args> = {
  title: 'Widgets/Goals panel',
  component: 'selca-goals-panel',
  args: { layout: 'cards' },
  render: (args) => html`<selca-goals-panel ${attributes(args)}>${goalsFallback}</selca-goals-panel>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The five goals as cards, with the principles beneath: the default profile, no measures. */
export const Cards: Story = {};

/** One goal under another, icon beside the text. */
export const List: Story = { args: { layout: 'list' } };

/** Compact rows, for a sidebar or a page that mentions the goals in passing. */
export const Rows: Story = { args: { layout: 'rows' } };

/** Measures come in a profile: an object here, a JSON file (`src`) in the snippet to copy. */
const withMeasures = (args: Args) =>
  html`<p><strong>${ILLUSTRATIVE_NOTICE}</strong></p>
    <selca-goals-panel ${attributes(args)} .profile=${args.profile}>${goalsFallback}</selca-goals-panel>`;

/** Goals with measures (invented figures, said so on screen): words first, and a bar against the target. */
export const WithMeasures: Story = { args: { profile: illustrativeProfile }, render: withMeasures };

/** Measures in the list layout. */
export const ListWithMeasures: Story = { args: { layout: 'list', profile: illustrativeProfile }, render: withMeasures };

/** Measures in compact rows. */
export const RowsWithMeasures: Story = { args: { layout: 'rows', profile: illustrativeProfile }, render: withMeasures };

/**
 * On a right-to-left page (here one in Arabic): the layout mirrors, each chart grows from the
 * right, and the words still in English are marked `lang="en"` for screen readers.
 */
export const RightToLeft: Story = {
  args: { layout: 'rows', profile: illustrativeProfile },
  render: (args) =>
    html`<div dir="rtl" lang="ar">
      <p lang="en"><strong>${ILLUSTRATIVE_NOTICE}</strong></p>
      <selca-goals-panel ${attributes(args)} .profile=${args.profile}>${goalsFallback}</selca-goals-panel>
    </div>`,
};

/**
 * The pseudo-locale the tests use, carried by the profile as a trust's words would be: every word
 * of the panel accented, 40% longer and in brackets, so a word left in English, or a layout that
 * cannot take longer words, shows at once.
 */
export const PseudoLocale: Story = {
  args: { profile: { ...illustrativeProfile, words: { 'selca-goals-panel': pseudoWords(goalsPanelWords) } } },
  render: (args) =>
    html`<p><strong>${ILLUSTRATIVE_NOTICE}</strong></p>
      <selca-goals-panel ${attributes(args)} lang="en-XA" .profile=${args.profile}>${goalsFallback}</selca-goals-panel>`,
};
