import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { mapFallback, partnersFallback } from './support/fallback-content.js';
import { attributes } from './support/attributes.js';
import '../src/selca-partner-list.js';
import '../src/selca-coverage-map.js';
import type { AllianceProfile } from '../src/core/profile.js';
import { selcaProfile } from '../src/data/selca-profile.js';
import { partnerListWords } from '../src/components/partner-list/words.js';
import { pseudoWords } from '../src/core/pseudo-locale.js';

interface Args {
  layout: 'list' | 'grid';
  type?: string;
  borough?: string;
  query?: string;
  forMap?: string;
  profile?: AllianceProfile;
}

const meta: Meta<Args> = {
  title: 'Widgets/Partner list',
  component: 'selca-partner-list',
  args: { layout: 'list' },
  render: (args) => html`<selca-partner-list ${attributes(args)}>${partnersFallback}</selca-partner-list>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every partner in the default profile, grouped by type, as a list. */
export const List: Story = {};

/** The same partners as cards, in as many columns as fit. */
export const Grid: Story = { args: { layout: 'grid' } };

/** Filtered to the councils, as a web team might preselect for a local-government page. */
export const Filtered: Story = { args: { type: 'local-authority' } };

/** A search that matches nothing: the message and the button that clears every filter. */
export const NothingMatches: Story = { args: { query: 'orthodontics' } };

/** A visitor typing in the search box; the count is announced once they pause. */
export const Searching: Story = {
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('selca-partner-list')!;
    await list.updateComplete;
    const input = list.shadowRoot!.querySelector('input')!;
    input.value = 'hospital';
    input.dispatchEvent(new Event('input'));
    await list.updateComplete;
  },
};

/** Following a coverage map: selecting Lewisham on the map shows the partners serving Lewisham. */
export const WithTheMap: Story = {
  args: { forMap: 'partners-map', layout: 'grid' },
  render: (args) => html`<selca-coverage-map id="partners-map" context="none" selected="E09000023">${mapFallback}</selca-coverage-map>
    <selca-partner-list ${attributes(args)}>${partnersFallback}</selca-partner-list>`,
};

const illustrative: AllianceProfile = {
  ...selcaProfile,
  organisations: [
    ...selcaProfile.organisations.filter((org) => org.type === 'acute-trust'),
    {
      id: 'example-support',
      type: 'charity',
      name: 'Example Cancer Support (illustrative)',
      description: 'An invented charity, to show how charities and their logos appear.',
      url: 'https://example.org/',
      boroughs: ['E09000023', 'E09000011'],
      // Decorative: the name beside it says the same.
      logo: { src: new URL('./support/example-logo.svg', import.meta.url).href },
    },
    {
      id: 'example-voices',
      type: 'patient-group',
      name: 'Example Patient Voices (illustrative)',
      description: 'An invented patient group that helps shape local services.',
      boroughs: ['E09000022'],
    },
  ],
};

/** Charities and patient groups, from a profile whose entries are invented to show those groups. */
export const OtherGroups: Story = {
  // The invented partners come as a profile: an object here, a JSON file (`src`) in the snippet to copy.
  args: { profile: illustrative },
  render: (args) => html`<p>The charity and patient group below are invented, to show how those groups appear.</p>
    <selca-partner-list ${attributes(args)} .profile=${args.profile}>${partnersFallback}</selca-partner-list>`,
};

/**
 * Partners written as plain HTML inside the element. Without script this list shows as written;
 * with script it is grouped and can be filtered.
 */
export const WrittenInThePage: Story = {
  render: (args) => html`<selca-partner-list ${attributes(args)}>
    <ul>
      <li data-type="acute-trust" data-boroughs="E09000022 E09000028">
        <a href="https://www.guysandstthomas.nhs.uk/">Guy's and St Thomas' NHS Foundation Trust</a>
        <p>Runs Guy's and St Thomas' hospitals, including Guy's Cancer Centre.</p>
      </li>
      <li data-type="local-authority" data-boroughs="E09000023">
        <a href="https://lewisham.gov.uk/">Lewisham Council</a>
        <p>The local council for Lewisham.</p>
      </li>
    </ul>
  </selca-partner-list>`,
};

/**
 * On a right-to-left page (here one in Arabic): the filters and the cards start from the right, and
 * the words still in English are marked `lang="en"` for screen readers.
 */
export const RightToLeft: Story = {
  args: { layout: 'grid' },
  render: (args) =>
    html`<div dir="rtl" lang="ar">
      <selca-partner-list ${attributes(args)}>${partnersFallback}</selca-partner-list>
    </div>`,
};

/**
 * The pseudo-locale the tests use, carried by the profile as a trust's words would be: every word
 * of the list accented, 40% longer and in brackets, so a word left in English, or a layout that
 * cannot take longer words, shows at once.
 */
export const PseudoLocale: Story = {
  args: { profile: { ...selcaProfile, words: { 'selca-partner-list': pseudoWords(partnerListWords) } } },
  render: (args) =>
    html`<selca-partner-list ${attributes(args)} lang="en-XA" .profile=${args.profile}>${partnersFallback}</selca-partner-list>`,
};
