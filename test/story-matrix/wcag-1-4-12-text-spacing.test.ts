import { testStoriesInMode } from '../helpers/stories.js';

testStoriesInMode('WCAG 1.4.12 text spacing');
