import { expect, fixture } from './testing.js';
import { resetPreferences, setPreferences } from '../../src/core/index.js';
import type { Preferences } from '../../src/core/index.js';
import { useReadingFont } from '../../src/components/a11y-toolbar/fonts.js';
import { preferenceStore } from '../../src/components/a11y-toolbar/preference-store.js';
import { executeServerCommand, setViewport } from './testing.js';
import { collectStories, deepElements, settle, storyFrame } from './story-collection.js';

export { collectStories, deepElements, settle, storyFrame };
export type { ComposedStory } from './story-collection.js';

/** A way of viewing a story that a visitor may choose or need. */
export interface Mode {
  name: string;
  chromiumOnly?: boolean;
  apply(): void | Promise<void>;
}

const TEXT_SPACING_CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

const READING_FONTS: [Preferences['font'], string, string][] = [
  ['sans', 'Arial', 'plain font (Arial)'],
  ['dyslexic', 'OpenDyslexic', 'OpenDyslexic'],
  ['hyperlegible', 'Atkinson Hyperlegible', 'Atkinson Hyperlegible'],
];

/**
 * Settings a visitor really combines: a phone 320 px wide, text at 200%, a reading font and wide
 * spacing, with the dark theme or without. Each setting alone fits; together they are what overflows.
 */
const combined = ([font, family, label]: (typeof READING_FONTS)[number], theme: Preferences['theme'] = 'default'): Mode => ({
  name: `320 px, 200% text, ${label}, wide spacing${theme === 'default' ? '' : `, ${theme} theme`}`,
  chromiumOnly: true,
  apply: async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    useReadingFont(font);
    setPreferences({ font, spacing: 'wide', theme });
    // Both weights drawn, before anything is measured.
    await Promise.all(['400', '700'].map((weight) => document.fonts.load(`${weight} 16px "${family}"`)));
  },
});

export const MODES: Mode[] = [
  { name: 'default', apply: () => {} },
  { name: 'dark theme', apply: () => void setPreferences({ theme: 'dark' }) },
  { name: 'high contrast, yellow on black', apply: () => void setPreferences({ theme: 'contrast-dark' }) },
  { name: 'high contrast, black on white', apply: () => void setPreferences({ theme: 'contrast-light' }) },
  { name: 'low-glare cream', apply: () => void setPreferences({ theme: 'cream' }) },
  {
    // The visitor's own browser setting; widgets follow it through rem.
    name: '200% text',
    apply: () => {
      document.documentElement.style.fontSize = '200%';
    },
  },
  {
    name: 'WCAG 1.4.12 text spacing',
    apply: () => {
      const style = document.createElement('style');
      style.dataset.mode = 'text-spacing';
      style.textContent = TEXT_SPACING_CSS;
      document.head.append(style);
      setPreferences({ spacing: 'wcag' });
    },
  },
  {
    name: 'forced colours',
    chromiumOnly: true,
    apply: async () => void (await executeServerCommand('selca-emulate-media', { 'forced-colors': 'active' })),
  },
  { name: '320 px wide', chromiumOnly: true, apply: () => setViewport({ width: 320, height: 640 }) },
  ...READING_FONTS.map((font) => combined(font)),
  combined(READING_FONTS[1]!, 'dark'),
];

/** Puts the page back as it was before a mode was applied. */
export async function resetModes(chromium: boolean): Promise<void> {
  resetPreferences();
  useReadingFont('site');
  document.documentElement.style.removeProperty('font-size');
  document.querySelectorAll('style[data-mode]').forEach((style) => style.remove());
  if (chromium) {
    await executeServerCommand('selca-emulate-media', { 'forced-colors': 'none' });
    await setViewport({ width: 1024, height: 768 });
  }
}

const describeElement = (element: Element) => {
  const classes = element.classList.length ? `.${[...element.classList].join('.')}` : '';
  const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return `<${element.localName}${classes}>${text ? ` "${text}"` : ''}`;
};

