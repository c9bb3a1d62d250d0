import { html } from 'lit';
import type { A11yToolbar } from '../src/components/a11y-toolbar/a11y-toolbar.js';
import { THEME_COLOURS } from '../src/core/tokens.js';
import { STORAGE_KEY, preferenceStore } from '../src/components/a11y-toolbar/preference-store.js';
import {
  FORCED_COLOURS_GLOBAL,
  VISITOR_VIEWPORTS,
  followStoredPreferences,
  startVisitorSettings,
  visitorGlobalTypes,
  withVisitorSettings,
} from '../.storybook/visitor-settings.js';
import { globalsFromAddress } from './helpers/storybook-address.js';
import { collectStories, settle } from './helpers/stories.js';
import type { ComposedStory } from './helpers/stories.js';
import { control, resetToolbarState } from './helpers/toolbar.js';
import { expect, fixture } from './helpers/testing.js';

type Globals = Record<string, unknown>;

const stories = collectStories();
const storyNamed = (title: string, name: string) => stories.find((story) => story.title === title && story.name === name)!;
const goalsCards = storyNamed('Widgets/Goals panel', 'Cards');
const toolbarOpen = storyNamed('Widgets/Accessibility tools toolbar', 'Open');
const toolbarDark = storyNamed('Widgets/Accessibility tools toolbar', 'Dark');
const storyId = (story: ComposedStory) => `${story.title}--${story.exportName}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-');

const decorate = withVisitorSettings as unknown as (story: () => unknown, context: { globals: Globals; userGlobals: Globals }) => unknown;

/**
 * The story in the preview with `globals`, decorated as preview.ts decorates every story; the
 * visitor's own are `userGlobals`, as Storybook tells them from the story's own.
 */
async function showStory(story: ComposedStory, globals: Globals, userGlobals = globals): Promise<HTMLElement> {
  const frame = await fixture<HTMLElement>(
    html`<main aria-label=${`${story.title}: ${story.name}`}>${decorate(() => story.render(), { globals, userGlobals })}</main>`,
  );
  await settle(frame);
  await story.play(frame);
  await settle(frame);
  // The page catches up once the code that changes it has arrived, as on a site.
  await preferenceStore().pending;
  return frame;
}

/** A colour as the browser computes it. */
function computedColour(colour: string): string {
  const probe = document.createElement('span');
  // Out of reach of a theme's page colours.
  probe.dataset.selcaKeepColours = '';
  probe.style.color = colour;
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  return computed;
}

let initialGlobals: Globals;
beforeEach(() => {
  initialGlobals = startVisitorSettings();
});
afterEach(() => {
  resetToolbarState();
  startVisitorSettings();
});

describe('the Storybook toolbar', () => {
  it("offers every visitor setting of the accessibility toolbar, in the toolbar's words", () => {
    const titles = (key: string) => visitorGlobalTypes[key]!.toolbar!.items.map((item) => (typeof item === 'string' ? item : item.title));
    expect(titles('theme')).to.deep.equal([
      'Site colours',
      'Dark',
      'High contrast: yellow on black',
      'High contrast: black on white',
      'Low glare: cream background',
    ]);
    expect(titles('textSize')).to.deep.equal(['100%', '125%', '150%', '175%', '200%']);
    expect(titles('spacing')).to.deep.equal(['Site spacing', 'Wider spacing', 'Wider spacing and taller lines']);
    expect(titles('font')).to.deep.equal(['Site font', 'Plain font (Arial)', 'OpenDyslexic', 'Atkinson Hyperlegible']);
    expect(titles('readingGuide')).to.deep.equal(['No guide', 'Reading ruler', 'Reading mask']);
    expect(visitorGlobalTypes[FORCED_COLOURS_GLOBAL]!.toolbar!.items).to.have.length(2);
  });
});

// A designer shares an address with the settings chosen in the Storybook toolbar; whoever opens it sees them.
describe('a shared address with globals', () => {
  const widget = (frame: HTMLElement) => frame.querySelector<HTMLElement>('selca-goals-panel')!;

  it('theme:dark puts the widget and the page around it in the dark theme', async () => {
    const globals = globalsFromAddress('theme:dark', storyId(goalsCards));
    expect(globals).to.deep.equal({ theme: 'dark' });
    const frame = await showStory(goalsCards, globals);
    const dark = THEME_COLOURS.dark;
    expect(getComputedStyle(widget(frame)).backgroundColor).to.equal(computedColour(dark.background!));
    const page = getComputedStyle(frame.querySelector('storybook-page')!);
    expect(page.backgroundColor, 'the page').to.equal(computedColour(dark.background!));
    expect(page.color, "the page's text").to.equal(computedColour(dark.text!));
    expect(getComputedStyle(document.documentElement).backgroundColor, 'the whole preview').to.equal(computedColour(dark.background!));
  });

  it('textSize:200 doubles the text of the widget and the page', async () => {
    const frame = await showStory(goalsCards, globalsFromAddress('textSize:200', storyId(goalsCards)));
    expect(getComputedStyle(widget(frame)).fontSize).to.equal('32px');
    expect(getComputedStyle(document.documentElement).fontSize).to.equal('32px');
  });

  it("spacing:wcag gives the widget WCAG 1.4.12's letter and word spacing", async () => {
    const frame = await showStory(goalsCards, globalsFromAddress('spacing:wcag', storyId(goalsCards)));
    const style = getComputedStyle(widget(frame));
    expect(parseFloat(style.letterSpacing)).to.be.closeTo(0.12 * 16, 0.01);
    expect(parseFloat(style.wordSpacing)).to.be.closeTo(0.16 * 16, 0.01);
  });

  it('font:hyperlegible sets the widget and the page in Atkinson Hyperlegible', async () => {
    const frame = await showStory(goalsCards, globalsFromAddress('font:hyperlegible', storyId(goalsCards)));
    expect(getComputedStyle(widget(frame)).fontFamily).to.match(/^"?Atkinson Hyperlegible"?,/);
    expect(getComputedStyle(frame.querySelector('storybook-page')!).fontFamily).to.match(/^"?Atkinson Hyperlegible"?,/);
  });

  it('readingGuide:ruler draws the reading ruler across the preview', async () => {
    const frame = await showStory(goalsCards, globalsFromAddress('readingGuide:ruler', storyId(goalsCards)));
    const ruler = frame.querySelector('storybook-page')!.shadowRoot!.querySelector<HTMLElement>('.guide.ruler');
    expect(ruler, 'a ruler').not.to.equal(null);
    const box = ruler!.getBoundingClientRect();
    expect(box.width).to.equal(document.documentElement.clientWidth);
    expect(box.height).to.be.greaterThan(0);
  });

  it('forcedColours:on gives the widgets system colours over a theme, and the toolbar turns its colour choices off', async () => {
    const globals = globalsFromAddress(`theme:dark;${FORCED_COLOURS_GLOBAL}:on`, storyId(toolbarOpen));
    expect(globals).to.deep.equal({ theme: 'dark', [FORCED_COLOURS_GLOBAL]: 'on' });
    const frame = await showStory(toolbarOpen, globals);
    const toolbar = frame.querySelector<A11yToolbar>('selca-a11y-toolbar')!;
    await toolbar.updateComplete;
    const panel = getComputedStyle(toolbar.shadowRoot!.querySelector('.panel')!);
    expect(panel.color).to.equal(computedColour('CanvasText'));
    expect(panel.backgroundColor).to.equal(computedColour('Canvas'));
    expect(control(toolbar, 'Dark').matches(':disabled'), 'colour choices are off').to.equal(true);
    expect(toolbar.shadowRoot!.textContent).to.include('Your device is using its own high contrast colours');
  });

  it('viewport:reflow shows the story 320 px wide', () => {
    const globals = globalsFromAddress('viewport.value:reflow;viewport.isRotated:!false', storyId(goalsCards));
    const viewport = globals['viewport'] as { value: keyof typeof VISITOR_VIEWPORTS };
    expect(VISITOR_VIEWPORTS[viewport.value].styles.width).to.equal('320px');
  });
});

describe('a setting carries to the next story', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('when it is chosen in the toolbar story, as it would carry to the next page', async () => {
    const updates: Globals[] = [];
    stop = followStoredPreferences((changed) => updates.push(changed));
    const frame = await showStory(toolbarOpen, initialGlobals);
    const toolbar = frame.querySelector<A11yToolbar>('selca-a11y-toolbar')!;
    (control(toolbar, 'OpenDyslexic') as HTMLInputElement).click();
    (control(toolbar, 'Make text larger') as HTMLButtonElement).click();
    await toolbar.updateComplete;
    expect(updates, 'the globals Storybook is asked to update').to.deep.equal([{ font: 'dyslexic' }, { textSize: '125' }]);

    const next = await showStory(goalsCards, { ...initialGlobals, ...updates[0], ...updates[1] });
    const widget = next.querySelector<HTMLElement>('selca-goals-panel')!;
    expect(getComputedStyle(widget).fontFamily).to.match(/^"?OpenDyslexic"?,/);
    expect(getComputedStyle(widget).fontSize).to.equal('20px');
    expect(updates, 'putting the globals in force asks for no further update').to.have.length(2);
  });

  it('when it is given as a global, the toolbar of the next story shows it chosen and stored', async () => {
    const updates: Globals[] = [];
    stop = followStoredPreferences((changed) => updates.push(changed));
    const globals = { ...initialGlobals, ...globalsFromAddress('theme:cream', storyId(goalsCards)) };
    await showStory(goalsCards, globals);
    const frame = await showStory(toolbarOpen, globals);
    const toolbar = frame.querySelector<A11yToolbar>('selca-a11y-toolbar')!;
    expect((control(toolbar, 'Low glare: cream background') as HTMLInputElement).checked).to.equal(true);
    expect((JSON.parse(localStorage.getItem(STORAGE_KEY)!) as { choices: object }).choices).to.include({ theme: 'cream' });
    expect(updates).to.deep.equal([]);
  });

  it("but a story's own state is not a visitor's setting: it stays in that story", async () => {
    const updates: Globals[] = [];
    stop = followStoredPreferences((changed) => updates.push(changed));
    await showStory(toolbarDark, initialGlobals);
    expect(document.querySelector('selca-a11y-toolbar')!.getAttribute('data-selca-theme')).to.equal('dark');
    const next = await showStory(goalsCards, initialGlobals);
    expect(next.querySelector('selca-goals-panel')!.hasAttribute('data-selca-theme')).to.equal(false);
    expect(updates).to.deep.equal([]);
  });
});

// One control for each visitor setting: a story showing a theme fixes the Storybook toolbar's own setting.
describe('a toolbar story that shows a colour theme', () => {
  const themed = stories.filter((story) => story.title === toolbarOpen.title && story.globals['theme']);

  it('sets it as a global of its own, not an arg of its own', () => {
    expect(themed.map((story) => story.globals['theme'])).to.have.members(['dark', 'contrast-dark', 'contrast-light', 'cream']);
    for (const story of stories) {
      expect(Object.keys(story.argTypes), `${story.title} / ${story.name}: argTypes`).not.to.include('theme');
      expect(Object.keys(story.args), `${story.title} / ${story.name}: args`).not.to.include('theme');
    }
  });

  for (const story of themed) {
    it(`${story.name} shows the toolbar in that theme, whatever the visitor's global`, async () => {
      const frame = await showStory(story, { ...initialGlobals, ...story.globals }, initialGlobals);
      expect(frame.querySelector('selca-a11y-toolbar')!.getAttribute('data-selca-theme')).to.equal(story.globals['theme']);
      const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{"choices":{}}') as { choices: object };
      expect(stored.choices, "the visitor's stored choices").not.to.have.property('theme');
    });
  }
});

