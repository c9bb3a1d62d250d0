import { testStoriesInMode } from '../helpers/stories.js';

testStoriesInMode('dark theme');
