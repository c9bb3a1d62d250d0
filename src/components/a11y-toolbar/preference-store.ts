import { log, warnOnce } from '../../core/log.js';
import { DEFAULT_PREFERENCES, getPreferences, isValidPreference, onPreferencesChange, setPreferences } from '../../core/preferences.js';
import type { Preferences } from '../../core/preferences.js';
import { lazyPart } from '../../core/lazy.js';

// A visitor who has changed nothing downloads nothing that changes the page.
const pageChanges = lazyPart(() => import('./page-changes.js'));

/** Whether `prefs` leave the page as the site made it (the reading guide and speech rate draw nothing on it). */
const leavesPageAlone = (prefs: Preferences) =>
  (Object.keys(DEFAULT_PREFERENCES) as (keyof Preferences)[]).every(
    (key) => key === 'readingGuide' || key === 'speechRate' || prefs[key] === DEFAULT_PREFERENCES[key],
  );

/** The one localStorage key, versioned inside. No cookies, nothing sent anywhere. */
export const STORAGE_KEY = 'selca-preferences';
const FORMAT = 1;

type Choices = Partial<Preferences>;

/** The browser's localStorage; reading it throws where the browser blocks storage. */
const browserStorage = (): Storage | null => globalThis.localStorage ?? null;

/** The format number of what is stored, when it is a newer format than this copy of the library writes. */
function newerStoredFormat(raw: string | null): number | undefined {
  try {
    const v = (JSON.parse(raw ?? 'null') as { v?: unknown } | null)?.v;
    return typeof v === 'number' && v > FORMAT ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads stored choices; a corrupt value is removed with a warning. A newer format (another version
 * of the library on this site) is left as it is: this copy then starts from the defaults and never
 * writes over it. Throws when storage is blocked.
 */
export function readStoredChoices(storage: Storage): Choices {
  const raw = storage.getItem(STORAGE_KEY);
  if (raw === null) return {};
  const newer = newerStoredFormat(raw);
  if (newer !== undefined) {
    warnOnce(
      `Accessibility preferences on this site were saved by a newer version of @selca/widgets (format ${newer}); ` +
        'this copy leaves them as they are and keeps new choices only while the page is open. Load one version per site.',
    );
    return {};
  }
  try {
    const parsed = JSON.parse(raw) as { v?: unknown; choices?: unknown };
    if (parsed?.v !== FORMAT || typeof parsed.choices !== 'object' || parsed.choices === null) throw new Error('unknown format');
    const choices: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(parsed.choices)) {
      if (isValidPreference(key, value)) choices[key] = value;
    }
    return choices;
  } catch (error) {
    log.warn(`Stored accessibility preferences were unreadable and have been discarded (${String(error)}).`);
    try {
      storage.removeItem(STORAGE_KEY);
    } catch {
      // storage became unavailable; nothing else to clear
    }
    return {};
  }
}

/** What the operating system already asks for, used until the visitor chooses otherwise. */
export function osDefaults(): Choices {
  const query = (media: string) => globalThis.matchMedia?.(media).matches ?? false;
  const defaults: Choices = {};
  if (query('(prefers-reduced-motion: reduce)')) defaults.reduceMotion = true;
  if (query('(prefers-contrast: more)')) {
    defaults.highlightLinks = true;
    defaults.strongFocus = true;
  }
  return defaults;
}

/**
 * The page's one store of the visitor's explicit choices: loads them on start, writes them on
 * change, follows other tabs, falls back to memory when storage is blocked, and keeps the host page
 * in step with the preferences channel. Every toolbar on the page shares it.
 */
export class PreferenceStore {
  /** 'memory' when the browser blocks storage: choices last only while the page is open. */
  persistence: 'local' | 'memory' = 'local';
  scope: string | undefined;
  /** Where this site keeps the reading fonts (absolute, or relative to the page); by default the package's copy. */
  fontBase: string | undefined;
  #choices: Choices = {};
  #started = false;
  readonly #listeners = new Set<() => void>();
  #stopFollowing: (() => void)[] = [];

  constructor(private readonly storage: () => Storage | null = browserStorage) {}

  /** Loads the stored choices and starts applying preferences to the page. Safe to call again. */
  start(scope?: string): void {
    if (scope) this.scope = scope;
    if (this.#started) return;
    this.#started = true;
    let storage: Storage | null = null;
    try {
      storage = this.storage();
      if (!storage) throw new Error('localStorage is not available');
      this.#choices = readStoredChoices(storage);
    } catch (error) {
      this.#useMemory(error);
    }
    this.#stopFollowing.push(onPreferencesChange((prefs) => this.#applyToPage(prefs)));
    setPreferences({ ...DEFAULT_PREFERENCES, ...osDefaults(), ...this.#choices });
    this.#applyToPage(getPreferences());
    const followOtherTabs = (event: StorageEvent) => {
      if (event.key !== STORAGE_KEY && event.key !== null) return;
      this.#choices = storage && this.persistence === 'local' ? readStoredChoices(storage) : this.#choices;
      setPreferences({ ...DEFAULT_PREFERENCES, ...osDefaults(), ...this.#choices });
    };
    globalThis.addEventListener('storage', followOtherTabs);
    this.#stopFollowing.push(() => globalThis.removeEventListener('storage', followOtherTabs));
  }

  /** Stops applying and following; the page keeps its current state. */
  stop(): void {
    this.#stopFollowing.forEach((stop) => stop());
    this.#stopFollowing = [];
    this.#started = false;
  }

  /** Records an explicit choice, persists it, and applies it everywhere. */
  choose(changes: Choices): void {
    this.#choices = { ...this.#choices, ...changes };
    this.#write();
    setPreferences(changes);
  }

  /** Forgets every choice: the page returns to how it was, and nothing stays in storage. */
  reset(): void {
    this.#choices = {};
    // Tried even in memory mode: a key saved before storage failed must not come back.
    try {
      const storage = this.storage();
      if (storage && newerStoredFormat(storage.getItem(STORAGE_KEY)) === undefined) storage.removeItem(STORAGE_KEY);
    } catch (error) {
      this.#useMemory(error);
    }
    setPreferences({ ...DEFAULT_PREFERENCES, ...osDefaults() });
  }

  /** Told when persistence changes, or a change could not reach the page (for the toolbar's messages). */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #write(): void {
    if (this.persistence === 'memory') return;
    try {
      const storage = this.storage();
      if (!storage) throw new Error('localStorage is not available');
      if (newerStoredFormat(storage.getItem(STORAGE_KEY)) !== undefined) return;
      storage.setItem(STORAGE_KEY, JSON.stringify({ v: FORMAT, choices: this.#choices }));
    } catch (error) {
      this.#useMemory(error);
    }
  }

  #useMemory(error: unknown): void {
    if (this.persistence === 'memory') return;
    this.persistence = 'memory';
    log.warn('Browser storage is blocked: accessibility preferences will last only while this page is open.', error);
    this.#listeners.forEach((listener) => listener());
  }

  /** Settles when the page has caught up with the preferences (its code arrives on the first change). */
  pending?: Promise<void>;
  /** The code that changes the page could not be downloaded: the last change is not on the page. */
  pageFailed = false;

  #applyToPage(prefs: Preferences): void {
    const apply = ({ applyPagePreferences, useReadingFont }: NonNullable<typeof pageChanges.value>) => {
      try {
        // The latest preferences: others may have changed while the code was downloading.
        const latest = getPreferences();
        applyPagePreferences(latest, this.scope ? { scope: this.scope } : {});
        useReadingFont(latest.font, this.fontBase);
      } catch (error) {
        log.error('Accessibility preferences could not be applied to the page.', error);
      }
    };
    if (pageChanges.value) return apply(pageChanges.value);
    if (leavesPageAlone(prefs)) return;
    const pending = pageChanges.load().then(
      (module) => {
        this.pageFailed = false;
        apply(module);
      },
      (error: unknown) => {
        log.error('Accessibility preferences could not be applied to the page.', error);
        this.pageFailed = true;
        this.#listeners.forEach((listener) => listener());
      },
    );
    this.pending = pending;
    void pending.finally(() => {
      if (this.pending === pending) this.pending = undefined;
    });
  }
}

// Versioned by the shape of what it holds, so that another version of the library shares it only when that shape is the same.
const STORE_KEY = Symbol.for('@selca/widgets.preference-store@1');

/** The page's shared store. */
export function preferenceStore(): PreferenceStore {
  return ((globalThis as Record<symbol, PreferenceStore | undefined>)[STORE_KEY] ??= new PreferenceStore());
}
