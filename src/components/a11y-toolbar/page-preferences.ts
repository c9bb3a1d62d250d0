import { warnOnce } from '../../core/log.js';
import { getPreferences } from '../../core/preferences.js';
import { DEFAULT_LINK_VISITED, FONT_STACKS, THEME_COLOURS } from '../../core/tokens.js';
import type { Preferences } from '../../core/preferences.js';

/**
 * Applies a visitor's preferences to the host page. The page is changed only by `data-selca-*`
 * attributes and `--selca-*` custom properties on `<html>`, plus one constructed stylesheet
 * (allowed under a strict Content-Security-Policy), all removed again at the defaults.
 *
 * Token contract for a site's own components (inherited, so they cross shadow roots):
 * `--selca-text-scale`, `--selca-line-height`, `--selca-letter-spacing`, `--selca-word-spacing`,
 * `--selca-paragraph-spacing`, `--selca-font-override`, `--selca-focus-width`; each set only while
 * its preference is on.
 */

const ATTRIBUTE_PREFIX = 'data-selca-';
/** The focus colours of a theme that names none: the NHS yellow and its dark underline. */
const DEFAULT_FOCUS = '#ffeb3b';
const DEFAULT_FOCUS_TEXT = '#212b32';

/** The attributes and custom properties on `<html>` for a set of preferences; null means absent. */
export function pageState(prefs: Preferences): { attributes: Record<string, string | null>; properties: Record<string, string | null> } {
  const spacing = prefs.spacing !== 'default';
  const theme = prefs.theme === 'default' ? null : THEME_COLOURS[prefs.theme];
  const font = prefs.font === 'site' ? null : FONT_STACKS[prefs.font];
  const dark = prefs.theme === 'dark' || prefs.theme === 'contrast-dark';
  return {
    attributes: {
      'text-scale': prefs.textScale === 1 ? null : String(prefs.textScale),
      spacing: spacing ? prefs.spacing : null,
      font: font ? prefs.font : null,
      theme: theme ? prefs.theme : null,
      links: prefs.highlightLinks ? 'highlight' : null,
      focus: prefs.strongFocus ? 'strong' : null,
      motion: prefs.reduceMotion ? 'reduce' : null,
    },
    properties: {
      'text-scale': prefs.textScale === 1 ? null : String(prefs.textScale),
      'line-height': spacing ? (prefs.spacing === 'wide' ? '2' : '1.5') : null,
      'letter-spacing': spacing ? '0.12em' : null,
      'word-spacing': spacing ? '0.16em' : null,
      'paragraph-spacing': spacing ? '2em' : null,
      'font-override': font,
      'focus-width': prefs.strongFocus ? '4px' : null,
      'page-text': theme?.text ?? null,
      'page-background': theme?.background ?? null,
      'page-link': theme?.link ?? null,
      'page-visited': theme ? (theme.linkVisited ?? DEFAULT_LINK_VISITED) : null,
      'page-border': theme?.border ?? null,
      'page-focus': theme ? (theme.focus ?? DEFAULT_FOCUS) : null,
      'page-focus-text': theme ? (theme.focusText ?? DEFAULT_FOCUS_TEXT) : null,
      // The ring stands out from the theme's background: the focus colour on dark themes, the dark underline colour on light ones.
      'page-focus-ring': theme ? (dark ? (theme.focus ?? DEFAULT_FOCUS) : (theme.focusText ?? DEFAULT_FOCUS_TEXT)) : null,
      'page-scheme': theme ? (dark ? 'dark' : 'light') : null,
    },
  };
}

/** Elements whose font is part of their meaning: code, and icon fonts drawn from ligatures or classes. */
const KEEP_FONT =
  "i, code, code *, pre, pre *, kbd, samp, [class*='icon' i], [class*='material-symbols'], [class^='fa'], [class*=' fa-'], [aria-hidden='true'], [data-selca-keep-font]";

/**
 * A page's `scope` as the browser writes it back, when it is one selector list, so that nothing in
 * it (a brace, an unclosed string) can add rules of its own to the page-wide stylesheet; otherwise
 * the whole body, with one warning. An editor who may set attributes must not be able to restyle
 * the page or make visitors' browsers request other sites.
 */
function checkedScope(scope: string | undefined): string {
  if (scope === undefined) return 'body';
  try {
    document.querySelectorAll(scope);
    const probe = new CSSStyleSheet();
    probe.replaceSync(`${scope}{}`);
    const [rule, ...more] = probe.cssRules;
    if (rule instanceof CSSStyleRule && !more.length) return rule.selectorText;
  } catch {
    // falls through to the warning
  }
  warnOnce(
    `Accessibility toolbar: scope ${JSON.stringify(scope)} is not a CSS selector list; reading settings apply to the whole page body.`,
  );
  return 'body';
}

