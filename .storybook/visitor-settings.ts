/**
 * The visitor settings of the accessibility toolbar as Storybook globals (toolbar menus): theme,
 * text size, spacing, reading font and reading guide, plus simulated forced colours and a 320 px
 * viewport. They are put in force as the toolbar does: chosen through the page's preference store,
 * so they are stored and applied to the page, and a choice made in the toolbar story comes back as
 * globals, so it carries to the next story as a visitor's carries to the next page.
 */
import { LitElement, css, html } from 'lit';
import type { PropertyValues } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';
import type { GlobalTypes, Globals } from 'storybook/internal/types';
import { FONTS, READING_GUIDES, SPACINGS, TEXT_SCALES, THEMES, isValidPreference, setPreferences } from '../src/core/preferences.js';
import type { Preferences } from '../src/core/preferences.js';
import { DEFAULT_PREFERENCES, getPreferences, onPreferencesChange } from '../src/core/preference-channel.js';
import { PreferencesController } from '../src/core/preferences-controller.js';
import { themeStyles } from '../src/core/theme.js';
import { preferenceStore, readStoredChoices } from '../src/components/a11y-toolbar/preference-store.js';
import { ReadingGuideController, partStyles as readingGuideStyles } from '../src/components/a11y-toolbar/reading-guide.js';
import { toolbarPanelWords } from '../src/components/a11y-toolbar/panel-words.js';

type Setting = 'theme' | 'spacing' | 'font' | 'readingGuide';

/** The settings whose global carries a preference of the same name, with the toolbar's legend and its labels' prefix. */
const CHOICES: [key: Setting, values: readonly string[], legend: keyof typeof toolbarPanelWords, labelPrefix: string][] = [
  ['theme', THEMES, 'colours', 'theme'],
  ['spacing', SPACINGS, 'spacing', 'spacing'],
  ['font', FONTS, 'font', 'font'],
  ['readingGuide', READING_GUIDES, 'readingGuide', 'guide'],
];

/** The words the toolbar's panel shows for a choice: `contrast-dark` is `themeContrastDark`. */
export const choiceLabel = (labelPrefix: string, value: string): string => {
  const key = labelPrefix + value.replace(/(^|-)(\w)/g, (_, _dash, letter: string) => letter.toUpperCase());
  const label = (toolbarPanelWords as Record<string, unknown>)[key];
  return typeof label === 'string' ? label : value;
};

/** A text size as the toolbar shows it, a percentage, which is also how the global writes it. */
const percent = (scale: number) => String(Math.round(scale * 100));

export const FORCED_COLOURS_GLOBAL = 'forcedColours';

export const visitorGlobalTypes: GlobalTypes = {
  ...Object.fromEntries(
    CHOICES.map(([key, values, legend, labelPrefix]) => [
      key,
      {
        description: `${toolbarPanelWords[legend] as string} (visitor setting, as the accessibility toolbar sets it)`,
        toolbar: {
          title: toolbarPanelWords[legend] as string,
          ...(key === 'theme' && { icon: 'paintbrush' }),
          items: values.map((value) => ({ value, title: choiceLabel(labelPrefix, value) })),
          dynamicTitle: true,
        },
      },
    ]),
  ),
  textSize: {
    description: `${toolbarPanelWords.textSize} (visitor setting, as the accessibility toolbar sets it)`,
    toolbar: {
      title: toolbarPanelWords.textSize,
      items: TEXT_SCALES.map((scale) => ({ value: percent(scale), title: `${percent(scale)}%` })),
      dynamicTitle: true,
    },
  },
  [FORCED_COLOURS_GLOBAL]: {
    description:
      "Forced colours (Windows high contrast), simulated: the widgets take their system colours and the toolbar turns its colour choices off. For the browser's own, emulate forced-colors in the browser's developer tools.",
    toolbar: {
      title: 'Forced colours',
      items: [
        { value: 'off', title: 'Forced colours off' },
        { value: 'on', title: 'Forced colours on (simulated)' },
      ],
      dynamicTitle: true,
    },
  },
};

/** The globals that say `prefs`. */
export function globalsOf(prefs: Readonly<Preferences>): Globals {
  return {
    theme: prefs.theme,
    textSize: percent(prefs.textScale),
    spacing: prefs.spacing,
    font: prefs.font,
    readingGuide: prefs.readingGuide,
  };
}

/** The preferences `globals` give; a value that is not a choice of the toolbar is left out. */
export function preferencesOf(globals: Globals): Partial<Preferences> {
  const given: Record<string, unknown> = Object.fromEntries(CHOICES.map(([key]) => [key, globals[key]]));
  if (globals['textSize'] !== undefined) given['textScale'] = Number(globals['textSize']) / 100;
  return Object.fromEntries(Object.entries(given).filter(([key, value]) => isValidPreference(key, value)));
}

/** What the page's store holds: the visitor's stored choices over the defaults (what is in force, where storage is blocked). */
function storedPreferences(): Readonly<Preferences> {
  try {
    return { ...DEFAULT_PREFERENCES, ...readStoredChoices(localStorage) };
  } catch {
    return getPreferences();
  }
}