describe('a reading font chosen in a story', () => {
  it('is requested from the server and drawn', async () => {
    const frame = await showStory(goalsCards, { ...initialGlobals, ...globalsFromAddress('font:dyslexic', storyId(goalsCards)) });
    await document.fonts.load('16px OpenDyslexic', 'Goals');
    expect(document.fonts.check('16px OpenDyslexic', 'Goals'), 'loaded').to.equal(true);
    const requested = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname.split('/').pop());
    expect(requested).to.include('opendyslexic-latin-400-normal.woff2');
    // The same words in the font's fallback: a different width shows the reading font is what is drawn.
    const page = frame.querySelector('storybook-page')!;
    page.insertAdjacentHTML(
      'beforeend',
      `<span class="drawn">Rapid diagnosis</span><span class="fallback" data-selca-keep-font style="font-family: 'Comic Sans MS', Arial, sans-serif">Rapid diagnosis</span>`,
    );
    const width = (selector: string) => page.querySelector(selector)!.getBoundingClientRect().width;
    expect(getComputedStyle(page.querySelector('.drawn')!).fontFamily).to.match(/^"?OpenDyslexic"?,/);
    expect(Math.abs(width('.drawn') - width('.fallback')), 'width against the fallback font').to.be.greaterThan(2);
  });
});
