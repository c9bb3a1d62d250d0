import { describeScreenshots } from '../helpers/screenshots.js';

describeScreenshots('high contrast, yellow on black');
