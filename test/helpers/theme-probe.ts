import { LitElement, css, html } from 'lit';
import { PreferencesController, noticeStyles, renderNotice, themeStyles } from '../../src/core/index.js';

/** A bare widget with the shared styles, to read what the theme resolves to. */
export class ThemeProbe extends LitElement {
  static override styles = [
    themeStyles,
    noticeStyles,
    css`
      .moving {
        transition: opacity 1s;
      }
    `,
  ];
  readonly preferences = new PreferencesController(this);

  override render() {
    return html`${renderNotice('error', 'Something went wrong')}<span class="moving">text</span><a href="#x">link</a
      ><span class="probe"></span>`;
  }

  /** The colour a token resolves to, as `rgb(…)`. */
  colour(token: string): string {
    const span = this.shadowRoot!.querySelector<HTMLElement>('.probe')!;
    span.style.color = `var(${token})`;
    const value = getComputedStyle(span).color;
    span.style.removeProperty('color');
    return value;
  }
}
customElements.define('test-theme-probe', ThemeProbe);

const channel = (value: number) => {
  const v = value / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const luminance = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.map(Number);
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
};

/** WCAG contrast ratio of two computed colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
