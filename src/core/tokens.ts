import type { Preferences } from './preferences.js';

/**
 * The colours of each theme a visitor may choose, and the font stacks: the one source of both the
 * widgets' tokens (theme-tokens.ts) and the stylesheet the toolbar puts on the page: plain data, so
 * the early script and the page changes can use it without Lit. Each key is a widget
 * token (`link` is `--_link`); a theme that leaves one out keeps the site's (NHS) value. The
 * contrast themes keep text at 7:1 or more.
 */
export const THEME_COLOURS: Record<Exclude<Preferences['theme'], 'default'>, Partial<Record<ThemeToken, string>>> = {
  dark: {
    text: '#f0f4f5',
    secondaryText: '#c6d0d6',
    background: '#15202b',
    surface: '#1f2f3d',
    brand: '#8ec9ff',
    onBrand: '#15202b',
    link: '#8ec9ff',
    linkVisited: '#d7b5ff',
    border: '#aeb7bd',
    error: '#ff9b8f',
  },
  'contrast-dark': {
    text: '#ffff00',
    secondaryText: '#ffff00',
    background: '#000000',
    surface: '#000000',
    brand: '#ffff00',
    onBrand: '#000000',
    link: '#00ffff',
    linkVisited: '#ff80ff',
    border: '#ffff00',
    focus: '#ffffff',
    focusText: '#000000',
    error: '#ffffff',
  },
  'contrast-light': {
    text: '#000000',
    secondaryText: '#000000',
    background: '#ffffff',
    surface: '#ffffff',
    brand: '#000000',
    onBrand: '#ffffff',
    link: '#0000c0',
    linkVisited: '#5a0090',
    border: '#000000',
    focus: '#ffeb3b',
    focusText: '#000000',
    error: '#a00000',
  },
  cream: {
    text: '#212b32',
    secondaryText: '#4a5a66',
    background: '#fbf5e6',
    surface: '#f3ead2',
    brand: '#004f9c',
    link: '#004f9c',
    border: '#5b6770',
    error: '#b0241a',
  },
};

export type ThemeToken =
  | 'text'
  | 'secondaryText'
  | 'background'
  | 'surface'
  | 'brand'
  | 'onBrand'
  | 'link'
  | 'linkVisited'
  | 'border'
  | 'focus'
  | 'focusText'
  | 'error';

/** The visited-link colour a theme that names none keeps: the NHS one. */
export const DEFAULT_LINK_VISITED = '#330072';

/** The font stack of each reading font a visitor may choose (the site's own font has none). */
export const FONT_STACKS: Record<Exclude<Preferences['font'], 'site'>, string> = {
  sans: 'Arial, Helvetica, sans-serif',
  dyslexic: "OpenDyslexic, 'Comic Sans MS', Arial, sans-serif",
  hyperlegible: "'Atkinson Hyperlegible', Arial, sans-serif",
};