/** What a page marks as keeping its own colours, because they carry meaning (status tags, charts, maps). */
const KEEP_COLOURS = '[data-selca-keep-colours], .selca-keep-colours';

/** What a visitor reaches with Tab; an element focused only by script (a skip link's target) is left as the site styled it. */
const TABBABLE =
  "a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex]:not([tabindex^='-']), [contenteditable]:not([contenteditable='false'])";
/** Those that take the NHS focus fill; text fields keep the theme's colours to type on, and take the ring. */
const FILLED_ON_FOCUS =
  "a[href], area[href], button, summary, [role='button'], [role='link'], [role='tab'], input:is([type='button'], [type='submit'], [type='reset'])";

/** Radios and checkboxes a site draws itself, as NHS.UK and GOV.UK do: a box or circle in the next label's `::before`. */
const CHOICE_INPUTS = "input:is([type='radio'], [type='checkbox'])";

/** The one stylesheet, scoped to `scope` (a selector or selector list; the whole body by default). */
export function pageStylesheetText(scope = 'body'): string {
  const all = `:is(${scope}), :is(${scope}) *`;
  const inside = (selector: string) => `:is(${scope}) ${selector}`;
  const themed = `:is(${all}):not(${KEEP_COLOURS}, :is(${KEEP_COLOURS}) *)`;
  const focused = `:is(${themed}):is(${TABBABLE}):focus-visible`;
  return `
html[data-selca-text-scale] { font-size: var(--selca-root-font-size) !important; }
:where(html[data-selca-spacing]) :where(${all}) {
  line-height: var(--selca-line-height) !important;
  letter-spacing: var(--selca-letter-spacing) !important;
  word-spacing: var(--selca-word-spacing) !important;
}
:where(html[data-selca-spacing]) :where(${inside('p')}) { margin-block-end: var(--selca-paragraph-spacing) !important; }
:where(html[data-selca-font]) :where(:is(${all}):not(${KEEP_FONT})) { font-family: var(--selca-font-override) !important; }
/* Larger text, wider spacing or a reading font can make a word or a field wider than a phone: it breaks or shrinks (anywhere, unlike break-word, lets a flex item shrink) rather than the page scrolling sideways. */
:where(html:is([data-selca-text-scale], [data-selca-spacing], [data-selca-font])) :where(${scope}) { overflow-wrap: anywhere; }
:where(html:is([data-selca-text-scale], [data-selca-spacing], [data-selca-font])) :where(${inside(':is(select, input, textarea)')}) {
  max-inline-size: 100% !important;
  min-inline-size: 0 !important;
}
@media (forced-colors: none) {
  :where(html[data-selca-theme]) { background-color: var(--selca-page-background) !important; color-scheme: var(--selca-page-scheme); }
  :where(html[data-selca-theme]) :where(${themed}) {
    color: var(--selca-page-text) !important;
    background-color: var(--selca-page-background) !important;
    border-color: var(--selca-page-border) !important;
  }
  /* The drawn box takes the theme's colours, so the dot or tick drawn in the label's colour shows on it. */
  :where(html[data-selca-theme]) :where(:is(${CHOICE_INPUTS}) ~ :is(${themed}):is(label), :is(${CHOICE_INPUTS}) ~ label :is(${themed}))::before {
    background-color: var(--selca-page-background) !important;
    border-color: var(--selca-page-border) !important;
  }
  :where(html[data-selca-theme]) :where(${themed}:is(a[href])) { color: var(--selca-page-link) !important; }
  :where(html[data-selca-theme]) :where(${themed}:is(a[href]):visited) { color: var(--selca-page-visited) !important; }
  /* The theme paints over the site's focus colours, so it draws its own focus: a ring at 3:1 or more on its background, and the NHS fill. */
  :where(html[data-selca-theme]) :where(${focused}) {
    outline: 3px solid var(--selca-page-focus-ring) !important;
    outline-offset: 0 !important;
  }
  :where(html[data-selca-theme]) :where(${focused}:is(${FILLED_ON_FOCUS})) {
    color: var(--selca-page-focus-text) !important;
    background-color: var(--selca-page-focus) !important;
    box-shadow: 0 4px var(--selca-page-focus-text) !important;
  }
  :where(html[data-selca-theme]) :where(${focused}:is(${FILLED_ON_FOCUS}) *) {
    color: inherit !important;
    background-color: transparent !important;
  }
}
:where(html[data-selca-links]) :where(${inside('a[href]')}) {
  text-decoration: underline !important;
  text-decoration-thickness: 2px !important;
}
:where(html[data-selca-links]) :where(${inside('a[href]:not(:focus-visible)')}) {
  outline: 2px solid currentColor !important;
  outline-offset: 2px !important;
}
:where(html[data-selca-focus]) :where(${inside(':focus-visible')}) {
  outline: var(--selca-focus-width) solid #212b32 !important;
  outline-offset: 2px !important;
  box-shadow: 0 0 0 calc(var(--selca-focus-width) * 2) #ffeb3b !important;
}
html[data-selca-motion] { scroll-behavior: auto !important; }
:where(html[data-selca-motion]) :where(${all}), :where(html[data-selca-motion]) :where(${all})::before, :where(html[data-selca-motion]) :where(${all})::after {
  animation-duration: 1ms !important;
  animation-delay: 0s !important;
  animation-iteration-count: 1 !important;
  transition-duration: 0s !important;
  transition-delay: 0s !important;
}
`;
}

