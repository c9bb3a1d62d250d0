import { log } from './log.js';
import { safeHttpUrl } from './urls.js';
import { formatIssues, validateProfile } from './profile.js';
import type { AllianceProfile } from './profile.js';

/**
 * Loading and checking profiles that a page gives (`src`, `profile`). A widget showing the
 * built-in profile never downloads this module: the build has checked that profile already.
 */
export { formatIssues, validateProfile };

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
  Map<string, Promise<AllianceProfile>> | undefined) ??
((globalThis as Record<symbol, unknown>)[CACHE_KEY] = new Map<string, Promise<AllianceProfile>>());

/** Resolves a profile URL against the page, by the library's one address rule (urls.ts). */
export function resolveProfileUrl(src: string): string {
  const safe = safeHttpUrl(src, globalThis.document?.baseURI);
  if (!safe) {
    throw new ProfileError(
      'unsafe-url',
      `"${src}" is not loaded: only https:// or http:// addresses without a user name, or paths on this site, are.`,
    );
  }
  const url = new URL(safe);
  url.hash = '';
  return url.href;
}

async function fetchProfile(url: string): Promise<AllianceProfile> {
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
  const result = validateProfile(data);
  if (!result.ok) throw new ProfileError('invalid', `${url} is not a valid alliance profile:\n${formatIssues(result.issues)}`);
  if (result.warnings.length) log.warn(`${url}: parts of the profile were left out:\n${formatIssues(result.warnings)}`);
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

/** What becomes of a profile a page gave a widget: the profile to show, or why not (for the console). */
export type GivenProfile<P = AllianceProfile> =
  { ok: true; profile: P } | { ok: false; kind: 'invalid' | 'failed'; detail: string; error?: unknown };

/** Checks a profile given as the `profile` property of the widget `tag`; parts left out are warned about. */
export function checkGivenProfile(profile: unknown, tag: string): GivenProfile {
  const result = validateProfile(profile);
  if (!result.ok)
    return {
      ok: false,
      kind: 'invalid',
      detail: `${tag}: the profile property is not a valid alliance profile:\n${formatIssues(result.issues)}`,
    };
  if (result.warnings.length) log.warn(`${tag}: parts of the profile were left out:\n${formatIssues(result.warnings)}`);
  return { ok: true, profile: result.profile };
}

/** Loads the profile at the `src` of the widget `tag`; never rejects. */
export function loadGivenProfile(src: string, tag: string): Promise<GivenProfile> {
  return loadProfile(src).then(
    (profile) => ({ ok: true, profile }),
    (error: unknown) => ({
      ok: false,
      kind: (error as { reason?: string }).reason === 'invalid' ? 'invalid' : 'failed',
      detail: `${tag}: the profile at src could not be used. ${error instanceof Error ? error.message : String(error)}`,
    }),
  );
}
