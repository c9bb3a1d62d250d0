import { testStoriesInMode } from '../helpers/stories.js';

testStoriesInMode('320 px, 200% text, Atkinson Hyperlegible, wide spacing');
