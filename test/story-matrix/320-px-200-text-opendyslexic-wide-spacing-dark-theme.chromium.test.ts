import { testStoriesInMode } from '../helpers/stories.js';

testStoriesInMode('320 px, 200% text, OpenDyslexic, wide spacing, dark theme');
