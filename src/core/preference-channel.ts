import { fire } from './events.js';
import { log } from './log.js';
import type { Preferences } from './preferences.js';

/*
 * The preferences in force and who listens to them: what every widget needs. Changing them with
 * checks (preferences.ts) is what the toolbar and page scripts need, kept out of the widgets' files.
 */

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

type Listener = (preferences: Readonly<Preferences>) => void;

interface Channel {
  value: Readonly<Preferences>;
  listeners: Set<Listener>;
}

// Held on globalThis so that two copies of the library on one page share one set of preferences;
// the number is the shape of the channel, so only copies that agree on it share it.
const CHANNEL_KEY = Symbol.for('@selca/widgets.preferences@1');
const channel: Channel =
  ((globalThis as Record<symbol, unknown>)[CHANNEL_KEY] as Channel | undefined) ??
  ((globalThis as Record<symbol, unknown>)[CHANNEL_KEY] = { value: DEFAULT_PREFERENCES, listeners: new Set<Listener>() });

/** The preferences in force on this page. */
export function getPreferences(): Readonly<Preferences> {
  return channel.value;
}

/** Calls `listener` after each change; returns the function that stops it. */
export function onPreferencesChange(listener: Listener): () => void {
  channel.listeners.add(listener);
  return () => channel.listeners.delete(listener);
}

/** Puts new preferences in force and tells every listener, then scripts that are not widgets. */
export function publish(next: Preferences): Readonly<Preferences> {
  channel.value = Object.freeze(next);
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
