/** What changes the host page for a visitor's preferences, loaded the first time there is a change to make. */
export { applyPagePreferences } from './page-preferences.js';
export { useReadingFont } from './fonts.js';
