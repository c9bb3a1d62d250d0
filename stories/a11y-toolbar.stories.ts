import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/selca-a11y-toolbar.js';

interface Args {
  open: boolean;
  statementUrl: string;
  headingLevel: number;
}

/** A page-like sample below the toolbar, so every setting shows its effect. */
const samplePage = html`<article class="sample">
  <h2>Finding cancer earlier</h2>
  <p>
    Rapid diagnostic clinics see people whose symptoms are worrying but unclear. Ask your GP about a referral, or
    <a href="#clinics">read about the clinics</a>.
  </p>
  <ul>
    <li>Tests on one day, where possible.</li>
    <li>Results explained in plain words.</li>
  </ul>
</article>`;

const meta: Meta<Args> = {
  title: 'Widgets/Accessibility tools toolbar',
  component: 'selca-a11y-toolbar',
  args: { open: false, statementUrl: '/accessibility-statement', headingLevel: 2 },
  render: ({ open, statementUrl, headingLevel }) =>
    html`<selca-a11y-toolbar ?open=${open} statement-url=${statementUrl} heading-level=${headingLevel}></selca-a11y-toolbar>
      ${samplePage}`,
};
export default meta;

type Story = StoryObj<Args>;

/** Closed: one clearly labelled button. */
export const Closed: Story = {};

/** Open: every setting, non-modal, so the page stays visible while it changes. */
export const Open: Story = { args: { open: true } };
