import { MODES, testStoriesInModes } from './helpers/stories.js';

describe('stories (Chromium-only modes)', () => {
  testStoriesInModes(
    MODES.filter((mode) => mode.chromiumOnly),
    { chromium: true },
  );
});
