import { testStoriesInMode } from '../helpers/stories.js';

testStoriesInMode('default');
