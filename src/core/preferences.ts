import { log } from './log.js';
import { DEFAULT_PREFERENCES, getPreferences, publish } from './preference-channel.js';

export { DEFAULT_PREFERENCES, getPreferences, onPreferencesChange } from './preference-channel.js';

export const THEMES = ['default', 'dark', 'contrast-dark', 'contrast-light', 'cream'] as const;
export const SPACINGS = ['default', 'wcag', 'wide'] as const;
export const FONTS = ['site', 'sans', 'dyslexic', 'hyperlegible'] as const;
export const READING_GUIDES = ['none', 'ruler', 'mask'] as const;
/** The text sizes the toolbar steps through, as factors of the browser's default. */
export const TEXT_SCALES = [1, 1.25, 1.5, 1.75, 2] as const;

/** What a visitor has chosen for reading the page. The accessibility toolbar writes it. */
export interface Preferences {
  /** Root text size as a factor of the browser's own default: 1 to 2. */
  textScale: number;
  /** `wcag`: the WCAG 1.4.12 spacing set; `wide`: that set with taller lines. */
  spacing: (typeof SPACINGS)[number];
  font: (typeof FONTS)[number];
  theme: (typeof THEMES)[number];
  reduceMotion: boolean;
  highlightLinks: boolean;
  strongFocus: boolean;
  /** A reading ruler or mask that follows the pointer and keyboard focus. */
  readingGuide: (typeof READING_GUIDES)[number];
  /** Read-aloud speed, 0.5 to 2. */
  speechRate: number;
}

const isValid: { [K in keyof Preferences]: (value: unknown) => boolean } = {
  textScale: (v) => typeof v === 'number' && v >= 1 && v <= 2,
  spacing: (v) => SPACINGS.includes(v as never),
  font: (v) => FONTS.includes(v as never),
  theme: (v) => THEMES.includes(v as never),
  reduceMotion: (v) => typeof v === 'boolean',
  highlightLinks: (v) => typeof v === 'boolean',
  strongFocus: (v) => typeof v === 'boolean',
  readingGuide: (v) => READING_GUIDES.includes(v as never),
  speechRate: (v) => typeof v === 'number' && v >= 0.5 && v <= 2,
};

/** Whether `value` is allowed for the preference `key` (false for keys that are not preferences). */
export function isValidPreference(key: string, value: unknown): boolean {
  return Object.hasOwn(isValid, key) && isValid[key as keyof Preferences](value);
}

/**
 * Changes some preferences and tells every widget. Only the object's own keys count; unknown keys,
 * invalid values and anything that is not an object are left out with a console warning, never
 * thrown. Also fires `selca-preferences-change` (bubbles, composed) on `document` for scripts that
 * are not widgets.
 */
export function setPreferences(changes: Partial<Preferences>): Readonly<Preferences> {
  const current = getPreferences();
  let entries: [string, unknown][] = [];
  try {
    if (changes !== null && typeof changes === 'object') entries = Object.entries(changes);
    else if (changes != null) log.warn(`setPreferences() takes an object of preferences, got ${typeof changes}; nothing changed.`);
  } catch (error) {
    log.warn('setPreferences() could not read the changes it was given; nothing changed.', error);
    return current;
  }
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of entries) {
    if (!Object.hasOwn(isValid, key)) log.warn(`Unknown preference ${JSON.stringify(key)} ignored.`);
    else if (!isValid[key as keyof Preferences](value))
      log.warn(`Preference ${key} = ${describe(value)} is not allowed; kept ${JSON.stringify(next[key])}.`);
    else next[key] = value;
  }
  const changed = (Object.keys(next) as (keyof Preferences)[]).some((key) => next[key] !== current[key]);
  return changed ? publish(next as unknown as Preferences) : current;
}

/** A value as a warning shows it: JSON where it can be, its type where it cannot (a function, a cycle, a BigInt). */
function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

/** Returns every preference to its default. */
export function resetPreferences(): Readonly<Preferences> {
  return setPreferences(DEFAULT_PREFERENCES);
}
