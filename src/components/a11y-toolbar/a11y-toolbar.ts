import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { fire } from '../../core/events.js';
import { log } from '../../core/log.js';
import { PreferencesController } from '../../core/preferences.js';
import type { Preferences } from '../../core/preferences.js';
import { themeStyles } from '../../core/theme.js';
import { toolbarStyles } from './a11y-toolbar.styles.js';
import { defaultLabels } from './labels.js';
import type { ToolbarLabels } from './labels.js';
import { preferenceStore } from './preference-store.js';
import { READ_ALOUD_HIGHLIGHT, ReadAloud } from './read-aloud.js';
import type { ReadAloudUtterance, SpeechEngine } from './read-aloud.js';
import { ReadingGuideController } from './reading-guide.js';

// The framework types generated from the manifest import each widget's event details from its module.
export type { ToolbarToggleDetail } from '../../core/events.js';

const TEXT_SCALES = [1, 1.25, 1.5, 1.75, 2];
const DEVICE_HELP_URL = 'https://mcmw.abilitynet.org.uk/';

type Option<V> = readonly [value: V, label: keyof ToolbarLabels];

const SPACING_OPTIONS: Option<Preferences['spacing']>[] = [
  ['default', 'spacingDefault'],
  ['wcag', 'spacingWcag'],
  ['wide', 'spacingWide'],
];
const FONT_OPTIONS: Option<Preferences['font']>[] = [
  ['site', 'fontSite'],
  ['sans', 'fontSans'],
  ['dyslexic', 'fontDyslexic'],
  ['hyperlegible', 'fontHyperlegible'],
];
const THEME_OPTIONS: Option<Preferences['theme']>[] = [
  ['default', 'themeDefault'],
  ['dark', 'themeDark'],
  ['contrast-dark', 'themeContrastDark'],
  ['contrast-light', 'themeContrastLight'],
  ['cream', 'themeCream'],
];
const GUIDE_OPTIONS: Option<Preferences['readingGuide']>[] = [
  ['none', 'guideNone'],
  ['ruler', 'guideRuler'],
  ['mask', 'guideMask'],
];
const TOGGLES: [key: 'highlightLinks' | 'strongFocus' | 'reduceMotion', label: keyof ToolbarLabels][] = [
  ['highlightLinks', 'highlightLinks'],
  ['strongFocus', 'strongFocus'],
  ['reduceMotion', 'reduceMotion'],
];

const SPEEDS = [0.75, 1, 1.25, 1.5];

let highlightSheet: CSSStyleSheet | undefined;
/** Shows or removes the page-level style of the sentence being read. */
function showReadingHighlight(on: boolean): void {
  if (!highlightSheet) {
    highlightSheet = new CSSStyleSheet();
    highlightSheet.replaceSync(`::highlight(${READ_ALOUD_HIGHLIGHT}) { background-color: Mark; color: MarkText; }`);
  }
  const sheets = document.adoptedStyleSheets.filter((sheet) => sheet !== highlightSheet);
  document.adoptedStyleSheets = on ? [...sheets, highlightSheet] : sheets;
}


/** Accepts an http(s) address or a path on the same site; anything else is refused. */
function safeLink(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, document.baseURI);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // falls through to the warning
  }
  log.warn(`<selca-a11y-toolbar>: statement-url "${value}" is not a web address and is not shown.`);
  return undefined;
}

/**
 * @tag selca-a11y-toolbar
 * @summary Display and reading preferences for visitors, applied on this device to the whole page
 * and every `selca-` widget: text size, spacing, font, colours, link and focus highlighting,
 * pausing animation, a reading ruler or mask, and read aloud.
 *
 * A disclosure: the button opens a non-modal panel, so changes stay visible as they are made.
 * Choices persist in one `localStorage` key (memory only where storage is blocked) and follow other
 * tabs. Nothing is switched on by itself, beyond what the operating system already asks for.
 *
 * Every change of preferences fires `selca-preferences-change` on `document` (not on this element),
 * with the preferences in force as `detail`.
 *
 * @fires {ToolbarToggleDetail} selca-toolbar-toggle - The panel opened or closed; `detail.open` says which.
 * Bubbles and is composed.
 *
 * @csspart toggle - The button that opens and closes the panel.
 * @csspart panel - The panel of settings.
 * @csspart reading-guide - The reading ruler or mask.
 *
 * @cssprop [--selca-brand-colour=#005eb8] - Buttons and selected choices.
 * @cssprop [--selca-text-colour=#212b32] - Text of the panel.
 * @cssprop [--selca-background-colour=#ffffff] - Background of the button and panel.
 * @cssprop [--selca-focus-colour=#ffeb3b] - Focus highlight.
 */
