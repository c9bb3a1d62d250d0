import { log } from './log.js';
import { safeHttpUrl } from './urls.js';
import { formatIssues, validateProfile } from './profile.js';
import type { AllianceProfile, UsableProfile } from './profile.js';

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

// Shared by every copy of the library on the page, so each URL is fetched once; the number is the
// shape of what it holds (2: profiles checked by section), so a version expecting another shape keeps its own.
const CACHE_KEY = Symbol.for('@selca/widgets.profiles@2');
const cache: Map<string, Promise<UsableProfile>> = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] as
  Map<string, Promise<UsableProfile>> | undefined) ??
((globalThis as Record<symbol, unknown>)[CACHE_KEY] = new Map<string, Promise<UsableProfile>>());

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

async function fetchProfile(url: string, timeoutSeconds: number): Promise<UsableProfile> {
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
 * request is forgotten so a later call can try again. Why it failed is logged once, however many
 * widgets asked.
 */
export function loadProfile(src: string, { timeout = PROFILE_TIMEOUT_SECONDS }: { timeout?: number } = {}): Promise<UsableProfile> {
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
    pending.catch((error: unknown) => {
      cache.delete(url);
      log.error(error instanceof Error ? error.message : String(error));
    });
  }
  return pending;
}

/** What becomes of a profile a page gave a widget: the profile to show, or why not (for the console). */
export type GivenProfile<P = UsableProfile> =
  { ok: true; profile: P } | { ok: false; kind: 'invalid' | 'failed'; detail: string; error?: unknown };

/**
 * The sections of a profile a widget shows: those it cannot do without (each present and, if a
 * list, not empty), and those it can, with what to use when they are left out.
 */
export interface ProfileParts {
  needs: readonly (keyof AllianceProfile)[];
  otherwise?: Partial<AllianceProfile>;
}

/** The widget's part of a checked profile, or why the widget has nothing to show from it. */
function partsFor(profile: UsableProfile, parts: ProfileParts, tag: string, why: (missing: string[]) => string): GivenProfile {
  const missing = parts.needs.filter((key) => {
    const section: unknown = profile[key];
    return section === undefined || (Array.isArray(section) && section.length === 0);
  });
  if (missing.length)
    return {
      ok: false,
      kind: 'invalid',
      detail: `${tag}: the profile has no usable ${missing.join(' or ')}, which this widget shows. ${why(missing)}`,
    };
  return { ok: true, profile: { ...parts.otherwise, ...profile } };
}

/** Checks a profile given as the `profile` property of the widget `tag`; parts left out are warned about. */
export function checkGivenProfile(profile: unknown, tag: string, parts: ProfileParts = { needs: [] }): GivenProfile {
  const result = validateProfile(profile);
  if (!result.ok)
    return {
      ok: false,
      kind: 'invalid',
      detail: `${tag}: the profile property is not a valid alliance profile:\n${formatIssues(result.issues)}`,
    };
  if (result.warnings.length) log.warn(`${tag}: parts of the profile were left out:\n${formatIssues(result.warnings)}`);
  return partsFor(result.profile, parts, tag, (missing) =>
    formatIssues(result.warnings.filter((issue) => missing.some((key) => new RegExp(`^${key}\\b`).test(issue.path)))),
  );
}

/** Loads the profile at the `src` of the widget `tag`; never rejects. */
export function loadGivenProfile(src: string, tag: string, timeout?: number, parts: ProfileParts = { needs: [] }): Promise<GivenProfile> {
  return loadProfile(src, { timeout }).then(
    (profile) => partsFor(profile, parts, tag, () => 'The warning about the profile at src, above, says why.'),
    (error: unknown) => ({
      ok: false,
      kind: (error as { reason?: string }).reason === 'invalid' ? 'invalid' : 'failed',
      // Only an unsafe address is refused before the request, whose failure is logged once for every widget asking.
      detail: `${tag}: the profile at src could not be used. ${
        (error as { reason?: string }).reason === 'unsafe-url' ? (error as Error).message : 'The error above, about that address, says why.'
      }`,
    }),
  );
}
