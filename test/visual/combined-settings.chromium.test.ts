import { describeScreenshots } from '../helpers/screenshots.js';

describeScreenshots('320 px, 200% text, OpenDyslexic, wide spacing, dark theme');
