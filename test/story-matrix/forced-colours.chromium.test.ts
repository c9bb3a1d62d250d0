import { testStoriesInMode } from '../helpers/stories.js';

testStoriesInMode('forced colours');
