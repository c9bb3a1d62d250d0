import { log } from './log.js';
import { DEFAULT_PREFERENCES, getPreferences, publish } from './preference-channel.js';

export { DEFAULT_PREFERENCES, getPreferences, onPreferencesChange } from './preference-channel.js';

export const THEMES = ['default', 'dark', 'contrast-dark', 'contrast-light', 'cream'] as const;
export const SPACINGS = ['default', 'wcag', 'wide'] as const;
export const FONTS = ['site', 'sans', 'dyslexic', 'hyperlegible'] as const;
export const READING_GUIDES = ['none', 'ruler', 'mask'] as const;

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
 * Changes some preferences and tells every widget. Unknown keys and invalid values are left out
 * with a console warning. Also fires `selca-preferences-change` (bubbles, composed) on `document`
 * for scripts that are not widgets.
 */
export function setPreferences(changes: Partial<Preferences>): Readonly<Preferences> {
  const current = getPreferences();
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(changes ?? {})) {
    const valid = isValid[key as keyof Preferences];
    if (!valid) log.warn(`Unknown preference "${key}" ignored.`);
    else if (!valid(value)) log.warn(`Preference ${key} = ${JSON.stringify(value)} is not allowed; kept ${JSON.stringify(next[key])}.`);
    else next[key] = value;
  }
  const changed = (Object.keys(next) as (keyof Preferences)[]).some((key) => next[key] !== current[key]);
  return changed ? publish(next as unknown as Preferences) : current;
}

/** Returns every preference to its default. */
export function resetPreferences(): Readonly<Preferences> {
  return setPreferences(DEFAULT_PREFERENCES);
}
