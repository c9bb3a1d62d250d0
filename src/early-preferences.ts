/**
 * The early entry: a tiny classic script for the page's `<head>` that puts the visitor's stored
 * preferences on the page before it first paints, so pages do not flash. The toolbar takes over
 * when it loads. `data-scope` on the script tag limits the changes, as the toolbar's `scope` does;
 * `data-font-base` says where the site keeps the reading fonts.
 */
import { DEFAULT_PREFERENCES, setPreferences } from './core/preferences.js';
import { useReadingFont } from './components/a11y-toolbar/fonts.js';
import { applyPagePreferences } from './components/a11y-toolbar/page-preferences.js';
import { osDefaults, readStoredChoices } from './components/a11y-toolbar/preference-store.js';

/** Applies stored choices, reading its options from the script element that loaded it. */
export function applyStoredPreferences(script: HTMLOrSVGScriptElement | null): void {
  try {
    const options = script instanceof HTMLScriptElement ? script.dataset : {};
    let choices = {};
    try {
      choices = readStoredChoices(localStorage);
    } catch {
      // storage blocked: nothing was stored, so there is nothing to apply early
    }
    const prefs = setPreferences({ ...DEFAULT_PREFERENCES, ...osDefaults(), ...choices });
    applyPagePreferences(prefs, options.scope ? { scope: options.scope } : {});
    if (options.fontBase) useReadingFont(prefs.font, options.fontBase);
  } catch (error) {
    console.error('[@selca/widgets] Stored accessibility preferences could not be applied early.', error);
  }
}

applyStoredPreferences(document.currentScript);
