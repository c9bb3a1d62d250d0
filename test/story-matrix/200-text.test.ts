import { testStoriesInMode } from '../helpers/stories.js';

testStoriesInMode('200% text');
