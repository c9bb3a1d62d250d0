import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/selca-a11y-toolbar.js';
import { toolbarButtonWords } from '../src/components/a11y-toolbar/words.js';
import { toolbarPanelWords } from '../src/components/a11y-toolbar/panel-words.js';
import { pseudoWords } from '../src/core/pseudo-locale.js';
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

/**
 * On a right-to-left page (here one in Arabic): the panel and its controls lay out from the right,
 * and the words still in English are marked `lang="en"` for screen readers.
 */
export const RightToLeft: Story = {
  args: { open: true },
  render: (args) =>
    html`<div dir="rtl" lang="ar">
      <selca-a11y-toolbar ${attributes(args)}>${toolbarFallback(args.statementUrl)}</selca-a11y-toolbar>
    </div>`,
};

/**
 * The pseudo-locale the tests use, given to the element as a trust's words would be: every word of
 * the button and the panel accented, 40% longer and in brackets, so a word left in English, or a
 * layout that cannot take longer words, shows at once.
 */
export const PseudoLocale: Story = {
  args: { open: true },
  // Its words are given from script: there is no markup to paste.
  parameters: { docs: { canvas: { sourceState: 'none' } } },
  render: (args) =>
    html`<selca-a11y-toolbar ${attributes(args)} lang="en-XA" .words=${pseudoWords({ ...toolbarButtonWords, ...toolbarPanelWords })}
      >${toolbarFallback(args.statementUrl)}</selca-a11y-toolbar
    >`,
};
