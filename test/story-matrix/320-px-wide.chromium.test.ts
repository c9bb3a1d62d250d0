import { testStoriesInMode } from '../helpers/stories.js';

testStoriesInMode('320 px wide');
