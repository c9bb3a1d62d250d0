import { visualDiff } from '@web/test-runner-visual-regression';
import { collectStories, MODES, resetModes, settle, storyFrame } from './stories.js';
import { executeServerCommand, expect, fixture } from './testing.js';
import { preferenceStore } from '../../src/components/a11y-toolbar/preference-store.js';

// Screenshot baselines of every story, in test/visual/baseline/<Storybook story id>/<mode>.png, one
// file under test/visual/ per mode, so that each file's session stays well inside testsFinishTimeout.
// After a change meant to show, `npm run test:visual:update` writes new ones to review and commit.

/**
 * The installed fonts the baselines are painted with, and the Debian package .ci/run installs for
 * each by name: Chromium only recommends fonts-liberation (Arial and Times New Roman map to
 * Liberation), and without fonts-noto-mono fontconfig's monospace is DejaVu Sans Mono.
 */
const SYSTEM_FONTS: Record<string, string> = {
  'Liberation Sans': 'fonts-liberation',
  'Liberation Serif': 'fonts-liberation',
  'Noto Sans Mono': 'fonts-noto-mono',
};

// No caret, transition or animation left to catch mid-way.
const stillness = new CSSStyleSheet();
stillness.replaceSync(`*, *::before, *::after {
  caret-color: transparent !important;
  transition: none !important;
  animation-duration: 0s !important;
  animation-delay: 0s !important;
  animation-iteration-count: 1 !important;
  scroll-behavior: auto !important;
}`);

const shadowRootsBelow = (node: Element | ShadowRoot): ShadowRoot[] =>
  [...node.querySelectorAll('*')].flatMap((element) =>
    element.shadowRoot ? [element.shadowRoot, ...shadowRootsBelow(element.shadowRoot)] : [],
  );

const nextFrame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

/**
 * What can still change after a story renders: where every map label sits (the map moves them once
 * their font is known), the words shown (a notice that arrives late, such as read aloud's), the
 * story's size and the page's scroll position.
 */
const looks = (frame: HTMLElement) =>
  [
    ...[frame, ...shadowRootsBelow(frame)]
      .flatMap((root) => [...root.querySelectorAll('text.label')])
      .map((label) => ['dx', 'dy', 'visibility'].map((name) => label.getAttribute(name)).join()),
    ...shadowRootsBelow(frame).map((root) => root.textContent),
    frame.getBoundingClientRect().height,
    window.scrollX,
    window.scrollY,
  ].join('|');

/** Brings a rendered story to a state that paints the same pixels every time. */
async function holdStill(frame: HTMLElement): Promise<void> {
  for (const root of [document, ...shadowRootsBelow(frame)]) {
    if (!root.adoptedStyleSheets.includes(stillness)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, stillness];
  }
  await document.fonts.ready;
  // A lazy logo below the fold loads only when its turn comes, so a screenshot could catch it either way.
  const images = [frame, ...shadowRootsBelow(frame)].flatMap((root) => [...root.querySelectorAll('img')]);
  await Promise.all(
    images.map((image) => {
      image.loading = 'eager';
      return image.decode().catch(() => undefined);
    }),
  );
  window.scrollTo(0, 0);
  for (let before = looks(frame); ;) {
    await nextFrame();
    await settle(frame);
    const now = looks(frame);
    if (now === before) return;
    before = now;
  }
}

async function renderStill(story: ReturnType<typeof collectStories>[number]): Promise<HTMLElement> {
  const frame = await fixture<HTMLElement>(storyFrame(story));
  await settle(frame);
  await story.play(frame);
  await holdStill(frame);
  return frame;
}

/** Every story is painted only with web fonts and the system fonts .ci/run installs. */
export function describeScreenshotFonts(): void {
  describe('story screenshots', () => {
    const stories = collectStories();

    before(() => resetModes(true));

    it('are taken of every story', () => {
      expect(stories.length).to.be.greaterThan(0);
    });

    // The modes change colours and sizes, and fonts only to the reading fonts (web fonts), so one look per story is enough.
    describe('paint text only with fonts .ci/run installs', () => {
      afterEach(() => resetModes(true));

      for (const story of stories) {
        it(`${story.title} / ${story.name}`, async () => {
          await renderStill(story);
          const glyphs = await executeServerCommand<Record<string, number>, undefined>('selca-platform-fonts');
          const unexpected = Object.keys(glyphs).filter((family) => !family.endsWith('(web font)') && !(family in SYSTEM_FONTS));
          const packages = [...new Set(Object.values(SYSTEM_FONTS))].join(' ');
          expect(unexpected, `fonts outside apt-get install ${packages}; glyphs per font: ${JSON.stringify(glyphs)}`).to.deep.equal([]);
        });
      }
    });
  });
}

/** Every story looks as its baseline in the story-matrix mode named (one of MODES in stories.ts). */
export function describeScreenshots(modeName: string): void {
  const mode = MODES.find((candidate) => candidate.name === modeName);
  if (!mode) throw new Error(`No story-matrix mode is named "${modeName}"`);
  describe('story screenshots', () => {
    const stories = collectStories();

    // Started as a toolbar starts it, so that the first toolbar story does not put the mode's preferences back to the defaults.
    before(() => {
      preferenceStore().start();
      return resetModes(true);
    });

    describe(`look as their baseline, ${mode.name}`, () => {
      afterEach(() => resetModes(true));

      for (const story of stories) {
        it(`${story.title} / ${story.name}`, async () => {
          await mode.apply();
          const frame = await renderStill(story);
          // Named in test/runner/visual-plugin.mjs: <Storybook story id>/<mode>.png.
          await visualDiff(frame, JSON.stringify([story.title, story.exportName, mode.name]));
        });
      }
    });
  });
}
