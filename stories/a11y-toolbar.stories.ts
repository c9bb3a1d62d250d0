import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/selca-a11y-toolbar.js';
import { FakeEngine } from './support/fake-speech.js';
import { toolbarFallback } from './support/fallback-content.js';
import { attributes } from './support/attributes.js';

interface Args {
  open: boolean;
  statementUrl: string;
  headingLevel: number;
  speech?: FakeEngine | null;
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

const toolbarIn = (canvas: HTMLElement) => canvas.querySelector('selca-a11y-toolbar')!;

/**
 * Gives the toolbar a simulated voice (or none, for `speech: null`), as a page's script could. Set
 * after rendering, so the story's markup stays what a web team pastes.
 */
const useSpeech = async (canvas: HTMLElement, speech: Args['speech']) => {
  const toolbar = toolbarIn(canvas);
  await toolbar.updateComplete;
  toolbar.speech = speech === undefined ? new FakeEngine() : speech;
  await toolbar.updateComplete;
};

/** Sets a state the story shows but a browser cannot be asked for from a story (simulated). */
const simulate = async (canvas: HTMLElement, state: Record<string, unknown>) => {
  const toolbar = toolbarIn(canvas);
  await toolbar.updateComplete;
  Object.assign(toolbar, state);
  await toolbar.updateComplete;
};

const meta: Meta<Args> = {
  title: 'Widgets/Accessibility tools toolbar',
  component: 'selca-a11y-toolbar',
  args: { open: false, statementUrl: '/accessibility-statement', headingLevel: 2 },
  render: (args) =>
    html`<selca-a11y-toolbar ${attributes(args)}>${toolbarFallback(args.statementUrl)}</selca-a11y-toolbar>
      ${samplePage}`,
  play: ({ canvasElement, args }) => useSpeech(canvasElement, args.speech),
};
export default meta;

type Story = StoryObj<Args>;

/** Closed: one clearly labelled button. */
export const Closed: Story = {};

/** Open: every setting, non-modal, so the page stays visible while it changes. */
export const Open: Story = { args: { open: true } };

/** The dark theme chosen: the Colours setting of Storybook's toolbar, fixed for this story. */
export const Dark: Story = { args: { open: true }, globals: { theme: 'dark' } };

/** High contrast, yellow on black. */
export const HighContrastYellowOnBlack: Story = { args: { open: true }, globals: { theme: 'contrast-dark' } };

/** High contrast, black on white. */
export const HighContrastBlackOnWhite: Story = { args: { open: true }, globals: { theme: 'contrast-light' } };

/** Low-glare cream. */
export const LowGlareCream: Story = { args: { open: true }, globals: { theme: 'cream' } };

/** Reading the page aloud (a simulated voice stands in for the device's own). */
export const ReadAloudPlaying: Story = {
  args: { open: true },
  play: async ({ canvasElement, args }) => {
    await useSpeech(canvasElement, args.speech);
    const toolbar = toolbarIn(canvasElement);
    toolbar.shadowRoot!.querySelector<HTMLButtonElement>('.read-primary')!.click();
    await toolbar.updateComplete;
  },
};

/** The browser has no speech synthesis at all, so read aloud says it is not available. */
export const SpeechUnavailable: Story = { args: { open: true, speech: null } };

/** The browser blocks storage: choices last for this page only, and the panel says so (simulated). */
export const StorageBlocked: Story = {
  args: { open: true },
  play: async ({ canvasElement, args }) => {
    await useSpeech(canvasElement, args.speech);
    await simulate(canvasElement, { memoryOnly: true });
  },
};

/** Windows high contrast is on: colour choices are shown as unavailable, with the reason (simulated). */
export const ForcedColours: Story = {
  args: { open: true },
  play: async ({ canvasElement, args }) => {
    await useSpeech(canvasElement, args.speech);
    await simulate(canvasElement, { forcedColors: true });
  },
};
