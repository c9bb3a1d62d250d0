import { MODES, testStoriesInModes } from './helpers/stories.js';

// Every story in every mode all three engines can show; Chromium-only modes are in
// stories.chromium.test.ts.
describe('stories', () => {
  testStoriesInModes(
    MODES.filter((mode) => !mode.chromiumOnly),
    { chromium: false },
  );
});
