import { describeScreenshots } from '../helpers/screenshots.js';

describeScreenshots('forced colours');
