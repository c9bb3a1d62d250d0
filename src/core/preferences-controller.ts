import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lazyPart } from './lazy.js';
import { PartLoader } from './part-loader.js';
import { getPreferences, onPreferencesChange } from './preference-channel.js';
import type { Preferences } from './preferences.js';

/** The colours of the themes and the reading fonts' stacks: needed only once a visitor chooses one. */
export const themePart = lazyPart(() => import('./theme-tokens.js'));

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
 * the shared theme styles read, and asks the widget to render again when they change. A theme or
 * reading font brings its styles when first chosen; a widget that appears while they download
 * stays invisible (keeping its place), so it never shows in colours the visitor turned away from.
 */
export class PreferencesController implements ReactiveController {
  #stop?: () => void;
  readonly #parts: PartLoader;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.#parts = new PartLoader(host);
  }

  get value(): Readonly<Preferences> {
    return getPreferences();
  }

  /** Settles once the chosen theme's styles are in the widget; undefined when nothing is downloading. */
  get pending(): Promise<unknown> | undefined {
    return this.#parts.pending;
  }

  hostConnected(): void {
    this.#apply();
    if (this.#parts.pending) {
      this.host.setAttribute('data-selca-theme-pending', '');
      void this.#parts.pending.finally(() => this.host.removeAttribute('data-selca-theme-pending'));
    }
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
    if (preferences.theme !== 'default' || preferences.font !== 'site') this.#parts.use(themePart);
    for (const [name, value] of Object.values(ATTRIBUTES)) {
      const next = value(preferences);
      if (next === null) this.host.removeAttribute(name);
      else if (this.host.getAttribute(name) !== next) this.host.setAttribute(name, next);
    }
  }
}
