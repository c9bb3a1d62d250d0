import { describeScreenshots } from '../helpers/screenshots.js';

describeScreenshots('dark theme');
