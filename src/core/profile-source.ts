import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lazyPart } from './lazy.js';
import { log } from './log.js';
import type { AllianceProfile } from './profile.js';
import type { GivenProfile, ProfileParts } from './profile-loader.js';

// Only profiles given by a page are fetched and checked in the browser; the build checks the built-in one.
const loader = lazyPart(() => import('./profile-loader.js'));

/** Words for the visitor, naming what the widget would have shown (`subject`, such as "the map"); the detail goes to the console. */
export const PROFILE_MESSAGES = {
  loading: 'Loading…',
  failed: (subject: string) => `Sorry, ${subject} could not be loaded. Please try again later.`,
  invalid: (subject: string) => `Sorry, we cannot show ${subject} at the moment.`,
};

/** Which of {@link PROFILE_MESSAGES} a widget shows. */
export type ProfileMessage = keyof typeof PROFILE_MESSAGES;

export interface ProfileHost extends ReactiveControllerHost, HTMLElement {
  profile?: unknown;
  src?: string | null;
  srcTimeout?: number;
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
  /** Which message the visitor is shown while status is 'loading' or 'error'. */
  messageKey?: ProfileMessage;
  /** Settles when a profile given as a property has been checked (the checker loads on first use). */
  pending?: Promise<void>;

  #seenProfile: unknown;
  #seenSrc: string | null | undefined;
  #started = false;
  #request = 0;

  constructor(
    private readonly host: ProfileHost,
    private readonly fallback: () => P | undefined,
    private readonly parts: () => ProfileParts = () => ({ needs: [] }),
    private readonly say: (key: ProfileMessage) => string = (key) =>
      key === 'loading' ? PROFILE_MESSAGES.loading : PROFILE_MESSAGES[key]('this information'),
  ) {
    host.addController(this);
  }

  /** A short message for the visitor when status is 'loading' or 'error', in the widget's words. */
  get message(): string {
    return this.messageKey ? this.say(this.messageKey) : '';
  }

  hostUpdate(): void {
    const { profile, src } = this.host;
    if (this.#started && profile === this.#seenProfile && (src ?? null) === (this.#seenSrc ?? null)) return;
    this.#started = true;
    this.#seenProfile = profile;
    this.#seenSrc = src ?? null;
    const request = ++this.#request;
    this.pending = undefined;
    const tag = `<${this.host.localName}>`;
    const given = profile !== undefined && profile !== null;
    try {
      if (!given && !src) return this.#settle(this.fallback());
      // Checked at once when the checker is here, so a new profile never shows "Loading…".
      if (given && loader.value) return this.#use(loader.value.checkGivenProfile(profile, tag, this.parts()));
      this.status = 'loading';
      this.messageKey = 'loading';
      const outcome = loader.load().then(
        (part) =>
          given ? part.checkGivenProfile(profile, tag, this.parts()) : part.loadGivenProfile(src!, tag, this.host.srcTimeout, this.parts()),
        (error: unknown): GivenProfile => ({
          ok: false,
          kind: 'failed',
          detail: `${tag}: the profile checker could not be loaded.`,
          error,
        }),
      );
      const used = outcome.then((result) => {
        if (request !== this.#request) return;
        this.#use(result);
        this.host.requestUpdate();
      });
      // Only a profile given as a property holds back updateComplete; one at `src` shows "Loading…" meanwhile.
      if (given) this.pending = used;
    } catch (error) {
      this.#fail('invalid', `${tag}: the profile could not be read.`, error);
    }
  }

  #use(result: GivenProfile): void {
    if (result.ok) this.#settle(result.profile as P);
    else this.#fail(result.kind, result.detail, result.error);
  }

  #settle(profile: P | undefined): void {
    this.value = profile;
    this.status = 'ready';
    this.messageKey = undefined;
  }

  #fail(kind: 'invalid' | 'failed', detail: string, error?: unknown): void {
    this.status = 'error';
    this.messageKey = kind;
    if (error === undefined) log.error(detail);
    else log.error(detail, error);
  }
}
