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
    readonly reason: 'unsafe-url' | 'network' | 'timeout' | 'too-large' | 'http' | 'not-json' | 'invalid',
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

/** How long a profile request may take, body included, unless the widget's `src-timeout` says otherwise. */
export const PROFILE_TIMEOUT_SECONDS = 10;

/** The most a profile may weigh: a whole alliance is some tens of kilobytes; more is a mistake or an attack. */
export const PROFILE_MAX_BYTES = 2_000_000;

/** The body as text, stopped as soon as it passes {@link PROFILE_MAX_BYTES}, however long the server goes on. */
async function readBody(response: Response, url: string): Promise<string> {
  const tooLarge = () => new ProfileError('too-large', `${url} is larger than ${PROFILE_MAX_BYTES / 1_000_000} MB; it was not read.`);
  if (Number(response.headers.get('content-length')) > PROFILE_MAX_BYTES) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  for (let size = 0; ;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > PROFILE_MAX_BYTES) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new Blob(chunks as BlobPart[]).text();
}

async function fetchProfile(url: string, timeoutSeconds: number): Promise<AllianceProfile> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutSeconds * 1000);
  const failed = (reason: 'network' | 'not-json', error: unknown) =>
    controller.signal.aborted
      ? new ProfileError('timeout', `${url} did not arrive within ${timeoutSeconds} s; the request was stopped.`)
      : new ProfileError(reason, `${url} ${reason === 'network' ? 'could not be fetched' : 'could not be read'}: ${String(error)}`);
  try {
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' }, signal: controller.signal });
    } catch (error) {
      throw failed('network', error);
    }
    if (!response.ok) throw new ProfileError('http', `${url} answered ${response.status} ${response.statusText}`.trim());
    let text: string;
    try {
      text = await readBody(response, url);
    } catch (error) {
      throw error instanceof ProfileError ? error : failed('not-json', error);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new ProfileError('not-json', `${url} is not valid JSON: ${String(error)}`);
    }
    const result = validateProfile(data);
    if (!result.ok) throw new ProfileError('invalid', `${url} is not a valid alliance profile:\n${formatIssues(result.issues)}`);
    if (result.warnings.length) log.warn(`${url}: parts of the profile were left out:\n${formatIssues(result.warnings)}`);
    return result.profile;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Loads and validates the profile at `src`, stopping after `timeout` seconds. Every caller on the
 * page asking for the same URL shares one request (and the first caller's time limit); a failed
 * request is forgotten so a later call can try again.
 */
export function loadProfile(src: string, { timeout = PROFILE_TIMEOUT_SECONDS }: { timeout?: number } = {}): Promise<AllianceProfile> {
  let url: string;
  try {
    url = resolveProfileUrl(src);
  } catch (error) {
    return Promise.reject(error);
  }
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchProfile(url, Number.isFinite(timeout) && timeout > 0 ? Math.min(timeout, 600) : PROFILE_TIMEOUT_SECONDS);
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
export function loadGivenProfile(src: string, tag: string, timeout?: number): Promise<GivenProfile> {
  return loadProfile(src, { timeout }).then(
    (profile) => ({ ok: true, profile }),
    (error: unknown) => ({
      ok: false,
      kind: (error as { reason?: string }).reason === 'invalid' ? 'invalid' : 'failed',
      detail: `${tag}: the profile at src could not be used. ${error instanceof Error ? error.message : String(error)}`,
    }),
  );
}
