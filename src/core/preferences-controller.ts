import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getPreferences, onPreferencesChange } from './preference-channel.js';
import type { Preferences } from './preferences.js';

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
    return getPreferences();
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
    const preferences = getPreferences();
    for (const [name, value] of Object.values(ATTRIBUTES)) {
      const next = value(preferences);
      if (next === null) this.host.removeAttribute(name);
      else if (this.host.getAttribute(name) !== next) this.host.setAttribute(name, next);
    }
  }
}