export class A11yToolbar extends LitElement {
  static override styles = [themeStyles, toolbarStyles];

  static override get properties() {
    return {
      open: { type: Boolean, reflect: true },
      headingLevel: { type: Number, attribute: 'heading-level' },
      statementUrl: { attribute: 'statement-url' },
      scope: {},
      fontBase: { attribute: 'font-base' },
      labels: { attribute: false },
      speech: { attribute: false },
      status: { state: true, attribute: false },
      forcedColors: { state: true, attribute: false },
      memoryOnly: { state: true, attribute: false },
    };
  }

  /** Whether the panel is open. */
  declare open: boolean;
  /** Level of the panel's heading, 2 to 6, to fit the page's outline. */
  declare headingLevel: number;
  /** Address of the site's accessibility statement, linked from the panel. */
  declare statementUrl: string | null;
  /** A selector limiting the page changes to part of the page (default: the whole body). */
  declare scope: string | null;
  /** Address of the folder holding this site's copy of the reading fonts (default: beside the script). */
  declare fontBase: string | null;
  /** Words to use instead of the defaults, in part or whole. */
  declare labels: Partial<ToolbarLabels>;
  /**
   * The speech engine for read aloud: the browser's own (`speechSynthesis`) unless set; `null`
   * turns read aloud off. Only voices on the device are used.
   */
  declare speech: (SpeechEngine & { createUtterance?(text: string): ReadAloudUtterance }) | null | undefined;
  declare private status: string;
  declare private forcedColors: boolean;
  declare private memoryOnly: boolean;

  private readonly store = preferenceStore();
  private readonly preferences = new PreferencesController(this);
  private readonly guide = new ReadingGuideController(
    this,
    () => this.preferences.value.readingGuide,
    () => this.choose({ readingGuide: 'none' }),
  );
  private stopStoreListener?: () => void;
  private reader?: ReadAloud;
  private readerEngine: unknown;
  private readonly onReaderChange = () => {
    showReadingHighlight(this.reader?.state === 'playing' || this.reader?.state === 'paused');
    this.requestUpdate();
  };
  private readonly forcedColorsQuery = globalThis.matchMedia?.('(forced-colors: active)');
  private readonly onForcedColors = () => (this.forcedColors = this.forcedColorsQuery?.matches ?? false);

  constructor() {
    super();
    this.open = false;
    this.headingLevel = 2;
    this.statementUrl = null;
    this.scope = null;
    this.fontBase = null;
    this.labels = {};
    this.speech = undefined;
    this.status = '';
    this.forcedColors = false;
    this.memoryOnly = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.renderRoot.addEventListener('keydown', this.onKeydownListener);
    try {
      if (this.fontBase) this.store.fontBase = this.fontBase;
      this.store.start(this.scope ?? undefined);
    } catch (error) {
      log.error('<selca-a11y-toolbar> could not start.', error);
    }
    this.memoryOnly = this.store.persistence === 'memory';
    this.stopStoreListener = this.store.onChange(() => (this.memoryOnly = this.store.persistence === 'memory'));
    this.onForcedColors();
    this.forcedColorsQuery?.addEventListener?.('change', this.onForcedColors);
    this.createReader();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.renderRoot.removeEventListener('keydown', this.onKeydownListener);
    this.disposeReader();
    this.stopStoreListener?.();
    this.forcedColorsQuery?.removeEventListener?.('change', this.onForcedColors);
  }

  private createReader(): void {
    this.disposeReader();
    this.readerEngine = this.speech;
    if (this.speech === null) return;
    this.reader = new ReadAloud({
      ...(this.speech !== undefined && { engine: this.speech }),
      ...(this.speech?.createUtterance && { createUtterance: this.speech.createUtterance.bind(this.speech) }),
      exclude: this,
      rate: this.preferences.value.speechRate,
    });
    this.reader.addEventListener('change', this.onReaderChange);
  }

