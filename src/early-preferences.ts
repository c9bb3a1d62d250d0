/**
 * The early entry: a tiny classic script for the page's `<head>` that puts the visitor's stored
 * preferences on the page before it first paints, so pages do not flash. The toolbar takes over
 * when it loads. `data-scope` on the script tag limits the changes, as the toolbar's `scope` does.
 */
import { DEFAULT_PREFERENCES, setPreferences } from './core/preferences.js';
import { useReadingFont } from './components/a11y-toolbar/fonts.js';
import { applyPagePreferences } from './components/a11y-toolbar/page-preferences.js';
import { osDefaults, readStoredChoices } from './components/a11y-toolbar/preference-store.js';

try {
  const script = document.currentScript as HTMLScriptElement | null;
  let choices = {};
  try {
    choices = readStoredChoices(localStorage);
  } catch {
    // storage blocked: nothing was stored, so there is nothing to apply early
  }
  const prefs = setPreferences({ ...DEFAULT_PREFERENCES, ...osDefaults(), ...choices });
  const scope = script?.dataset.scope;
  applyPagePreferences(prefs, scope ? { scope } : {});
  if (script?.dataset.fontBase) useReadingFont(prefs.font, new URL(script.dataset.fontBase, document.baseURI).href);
} catch (error) {
  console.error('[@selca/widgets] Stored accessibility preferences could not be applied early.', error);
}
