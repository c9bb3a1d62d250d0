export { defineElement } from './define.js';
export type {
  AreaSelectDetail,
  FocusAreasToggleDetail,
  PartnerFilterDetail,
  PreferencesChangeDetail,
  SelcaEventDetail,
  SelcaEventName,
  ToolbarToggleDetail,
} from './events.js';
export { log, warnOnce } from './log.js';
export { renderNotice, noticeStyles } from './notice.js';
export {
  DEFAULT_PREFERENCES,
  FONTS,
  READING_GUIDES,
  SPACINGS,
  THEMES,
  getPreferences,
  onPreferencesChange,
  resetPreferences,
  setPreferences,
} from './preferences.js';
export type { Preferences } from './preferences.js';
export { PreferencesController } from './preferences-controller.js';
export { ORGANISATION_TYPES, formatIssues, profileJsonSchema, validateProfile } from './profile.js';
export type { AllianceProfile, Borough, Goal, Measure, Organisation, OrganisationType, ProfileResult, Site, Topic } from './profile.js';
export { PROFILE_MESSAGES, ProfileController } from './profile-source.js';
export { ProfileError, loadProfile, resolveProfileUrl } from './profile-loader.js';
export type { ProfileHost, ProfileStatus } from './profile-source.js';
export { isHttpUrl } from './urls.js';
export type { Issue } from './schema.js';
export { themeStyles } from './theme.js';
export { WordsController, clearWords, setWords } from './words.js';
export type { Catalogue, PageWords, Plural, Replacement, SpokenWords, WidgetWords, Word, WordsFor } from './words.js';
export { pseudo, pseudoWords } from './pseudo-locale.js';
export { VERSION } from './version.js';
