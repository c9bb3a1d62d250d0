import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lazyPart } from './lazy.js';
import { log } from './log.js';
import type { AllianceProfile, ProfileResult } from './profile.js';
import type { Issue } from './schema.js';

// Only profiles given by a page are fetched and checked in the browser; the build checks the built-in one.
const loader = lazyPart(() => import('./profile-loader.js'));

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

  #seenProfile: unknown;
  #seenSrc: string | null | undefined;
  #started = false;
  #request = 0;

  constructor(
    private readonly host: ProfileHost,
    private readonly fallback: () => P | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { profile, src } = this.host;
    if (this.#started && profile === this.#seenProfile && (src ?? null) === (this.#seenSrc ?? null)) return;
    this.#started = true;
    this.#seenProfile = profile;
    this.#seenSrc = src ?? null;
    const request = ++this.#request;
    this.pending = undefined;
    try {
      if (profile !== undefined && profile !== null) this.#useGiven(profile, request);
      else if (src) this.#load(src, request);
      else this.#settle(this.fallback());
    } catch (error) {
      this.#fail('invalid', `${this.#tag()}: the profile could not be read.`, error);
    }
  }

  #useGiven(profile: unknown, request: number): void {
    if (loader.value) {
      this.#useChecked(loader.value.validateProfile(profile), loader.value.formatIssues);
      return;
    }
    this.status = 'loading';
    this.message = PROFILE_MESSAGES.loading;
    this.pending = loader.load().then(
      ({ validateProfile, formatIssues }) => {
        if (request !== this.#request) return;
        this.#useChecked(validateProfile(profile), formatIssues);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (request !== this.#request) return;
        this.#fail('failed', `${this.#tag()}: the profile checker could not be loaded.`, error);
        this.host.requestUpdate();
      },
    );
  }

  #useChecked(result: ProfileResult, format: (issues: Issue[]) => string): void {
    if (!result.ok)
      this.#fail('invalid', `${this.#tag()}: the profile property is not a valid alliance profile:\n${format(result.issues)}`);
    else {
      if (result.warnings.length) log.warn(`${this.#tag()}: parts of the profile were left out:\n${format(result.warnings)}`);
      this.#settle(result.profile as P);
    }
  }

  #load(src: string, request: number): void {
    this.status = 'loading';
    this.message = PROFILE_MESSAGES.loading;
    loader
      .load()
      .then(({ loadProfile }) => loadProfile(src))
      .then(
        (profile) => {
          if (request !== this.#request) return;
          this.#settle(profile as P);
          this.host.requestUpdate();
        },
        (error: unknown) => {
          if (request !== this.#request) return;
          const reason = (error as { reason?: string }).reason ?? 'network';
          const detail = error instanceof Error ? error.message : String(error);
          this.#fail(reason === 'invalid' ? 'invalid' : 'failed', `${this.#tag()}: the profile at src could not be used. ${detail}`);
          this.host.requestUpdate();
        },
      );
  }

  #settle(profile: P | undefined): void {
    this.value = profile;
    this.status = 'ready';
    this.message = '';
  }

  #fail(kind: 'invalid' | 'failed', detail: string, error?: unknown): void {
    this.status = 'error';
    this.message = PROFILE_MESSAGES[kind];
    if (error === undefined) log.error(detail);
    else log.error(detail, error);
  }

  #tag(): string {
    return `<${this.host.localName}>`;
  }
}