interface PageRecord {
  sheet?: CSSStyleSheet;
  scope?: string;
  /** Whether `<html>` had a style attribute before the first change, so reset can restore it. */
  hadStyleAttribute?: boolean;
  /** The site's own root font size as a percentage of the browser default, measured untouched. */
  baseRootPercent?: number;
}

// One record per page, shared by every copy of the library and by the early entry.
const RECORD_KEY = Symbol.for('@selca/widgets.page@1');
const record = (): PageRecord => ((globalThis as Record<symbol, PageRecord | undefined>)[RECORD_KEY] ??= {});

/** The site's root font size as a percentage of the browser's default, measured without our change. */
function measureBaseRootPercent(html: HTMLElement): number {
  const had = html.getAttribute('data-selca-text-scale');
  if (had !== null) html.removeAttribute('data-selca-text-scale');
  const root = parseFloat(getComputedStyle(html).fontSize);
  const probe = document.createElement('span');
  probe.style.fontSize = 'medium';
  html.append(probe);
  const medium = parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  if (had !== null) html.setAttribute('data-selca-text-scale', had);
  return medium > 0 && root > 0 ? (root / medium) * 100 : 100;
}

/**
 * Puts `prefs` on the page. Calling it with the defaults returns `<html>` to exactly how it was:
 * no attribute, custom property, inline style or stylesheet left behind.
 */
export function applyPagePreferences(prefs: Preferences, options: { scope?: string; document?: Document } = {}): void {
  const doc = options.document ?? document;
  const html = doc.documentElement;
  const page = record();
  const { attributes, properties } = pageState(prefs);
  const active = Object.values(attributes).some((value) => value !== null);

  if (active && page.hadStyleAttribute === undefined) page.hadStyleAttribute = html.hasAttribute('style');
  if (attributes['text-scale'] && page.baseRootPercent === undefined) {
    page.baseRootPercent = measureBaseRootPercent(html);
    // Run from <head>, the site's stylesheets may not have applied yet: measure again once they have.
    if (doc.readyState === 'loading') {
      doc.addEventListener(
        'DOMContentLoaded',
        () => {
          page.baseRootPercent = undefined;
          applyPagePreferences(getPreferences(), options);
        },
        { once: true },
      );
    }
  }

  for (const [name, value] of Object.entries(properties)) {
    if (value === null) html.style.removeProperty(`--selca-${name}`);
    else html.style.setProperty(`--selca-${name}`, value);
  }
  if (attributes['text-scale']) {
    const percent = Math.round(page.baseRootPercent! * prefs.textScale * 1000) / 1000;
    html.style.setProperty('--selca-root-font-size', `${percent}%`);
  } else {
    html.style.removeProperty('--selca-root-font-size');
  }
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null) html.removeAttribute(ATTRIBUTE_PREFIX + name);
    else if (html.getAttribute(ATTRIBUTE_PREFIX + name) !== value) html.setAttribute(ATTRIBUTE_PREFIX + name, value);
  }

  const scope = checkedScope(options.scope);
  if (active) {
    if (!page.sheet || page.scope !== scope) {
      const sheet = page.sheet ?? new CSSStyleSheet();
      sheet.replaceSync(pageStylesheetText(scope));
      page.sheet = sheet;
      page.scope = scope;
    }
    if (!doc.adoptedStyleSheets.includes(page.sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, page.sheet];
  } else {
    if (page.sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((sheet) => sheet !== page.sheet);
    if (html.style.length === 0 && page.hadStyleAttribute === false) html.removeAttribute('style');
    page.hadStyleAttribute = undefined;
    page.baseRootPercent = undefined;
  }
}
