import { LitElement } from 'lit';
import type { PropertyDeclarations } from 'lit';
import { PreferencesController } from './preferences.js';
import { ProfileController } from './profile-source.js';

/**
 * What every widget that shows the alliance profile shares: the `src` and `profile` inputs, a
 * `heading-level` that fits its headings into the host page's outline, and the visitor's
 * preferences from the accessibility toolbar.
 */
export class ProfileElement extends LitElement {
  // Typed loosely so each widget's own getter can list only its own properties.
  static override get properties(): PropertyDeclarations {
    return {
      headingLevel: { type: Number, attribute: 'heading-level' },
      src: { reflect: true },
      profile: { attribute: false },
    };
  }

  /** Level of the widget's own headings, 2 to 6, so they fit the page around it. */
  declare headingLevel: number;
  /** Address of an alliance profile to show instead of the built-in one. */
  declare src: string | null;
  /** An alliance profile object, used before `src`. */
  declare profile: unknown;

  protected readonly data = new ProfileController(this);
  protected readonly preferences = new PreferencesController(this);

  constructor() {
    super();
    this.headingLevel = 2;
    this.src = null;
    this.profile = undefined;
  }
}
