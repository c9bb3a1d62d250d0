import { unsafeCSS } from 'lit';
import { FONT_STACKS, THEME_COLOURS } from './tokens.js';

const tokenName = (key: string) => `--_${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

const themeRules = Object.entries(THEME_COLOURS)
  .map(
    ([theme, colours]) =>
      `:host([data-selca-theme='${theme}']){${Object.entries(colours)
        .map(([key, value]) => `${tokenName(key)}:${value}`)
        .join(';')}}`,
  )
  .join('');

const fontRules = Object.entries(FONT_STACKS)
  .map(([font, stack]) => `:host([data-selca-font='${font}']){--_font:${stack}}`)
  .join('');

/**
 * The widgets' tokens for each theme and font (from tokens.ts), as rules on the host, added to a
 * widget when a visitor first chooses a theme or font (preferences-controller.ts). Forced colours
 * win over every theme.
 */
export const partStyles = unsafeCSS(`@media not (forced-colors: active){${themeRules}}${fontRules}`);
