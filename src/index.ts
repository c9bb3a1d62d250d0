/**
 * @selca/widgets: every widget registered, and the shared API a page may call
 * (visitor preferences, profile validation).
 */
export { A11yToolbar } from './selca-a11y-toolbar.js';
export { CoverageMap } from './selca-coverage-map.js';
export { PartnerList } from './selca-partner-list.js';
export { GoalsPanel } from './selca-goals-panel.js';
export { FocusAreas } from './selca-focus-areas.js';
export {
  DEFAULT_PREFERENCES,
  VERSION,
  getPreferences,
  loadProfile,
  onPreferencesChange,
  resetPreferences,
  setPreferences,
  setWords,
  validateProfile,
} from './core/index.js';
export type { AllianceProfile, PageWords, Preferences } from './core/index.js';
