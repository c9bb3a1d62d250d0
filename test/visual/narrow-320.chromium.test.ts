import { describeScreenshots } from '../helpers/screenshots.js';

describeScreenshots('320 px wide');
