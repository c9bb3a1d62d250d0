import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { mapFallback, partnersFallback } from './support/fallback-content.js';
import '../src/selca-partner-list.js';
import '../src/selca-coverage-map.js';
import type { AllianceProfile } from '../src/core/profile.js';
import { selcaProfile } from '../src/data/selca-profile.js';

interface Args {
  layout: 'list' | 'grid';
  type: string | null;
  borough: string | null;
  query: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Partner list',
  component: 'selca-partner-list',
  args: { layout: 'list', type: null, borough: null, query: '' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'grid'] },
  },
  render: ({ layout, type, borough, query }) =>
    html`<selca-partner-list layout=${layout} type=${type ?? nothing} borough=${borough ?? nothing} query=${query || nothing}
      >${partnersFallback}</selca-partner-list
    >`,
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
  render: () => html`<selca-coverage-map id="partners-map" context="none" selected="E09000023">${mapFallback}</selca-coverage-map>
    <selca-partner-list for-map="partners-map" layout="grid">${partnersFallback}</selca-partner-list>`,
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
  // The invented partners come as a profile object, which markup cannot carry: no snippet to copy.
  parameters: { docs: { canvas: { sourceState: 'none' } } },
  render: () => html`<p>The charity and patient group below are invented, to show how those groups appear.</p>
    <selca-partner-list .profile=${illustrative}></selca-partner-list>`,
};

/**
 * Partners written as plain HTML inside the element. Without script this list shows as written;
 * with script it is grouped and can be filtered.
 */
export const WrittenInThePage: Story = {
  render: () => html`<selca-partner-list>
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
