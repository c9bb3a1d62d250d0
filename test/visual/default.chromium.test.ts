import { describeScreenshots } from '../helpers/screenshots.js';

describeScreenshots('default');
