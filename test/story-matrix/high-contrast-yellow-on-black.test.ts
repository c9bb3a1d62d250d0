import { testStoriesInMode } from '../helpers/stories.js';

testStoriesInMode('high contrast, yellow on black');