const isVisuallyHidden = (element: Element, style: CSSStyleDeclaration) =>
  style.position === 'absolute' && element.clientWidth <= 1 && element.clientHeight <= 1;

const TABLE_REGION = '[role="region"][aria-labelledby]';

/**
 * Finds text cut off by a box too small for it, regions that scroll sideways, boxes inside a widget
 * that their content overflows sideways, and a page wider than the window. One line per problem.
 */
export function findOverflow(root: Element): string[] {
  const problems: string[] = [];
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth + 1) {
    problems.push(`the page scrolls sideways: ${page.scrollWidth}px of content in a ${page.clientWidth}px window`);
  }
  for (const element of [root, ...deepElements(root)]) {
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden' || isVisuallyHidden(element, style)) continue;
    // A text box scrolls what is typed into it, however long, by nature.
    if (element.matches('input, textarea')) continue;
    // A data table needs its rows and columns side by side (WCAG 1.4.10's own exception): it may
    // scroll sideways inside a region a keyboard can reach and a screen reader names.
    const tableRegion = element.matches(TABLE_REGION) && element.children.length === 1 && element.firstElementChild!.localName === 'table';
    // What such a table holds is reached by scrolling it, so only what clips its content is cut off.
    const inTableRegion = !tableRegion && !!element.parentElement?.closest(TABLE_REGION);
    const clipsX = style.overflowX !== 'visible';
    const clipsY = style.overflowY !== 'visible';
    const scrollsX = style.overflowX === 'auto' || style.overflowX === 'scroll';
    // Inside a widget, any box wider than itself; on the page around it, one that clips or scrolls.
    // Inline boxes (clientWidth 0) are measured through the block that holds them.
    const inWidget = !inTableRegion && (element.localName.startsWith('selca-') || element.getRootNode() instanceof ShadowRoot);
    // A table region that scrolls must be a Tab stop, so a keyboard can scroll it.
    const scrollable = tableRegion && scrollsX && (element as HTMLElement).tabIndex === 0;
    if ((inWidget || clipsX) && !scrollable && element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) {
      const what = scrollsX ? 'scrolls sideways' : clipsX ? 'clips its content' : 'overflows sideways';
      problems.push(`${describeElement(element)} ${what}: ${element.scrollWidth}px wide in ${element.clientWidth}px`);
    }
    if (clipsY && !(style.overflowY === 'auto' || style.overflowY === 'scroll') && element.scrollHeight > element.clientHeight + 1) {
      problems.push(`${describeElement(element)} clips its content: ${element.scrollHeight}px tall in ${element.clientHeight}px`);
    }
  }
  return problems;
}

/**
 * Declares one test per story in the mode named (one of MODES): the story renders, passes the
 * accessibility assertion, and cuts nothing off. One file under test/story-matrix/ per mode keeps
 * each file's session well inside testsFinishTimeout in every engine.
 */
export function testStoriesInMode(modeName: string): void {
  const mode = MODES.find((candidate) => candidate.name === modeName);
  if (!mode) throw new Error(`No story-matrix mode is named "${modeName}"`);
  const chromium = !!mode.chromiumOnly;
  const stories = collectStories();

  describe('stories', () => {
    // Started as a toolbar starts it, so that the first toolbar story does not put the mode's preferences back to the defaults.
    before(() => {
      preferenceStore().start();
      return resetModes(chromium);
    });

    describe(mode.name, () => {
      afterEach(() => resetModes(chromium));

      for (const story of stories) {
        it(`${story.title} / ${story.name} is accessible and nothing is cut off`, async () => {
          await mode.apply();
          const frame = await fixture<HTMLElement>(storyFrame(story));
          await settle(frame);
          await story.play(frame);
          await settle(frame);
          await expect(frame).to.be.accessible();
          expect(findOverflow(frame), 'overflow').to.deep.equal([]);
        });
      }
    });
  });
}
