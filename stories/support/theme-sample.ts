import { css, html, unsafeCSS } from 'lit';
import { noticeStyles, renderNotice, themeStyles } from '../../src/core/index.js';
import { ProfileElement } from '../../src/core/profile-element.js';
import { selcaProfile } from '../../src/data/selca-profile.js';

const TOKENS = [
  ['--_text', 'Text'],
  ['--_secondary-text', 'Secondary text'],
  ['--_background', 'Background'],
  ['--_surface', 'Surface'],
  ['--_brand', 'Brand'],
  ['--_link', 'Link'],
  ['--_border', 'Border'],
  ['--_focus', 'Focus highlight'],
  ['--_error', 'Error'],
] as const;

// One rule per token rather than a style binding: a `style` attribute is refused by `style-src 'self'`.
const swatchColours = unsafeCSS(TOKENS.map(([token]) => `.swatch[data-token='${token}']{background:var(${token})}`).join(''));

/**
 * Shows the shared foundation as a widget renders it: the theme tokens in force, text, a link,
 * a button with the NHS focus style, and the status notice fed by a profile. Used by stories only.
 */
export class ThemeSample extends ProfileElement {
  static override defaultProfile = selcaProfile;

  static override styles = [
    themeStyles,
    noticeStyles,
    css`
      :host {
        padding: 1rem;
      }
      /* A token's name breaks where it must, rather than the table running off a narrow screen. */
      code {
        min-inline-size: 0;
        overflow-wrap: anywhere;
      }
      h2 {
        margin: 0 0 0.5rem;
        color: var(--_brand);
        font-size: 1.5rem;
        line-height: 1.3;
      }
      /* A list that reflows rather than a table: at 320 px with 200% text a table runs off the screen. */
      .tokens {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
        gap: 0.5rem 1rem;
        margin: 0;
      }
      .token {
        padding-block: 0.25rem;
        border-block-end: 1px solid var(--_border);
      }
      dt {
        font-weight: 700;
      }
      dd {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        margin: 0;
      }
      .swatch {
        flex: none;
        inline-size: 1.5rem;
        block-size: 1.5rem;
        border: 1px solid var(--_text);
      }
      button {
        min-block-size: 44px;
        padding: 0.5rem 1rem;
        border: 2px solid var(--_brand);
        border-radius: 4px;
        background: var(--_brand);
        color: var(--_on-brand);
        font: inherit;
        cursor: pointer;
      }
    `,
    swatchColours,
  ];

  override render() {
    const profile = this.data.value;
    return html`
      ${renderNotice(this.data.status, this.data.message)}
      <h2>${profile ? profile.name : 'Alliance'}</h2>
      <p>
        Theme <strong>${this.preferences.value.theme}</strong>. ${profile?.summary ?? ''}
        <a href="#theme-sample">A link in body text</a>.
      </p>
      <p><button type="button">A button</button></p>
      <p class="visually-hidden">Colour tokens in this theme:</p>
      <dl class="tokens">
        ${TOKENS.map(
          ([token, use]) => html`<div class="token">
            <dt>${use}</dt>
            <dd><span class="swatch" data-token=${token}></span><code>${token}</code></dd>
          </div>`,
        )}
      </dl>
    `;
  }
}

if (!customElements.get('selca-story-theme-sample')) customElements.define('selca-story-theme-sample', ThemeSample);

declare global {
  interface HTMLElementTagNameMap {
    'selca-story-theme-sample': ThemeSample;
  }
}
