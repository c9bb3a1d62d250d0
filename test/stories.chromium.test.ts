import { expect, fixture } from './helpers/testing.js';
import { MODES, collectStories, findOverflow, resetModes, settle, storyFrame } from './helpers/stories.js';

const stories = collectStories();

describe('stories (Chromium-only modes)', () => {
  for (const mode of MODES.filter((m) => m.chromiumOnly)) {
    describe(mode.name, () => {
      afterEach(() => resetModes(true));

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
