import { unsafeCSS } from 'lit';
import { FONT_STACKS, THEME_COLOURS } from './tokens.js';

const tokenName = (key: string) => `--_${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/**
 * The widgets' tokens for each theme and font (from tokens.ts), as rules on the host. They come before the rest of
 * the theme's rules, so forced colours, written later with the same specificity, win over a theme.
 */
export const themeTokenStyles = unsafeCSS(
  Object.entries(THEME_COLOURS)
    .map(
      ([theme, colours]) =>
        `:host([data-selca-theme='${theme}']){${Object.entries(colours)
          .map(([key, value]) => `${tokenName(key)}:${value}`)
          .join(';')}}`,
    )
    .join('') +
    Object.entries(FONT_STACKS)
      .map(([font, stack]) => `:host([data-selca-font='${font}']){--_font:${stack}}`)
      .join(''),
);
