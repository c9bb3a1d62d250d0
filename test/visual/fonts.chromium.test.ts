import { describeScreenshotFonts } from '../helpers/screenshots.js';

describeScreenshotFonts();
