import { describeScreenshots } from '../helpers/screenshots.js';

describeScreenshots('200% text');
