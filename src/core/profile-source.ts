import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lazyPart } from './lazy.js';
import { log } from './log.js';
import type { AllianceProfile, ProfileResult } from './profile.js';
import type { Issue } from './schema.js';

// Only profiles given by a page are checked in the browser; the built-in one is checked by the build.
const checker = lazyPart(() => import('./profile.js'));


/** Why a profile could not be used; `detail` is for the web team's console. */
export class ProfileError extends Error {
  constructor(
    readonly reason: 'unsafe-url' | 'network' | 'http' | 'not-json' | 'invalid',
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'ProfileError';
  }
}

// Shared by every copy of the library on the page, so each URL is fetched once.
const CACHE_KEY = Symbol.for('@selca/widgets.profiles');
const cache: Map<string, Promise<AllianceProfile>> = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] as
  | Map<string, Promise<AllianceProfile>>
  | undefined) ?? ((globalThis as Record<symbol, unknown>)[CACHE_KEY] = new Map<string, Promise<AllianceProfile>>());

/** Resolves a profile URL against the page; only http(s) addresses are fetched. */
export function resolveProfileUrl(src: string): string {
  let url: URL;
  try {
    url = new URL(src, globalThis.document?.baseURI);
  } catch {
    throw new ProfileError('unsafe-url', `"${src}" is not a valid address.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ProfileError('unsafe-url', `"${src}" uses ${url.protocol}; only https: and http: addresses are loaded.`);
  }
  url.hash = '';
  return url.href;
}

async function fetchProfile(url: string): Promise<AllianceProfile> {
  // The checker downloads while the profile does.
  checker.load().catch(() => undefined);
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new ProfileError('network', `${url} could not be fetched: ${String(error)}`);
  }
  if (!response.ok) throw new ProfileError('http', `${url} answered ${response.status} ${response.statusText}`.trim());
  let data: unknown;
  try {
    data = await response.json();
  } catch (error) {
    throw new ProfileError('not-json', `${url} is not valid JSON: ${String(error)}`);
  }
  let check: Awaited<ReturnType<typeof checker.load>>;
  try {
    check = await checker.load();
  } catch (error) {
    throw new ProfileError('network', `the profile checker could not be loaded: ${String(error)}`);
  }
  const result = check.validateProfile(data);
  if (!result.ok) throw new ProfileError('invalid', `${url} is not a valid alliance profile:\n${check.formatIssues(result.issues)}`);
  if (result.warnings.length) log.warn(`${url}: parts of the profile were left out:\n${check.formatIssues(result.warnings)}`);
  return result.profile;
}

/**
 * Loads and validates the profile at `src`. Every caller on the page asking for the same URL
 * shares one request; a failed request is forgotten so a later call can try again.
 */
export function loadProfile(src: string): Promise<AllianceProfile> {
  let url: string;
  try {
    url = resolveProfileUrl(src);
  } catch (error) {
    return Promise.reject(error);
  }
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchProfile(url);
    cache.set(url, pending);
    pending.catch(() => cache.delete(url));
  }
  return pending;
}

/** Words for the visitor; the detail goes to the console. */
export const PROFILE_MESSAGES = {
  loading: 'Loading…',
  failed: 'Sorry, this information could not be loaded. Please try again later.',
  invalid: 'Sorry, this information is not available at the moment.',
};

export interface ProfileHost extends ReactiveControllerHost, HTMLElement {
  profile?: unknown;
  src?: string | null;
}

export type ProfileStatus = 'ready' | 'loading' | 'error';

/**
 * Gives a widget its alliance profile: the `profile` property if set, else the profile at the
 * `src` URL, else `fallback` (the built-in profile, or the part of it the widget shows). Bad data
 * never replaces good: on a failure the widget keeps the profile it had and shows `message`.
 */
export class ProfileController<P = AllianceProfile> implements ReactiveController {
  /** The profile to render, or undefined while nothing usable has arrived. */
  value?: P;
  status: ProfileStatus = 'ready';
  /** A short message for the visitor when status is 'loading' or 'error'. */
  message = '';
  /** Settles when a profile given as a property has been checked (the checker loads on first use). */
  pending?: Promise<void>;

  private seenProfile: unknown;
  private seenSrc: string | null | undefined;
  private started = false;
  private request = 0;

  constructor(
    private readonly host: ProfileHost,
    private readonly fallback: () => P | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { profile, src } = this.host;
    if (this.started && profile === this.seenProfile && (src ?? null) === (this.seenSrc ?? null)) return;
    this.started = true;
    this.seenProfile = profile;
    this.seenSrc = src ?? null;
    const request = ++this.request;
    this.pending = undefined;
    try {
      if (profile !== undefined && profile !== null) this.useGiven(profile, request);
      else if (src) this.load(src, request);
      else this.settle(this.fallback());
    } catch (error) {
      this.fail('invalid', `${this.tag()}: the profile could not be read.`, error);
    }
  }

  private useGiven(profile: unknown, request: number): void {
    if (checker.value) {
      this.useChecked(checker.value.validateProfile(profile), checker.value.formatIssues);
      return;
    }
    this.status = 'loading';
    this.message = PROFILE_MESSAGES.loading;
    this.pending = checker.load().then(
      ({ validateProfile, formatIssues }) => {
        if (request !== this.request) return;
        this.useChecked(validateProfile(profile), formatIssues);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (request !== this.request) return;
        this.fail('failed', `${this.tag()}: the profile checker could not be loaded.`, error);
        this.host.requestUpdate();
      },
    );
  }

  private useChecked(result: ProfileResult, format: (issues: Issue[]) => string): void {
    if (!result.ok) this.fail('invalid', `${this.tag()}: the profile property is not a valid alliance profile:\n${format(result.issues)}`);
    else {
      if (result.warnings.length) log.warn(`${this.tag()}: parts of the profile were left out:\n${format(result.warnings)}`);
      this.settle(result.profile as P);
    }
  }

  private load(src: string, request: number): void {
    this.status = 'loading';
    this.message = PROFILE_MESSAGES.loading;
    loadProfile(src).then(
      (profile) => {
        if (request !== this.request) return;
        this.settle(profile as P);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (request !== this.request) return;
        const reason = error instanceof ProfileError ? error.reason : 'network';
        const detail = error instanceof Error ? error.message : String(error);
        this.fail(reason === 'invalid' ? 'invalid' : 'failed', `${this.tag()}: the profile at src could not be used. ${detail}`);
        this.host.requestUpdate();
      },
    );
  }

  private settle(profile: P | undefined): void {
    this.value = profile;
    this.status = 'ready';
    this.message = '';
  }

  private fail(kind: 'invalid' | 'failed', detail: string, error?: unknown): void {
    this.status = 'error';
    this.message = PROFILE_MESSAGES[kind];
    if (error === undefined) log.error(detail);
    else log.error(detail, error);
  }

  private tag(): string {
    return `<${this.host.localName}>`;
  }
}