const differences = (from: Globals, to: Globals) =>
  Object.fromEntries(Object.entries(to).filter(([key, value]) => String(from[key]) !== String(value)));

/** The globals the preview last rendered with. */
let rendered: Globals = {};

/**
 * Starts the page's preference store (stored choices in force and applied to the page, as on a
 * site with the toolbar) and returns the globals that say them: Storybook's initial globals, which
 * an address's own globals then override.
 */
export function startVisitorSettings(): Globals {
  preferenceStore().start();
  rendered = { ...globalsOf(storedPreferences()), [FORCED_COLOURS_GLOBAL]: 'off' };
  return rendered;
}

/**
 * Calls `update` with the globals that changed whenever the stored choices stop agreeing with the
 * globals: a choice in the toolbar story, a reset, another tab. Globals put in the store agree already,
 * so nothing loops. Returns the function that stops it.
 */
export function followStoredPreferences(update: (changed: Globals) => void): () => void {
  return onPreferencesChange(() => {
    const changed = differences(rendered, globalsOf(storedPreferences()));
    if (Object.keys(changed).length) {
      rendered = { ...rendered, ...changed };
      update(changed);
    }
  });
}

/**
 * Puts `globals` in force: the visitor's (`userGlobals`, all of them unless given) stored as the
 * toolbar stores a choice; then all, a story's own globals included, in force over what a story set.
 */
export function applyVisitorSettings(globals: Globals, userGlobals: Globals = globals): void {
  rendered = { ...rendered, ...userGlobals };
  const chosen = preferencesOf(userGlobals);
  const stored = storedPreferences();
  const changes = Object.fromEntries(Object.entries(chosen).filter(([key, value]) => stored[key as keyof Preferences] !== value));
  if (Object.keys(changes).length) preferenceStore().choose(changes);
  const wanted = preferencesOf(globals);
  // Forced colours override any theme; the stored theme comes back when they are off.
  setPreferences({ ...wanted, ...(globals[FORCED_COLOURS_GLOBAL] === 'on' && { theme: 'default' }) });
}

/** The widgets' forced-colours tokens, read from their own stylesheet: the one place that maps them to system colours. */
const forcedColourTokens = () => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(themeStyles.map((style) => style.cssText).join(''));
  const media = [...sheet.cssRules].find(
    (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText.includes('forced-colors: active'),
  );
  return (media?.cssRules[0] as CSSStyleRule | undefined)?.style.cssText ?? '';
};

const simulatedForcedColours = new CSSStyleSheet();

/**
 * The page a story sits on, styled as a widget is: the library's theme tokens give its text, font,
 * background and spacing, following the visitor's preferences; it draws the reading guide, as the
 * toolbar does on a site; and it simulates forced colours for the widgets and toolbars in it.
 */
export class StorybookPage extends LitElement {
  static override styles = [
    themeStyles,
    readingGuideStyles,
    css`
      :host {
        min-block-size: 100%;
      }
    `,
  ];

  static override get properties() {
    return { forcedColours: { type: Boolean, attribute: 'data-simulated-forced-colours', reflect: true } };
  }

  /** Whether forced colours are simulated. */
  declare forcedColours: boolean;

  readonly #preferences = new PreferencesController(this);
  readonly #guide = new ReadingGuideController(this, () => this.#preferences.value.readingGuide);

  constructor() {
    super();
    this.forcedColours = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!document.adoptedStyleSheets.includes(simulatedForcedColours)) {
      simulatedForcedColours.replaceSync(
        `storybook-page[data-simulated-forced-colours], storybook-page[data-simulated-forced-colours] * {${forcedColourTokens()}}`,
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, simulatedForcedColours];
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('forcedColours')) this.#simulateOnToolbars();
  }

  /** Tells each toolbar in the story whether forced colours are on, as the toolbar stories simulate it. */
  readonly #simulateOnToolbars = () => {
    const real = globalThis.matchMedia?.('(forced-colors: active)').matches ?? false;
    for (const toolbar of this.querySelectorAll('selca-a11y-toolbar')) {
      Object.assign(toolbar, { forcedColors: this.forcedColours || real });
    }
  };

  override render() {
    return html`<slot @slotchange=${this.#simulateOnToolbars}></slot>${this.#guide.render()}`;
  }
}

if (!customElements.get('storybook-page')) customElements.define('storybook-page', StorybookPage);

/** Puts the story's globals in force and the story on a page that follows them; a story's own globals are not stored. */
export const withVisitorSettings: Decorator = (story, { globals, userGlobals }) => {
  applyVisitorSettings(globals, (userGlobals as Globals | undefined) ?? globals);
  return html`<storybook-page .forcedColours=${globals[FORCED_COLOURS_GLOBAL] === 'on'}>${story()}</storybook-page>`;
};

/** Viewports the widgets must fit; Storybook's own sizes are added in preview.ts. */
export const VISITOR_VIEWPORTS = {
  reflow: { name: '320 px wide (WCAG reflow)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
} as const;
