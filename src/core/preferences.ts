import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fire } from './events.js';
import { log } from './log.js';

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

export const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze({
  textScale: 1,
  spacing: 'default',
  font: 'site',
  theme: 'default',
  reduceMotion: false,
  highlightLinks: false,
  strongFocus: false,
  readingGuide: 'none',
  speechRate: 1,
});

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

type Listener = (preferences: Readonly<Preferences>) => void;

interface Channel {
  value: Readonly<Preferences>;
  listeners: Set<Listener>;
}

// Held on globalThis so that two copies of the library on one page share one set of preferences.
const CHANNEL_KEY = Symbol.for('@selca/widgets.preferences');
const channel: Channel =
  ((globalThis as Record<symbol, unknown>)[CHANNEL_KEY] as Channel | undefined) ??
  ((globalThis as Record<symbol, unknown>)[CHANNEL_KEY] = { value: DEFAULT_PREFERENCES, listeners: new Set<Listener>() });

/** The preferences in force on this page. */
export function getPreferences(): Readonly<Preferences> {
  return channel.value;
}

/**
 * Changes some preferences and tells every widget. Unknown keys and invalid values are left out
 * with a console warning. Also fires `selca-preferences-change` (bubbles, composed) on `document`
 * for scripts that are not widgets.
 */
export function setPreferences(changes: Partial<Preferences>): Readonly<Preferences> {
  const next: Record<string, unknown> = { ...channel.value };
  for (const [key, value] of Object.entries(changes ?? {})) {
    const valid = isValid[key as keyof Preferences];
    if (!valid) log.warn(`Unknown preference "${key}" ignored.`);
    else if (!valid(value)) log.warn(`Preference ${key} = ${JSON.stringify(value)} is not allowed; kept ${JSON.stringify(next[key])}.`);
    else next[key] = value;
  }
  const changed = (Object.keys(next) as (keyof Preferences)[]).some((key) => next[key] !== channel.value[key]);
  if (!changed) return channel.value;
  channel.value = Object.freeze(next as unknown as Preferences);
  for (const listener of [...channel.listeners]) {
    try {
      listener(channel.value);
    } catch (error) {
      log.error('A preferences listener failed.', error);
    }
  }
  if (globalThis.document) fire(globalThis.document, 'selca-preferences-change', channel.value);
  return channel.value;
}

/** Returns every preference to its default. */
export function resetPreferences(): Readonly<Preferences> {
  return setPreferences(DEFAULT_PREFERENCES);
}

/** Calls `listener` after each change; returns the function that stops it. */
export function onPreferencesChange(listener: Listener): () => void {
  channel.listeners.add(listener);
  return () => channel.listeners.delete(listener);
}

/** Host attributes that carry preferences into a widget's styles, each absent at its default. */
const ATTRIBUTES: { [K in keyof Preferences]?: [name: string, value: (p: Preferences) => string | null] } = {
  theme: ['data-selca-theme', (p) => (p.theme === 'default' ? null : p.theme)],
  spacing: ['data-selca-spacing', (p) => (p.spacing === 'default' ? null : p.spacing)],
  font: ['data-selca-font', (p) => (p.font === 'site' ? null : p.font)],
  reduceMotion: ['data-selca-motion', (p) => (p.reduceMotion ? 'reduce' : null)],
  highlightLinks: ['data-selca-links', (p) => (p.highlightLinks ? 'highlight' : null)],
  strongFocus: ['data-selca-focus', (p) => (p.strongFocus ? 'strong' : null)],
};

/**
 * Keeps a widget in step with the visitor's preferences: mirrors them onto host attributes that
 * the shared theme styles read, and asks the widget to render again when they change.
 */
export class PreferencesController implements ReactiveController {
  #stop?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get value(): Readonly<Preferences> {
    return channel.value;
  }

  hostConnected(): void {
    this.#apply();
    this.#stop = onPreferencesChange(() => {
      this.#apply();
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }

  #apply(): void {
    for (const [name, value] of Object.values(ATTRIBUTES)) {
      const next = value(channel.value);
      if (next === null) this.host.removeAttribute(name);
      else if (this.host.getAttribute(name) !== next) this.host.setAttribute(name, next);
    }
  }
}
