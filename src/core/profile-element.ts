import { LitElement } from 'lit';
import type { TemplateResult } from 'lit';
import { keepFallbackFocus } from './fallback-focus.js';
import { PartLoader } from './part-loader.js';
import type { PropertyDeclarations } from 'lit';
import { PreferencesController } from './preferences-controller.js';
import type { AllianceProfile } from './profile.js';
import type { ProfileParts } from './profile-loader.js';
import { renderNotice } from './notice.js';
import { PROFILE_MESSAGES, ProfileController } from './profile-source.js';
import type { ProfileMessage } from './profile-source.js';

/**
 * What every widget that shows the alliance profile shares: the `src` and `profile` inputs, a
 * `heading-level` that fits its headings into the host page's outline, and the visitor's
 * preferences from the accessibility toolbar. `P` is the part of a profile the widget shows.
 */
export class ProfileElement<P extends Partial<AllianceProfile> = AllianceProfile> extends LitElement {
  /**
   * The profile shown when neither `src` nor `profile` is given, or only the part of it this
   * widget shows. The define module (`selca-NAME.js`) supplies the built-in one.
   */
  static defaultProfile?: object;

  /** The sections of a profile this widget cannot do without, and what it uses for the others when a page's profile leaves them out. */
  static profileParts: ProfileParts = { needs: [] };

  /** What the widget shows, for its notices ("Sorry, we cannot show the map…"), so that each of several on a page names itself. */
  static subject = 'this information';

  // Typed loosely so each widget's own getter can list only its own properties.
  static override get properties(): PropertyDeclarations {
    return {
      headingLevel: { type: Number, attribute: 'heading-level' },
      src: { reflect: true },
      srcTimeout: { type: Number, attribute: 'src-timeout' },
      profile: { attribute: false },
    };
  }

  /** Level of the widget's own headings, 2 to 6, so they fit the page around it. */
  declare headingLevel: number;
  /** Address of an alliance profile to show instead of the built-in one. */
  declare src: string | null;
  /** Seconds the profile at `src` may take to arrive before the widget stops waiting and says so (10 when not set). */
  declare srcTimeout: number | undefined;
  /** An alliance profile object, used before `src`. */
  declare profile: unknown;

  protected readonly data = new ProfileController<P>(
    this,
    () => (this.constructor as typeof ProfileElement).defaultProfile as P | undefined,
    () => (this.constructor as typeof ProfileElement).profileParts,
    (key) => this.profileMessage(key),
  );
  protected readonly preferences = new PreferencesController(this);
  /** The widget's parts loaded on first use (`lazyPart`). */
  protected readonly parts = new PartLoader(this);

  constructor() {
    super();
    this.headingLevel = 2;
    this.src = null;
    this.profile = undefined;
  }

  protected override firstUpdated(): void {
    keepFallbackFocus(this);
  }

  /** The words of a notice about the profile; a widget with its own words (`WordsController`) gives them here. */
  protected profileMessage(key: ProfileMessage): string {
    return key === 'loading' ? PROFILE_MESSAGES.loading : PROFILE_MESSAGES[key]((this.constructor as typeof ProfileElement).subject);
  }

  /** The notice a widget shows when it cannot show what it is for (the detail goes to the console). */
  protected renderUnavailable(): TemplateResult {
    return renderNotice('error', this.profileMessage('invalid'));
  }

  /** What `updateComplete` waits for besides rendering; a widget may add its own. */
  protected pendingWork(): Promise<unknown> | undefined {
    return this.data.pending ?? this.parts.pending;
  }

  /** Also waits for a `profile` given as a property to be checked, and for parts being downloaded, and for showing them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let pending = this.pendingWork(); pending; pending = this.pendingWork()) {
      await pending;
      if (this.data.pending === pending) this.data.pending = undefined;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }
}
