import { testStoriesInMode } from '../helpers/stories.js';

testStoriesInMode('high contrast, black on white');
