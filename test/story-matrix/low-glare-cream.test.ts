import { testStoriesInMode } from '../helpers/stories.js';

testStoriesInMode('low-glare cream');
