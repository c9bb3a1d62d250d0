import { expect, fixture } from './helpers/testing.js';
import { MODES, collectStories, findOverflow, resetModes, settle, storyFrame } from './helpers/stories.js';

// Every story in every mode that all three engines can show. Chromium-only modes are in
// stories.chromium.test.ts; both files share the stories and the checks.
const stories = collectStories();

describe('stories', () => {
  it('are found in stories/*.stories.ts', () => {
    expect(stories.length).to.be.greaterThan(0);
  });

  for (const mode of MODES.filter((m) => !m.chromiumOnly)) {
    describe(mode.name, () => {
      afterEach(() => resetModes(false));

      for (const story of stories) {
        it(`${story.title} / ${story.name} is accessible and nothing is cut off`, async () => {
          await mode.apply();
          const frame = await fixture(storyFrame(story));
          await settle(frame);
          await expect(frame).to.be.accessible();
          expect(findOverflow(frame), 'overflow').to.deep.equal([]);
        });
      }
    });
  }
});