  private disposeReader(): void {
    if (!this.reader) return;
    this.reader.removeEventListener('change', this.onReaderChange);
    this.reader.dispose();
    this.reader = undefined;
    showReadingHighlight(false);
  }

  private statementLink?: string;
  private readonly onKeydownListener = (event: Event) => this.onKeydown(event as KeyboardEvent);

  private get text(): ToolbarLabels {
    return { ...defaultLabels, ...this.labels };
  }

  private choose(changes: Partial<Preferences>): void {
    this.status = '';
    this.store.choose(changes);
  }

  private toggle(): void {
    this.open = !this.open;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('statementUrl')) this.statementLink = safeLink(this.statementUrl);
    if (this.isConnected && this.speech !== this.readerEngine) this.createReader();
    if (this.reader && this.reader.rate !== this.preferences.value.speechRate) this.reader.rate = this.preferences.value.speechRate;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && changed.get('open') !== undefined) {
      if (this.open) this.renderRoot.querySelector<HTMLElement>('.heading')?.focus();
      else this.reader?.stop();
      fire(this, 'selca-toolbar-toggle', { open: this.open });
    }
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.open) return;
    // Marked as handled so the reading guide, listening on the document, keeps running.
    event.preventDefault();
    this.close();
  }

  /** Closes the panel and puts focus back on the button that opened it. */
  close(): void {
    this.open = false;
    this.renderRoot.querySelector<HTMLElement>('.toggle')?.focus();
  }

  private reset(): void {
    this.store.reset();
    this.status = this.text.resetDone;
  }

  private stepText(direction: 1 | -1): void {
    const index = TEXT_SCALES.findIndex((scale) => scale >= this.preferences.value.textScale);
    const next = TEXT_SCALES[Math.min(TEXT_SCALES.length - 1, Math.max(0, index + direction))]!;
    if (next !== this.preferences.value.textScale) this.choose({ textScale: next });
  }

  private radios<K extends 'spacing' | 'font' | 'theme' | 'readingGuide'>(
    key: K,
    legend: keyof ToolbarLabels,
    options: Option<Preferences[K]>[],
    extra: { disabled?: boolean; hint?: string } = {},
  ): TemplateResult {
    const current = this.preferences.value[key];
    const text = this.text;
    return html`<fieldset ?disabled=${extra.disabled} aria-describedby=${extra.hint ? `${key}-hint` : nothing}>
      <legend>${text[legend]}</legend>
      ${extra.hint ? html`<p class="hint" id=${`${key}-hint`}>${extra.hint}</p>` : nothing}
      <div class="choices">
        ${options.map(
          ([value, label]) => html`<label class="choice">
            <input
              type="radio"
              name=${key}
              .value=${String(value)}
              .checked=${current === value}
              @change=${() => this.choose({ [key]: value })}
            />
            ${text[label] as string}
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private readAloudPrimary(): void {
    const reader = this.reader!;
    if (reader.state === 'playing') reader.pause();
    else if (reader.state === 'paused') reader.resume();
    else void reader.start();
  }

  private readAloudStop(): void {
    if (this.reader?.state !== 'playing' && this.reader?.state !== 'paused') return;
    this.reader.stop();
    this.renderRoot.querySelector<HTMLElement>('.read-primary')?.focus();
  }

  private renderReadAloud(): TemplateResult {
    const text = this.text;
    const reader = this.reader;
    const state = reader?.state ?? 'unavailable';
    if (!reader || (state === 'unavailable' && reader.unavailableReason !== 'loading')) {
      return html`<fieldset class="read-aloud">
        <legend>${text.readAloud}</legend>
        <p class="hint">${!reader || reader.unavailableReason === 'no-engine' ? text.readAloudNoSpeech : text.readAloudUnavailable}</p>
      </fieldset>`;
    }
    const active = state === 'playing' || state === 'paused';
    const position = [reader.sentenceIndex + 1, reader.sentenceCount] as const;
    return html`<fieldset class="read-aloud">
      <legend>${text.readAloud}</legend>
      <p class="hint">${text.readAloudHint}</p>
      <div class="actions">
        <button type="button" class="read-primary" ?disabled=${state === 'unavailable'} @click=${() => this.readAloudPrimary()}>
          ${state === 'playing' ? text.pause : state === 'paused' ? text.resume : text.readAloudStart}
        </button>
        <button type="button" class="read-stop" aria-disabled=${active ? 'false' : 'true'} @click=${() => this.readAloudStop()}>
          ${text.stop}
        </button>
        <label class="speed"
          >${text.speed}
          <select .value=${String(this.preferences.value.speechRate)} @change=${(event: Event) => this.choose({ speechRate: Number((event.target as HTMLSelectElement).value) })}>
            ${SPEEDS.map(
              (speed) => html`<option value=${speed}>${speed}×</option>`,
            )}
          </select>
        </label>
      </div>
      <p class="hint read-position">
        ${state === 'playing' ? text.readAloudPlaying(...position) : state === 'paused' ? text.readAloudPaused(...position) : ''}
      </p>
      <p class="visually-hidden" role="status">${state === 'playing' ? text.readAloudStarted : state === 'paused' ? text.readAloudPausedShort : ''}</p>
    </fieldset>`;
  }

  private renderPanel(): TemplateResult {
    const text = this.text;
    const prefs = this.preferences.value;
    const scale = Math.round(prefs.textScale * 100);
    const statement = this.statementLink;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    return html`<section
      id="panel"
      class="panel"
      part="panel"
      aria-labelledby="panel-heading"
      ?hidden=${!this.open}
    >
      <div id="panel-heading" class="heading" role="heading" aria-level=${level} tabindex="-1">${text.heading}</div>
      <p class="hint">${text.intro}</p>
      ${this.memoryOnly ? html`<p class="hint memory">${text.memoryOnly}</p>` : nothing}

      <fieldset class="stepper">
        <legend>${text.textSize}</legend>
        <div class="actions">
          <button type="button" aria-disabled=${scale <= 100 ? 'true' : 'false'} @click=${() => this.stepText(-1)}>
            ${text.textSmaller}
          </button>
          <output aria-live="polite">${scale}%</output>
          <button type="button" aria-disabled=${scale >= 200 ? 'true' : 'false'} @click=${() => this.stepText(1)}>
            ${text.textLarger}
          </button>
        </div>
      </fieldset>

      ${this.radios('spacing', 'spacing', SPACING_OPTIONS)} ${this.radios('font', 'font', FONT_OPTIONS)}
      ${this.radios('theme', 'colours', THEME_OPTIONS, this.forcedColors ? { disabled: true, hint: text.coloursForced } : {})}

      <fieldset>
        <legend>${text.highlight}</legend>
        <div class="actions">
          ${TOGGLES.map(
            ([key, label]) => html`<button
              type="button"
              aria-pressed=${prefs[key] ? 'true' : 'false'}
              @click=${() => this.choose({ [key]: !prefs[key] })}
            >
              ${text[label] as string}
            </button>`,
          )}
        </div>
      </fieldset>

      ${this.radios('readingGuide', 'readingGuide', GUIDE_OPTIONS, { hint: text.guideHint })} ${this.renderReadAloud()}

      <div class="actions">
        <button type="button" class="reset" @click=${() => this.reset()}>${text.reset}</button>
      </div>
      <p class="hint reset-status" role="status">${this.status}</p>

      <ul class="links">
        ${statement ? html`<li><a href=${statement}>${text.statement}</a></li>` : nothing}
        <li><a href=${DEVICE_HELP_URL}>${text.deviceHelp}</a></li>
      </ul>
      <button type="button" class="close" @click=${() => this.close()}>
        ${text.close}
      </button>
    </section>`;
  }

  override render(): TemplateResult {
    return html`<button
        type="button"
        class="toggle"
        part="toggle"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${() => this.toggle()}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            d="M12 2a2 2 0 1 1 0 4 2 2 0 0 1 0-4zm9 7h-6v13h-2v-6h-2v6H9V9H3V7h18v2z"
          /></svg
        >${this.text.toggle}
      </button>
      ${this.renderPanel()} ${this.guide.render()}`;
  }
}
