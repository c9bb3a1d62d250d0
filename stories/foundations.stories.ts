import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './support/theme-sample.js';

interface Args {
  src?: string;
  profile?: unknown;
}

const meta: Meta<Args> = {
  title: 'Foundations/Theme and data',
  tags: ['autodocs'],
  parameters: {
    docs: {
      // A sample element of the stories, not a widget: nothing here for a web team to copy.
      canvas: { sourceState: 'none' },
      description: {
        component:
          'The foundation every widget shares: NHS identity tokens in each theme, the NHS focus style, and the status message a widget shows while its alliance profile loads or when it cannot be used.',
      },
    },
  },
  render: ({ src, profile }) => html`<selca-story-theme-sample .src=${src ?? null} .profile=${profile}></selca-story-theme-sample>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The built-in SELCA profile in the default NHS theme. */
export const DefaultProfile: Story = {};

/** A profile this version cannot read at all: the visitor sees a short message, the console has the detail. */
export const InvalidProfile: Story = {
  args: { profile: { version: 2, name: 'From a newer format', organisations: 'none' } },
};

/** A profile address that cannot be loaded. */
export const UnreachableProfile: Story = {
  args: { src: '/missing-profile.json' },
};
