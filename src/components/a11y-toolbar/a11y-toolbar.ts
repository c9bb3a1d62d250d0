import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { lazyPart } from '../../core/lazy.js';
import { PartLoader } from '../../core/part-loader.js';
import { fire } from '../../core/events.js';
import { log } from '../../core/log.js';
import { keepFallbackFocus } from '../../core/fallback-focus.js';
import { PreferencesController } from '../../core/preferences-controller.js';
import { TEXT_SCALES } from '../../core/preferences.js';
import type { Preferences } from '../../core/preferences.js';
import { READ_ALOUD_HIGHLIGHT_RULE, themeStyles } from '../../core/theme.js';
import { WordsController } from '../../core/words.js';
import { toolbarStyles } from './a11y-toolbar.styles.js';
import { toolbarButtonWords } from './words.js';
import type { ToolbarWords, ToolbarWordsGiven } from './words.js';
import { osDefaults, preferenceStore } from './preference-store.js';
import type { ReadAloud, ReadAloudUtterance, SpeechEngine } from './read-aloud.js';
import type { ReadingGuideController } from './reading-guide.js';
import type { ToolbarView } from './toolbar-panel.js';

// Loaded when first used, and ahead of that once the page is idle: a page pays for the button only.
const panelPart = lazyPart(() => import('./toolbar-panel.js'));
const readAloudPart = lazyPart(() => import('./read-aloud.js'));
const guidePart = lazyPart(() => import('./reading-guide.js'));

// The framework types generated from the manifest import each widget's event details from its module.
export type { ToolbarToggleDetail } from '../../core/events.js';
export { toolbarButtonWords };
export type { ToolbarWords, ToolbarWordsGiven };

const TAG = 'selca-a11y-toolbar';
// The toolbar's English words: the button's, joined by the panel's when they arrive with it.
const defaults = { ...toolbarButtonWords } as ToolbarWords;

let highlightSheet: CSSStyleSheet | undefined;
/** Shows or removes the page-level style of the sentence being read. */
function showReadingHighlight(on: boolean): void {
  if (!highlightSheet) {
    highlightSheet = new CSSStyleSheet();
    highlightSheet.replaceSync(READ_ALOUD_HIGHLIGHT_RULE);
  }
  const sheets = document.adoptedStyleSheets.filter((sheet) => sheet !== highlightSheet);
  document.adoptedStyleSheets = on ? [...sheets, highlightSheet] : sheets;
}

/**
 * @tag selca-a11y-toolbar
 * @summary Display and reading preferences for visitors, applied on this device to the whole page
 * and every `selca-` widget: text size, spacing, font, colours, link and focus highlighting,
 * pausing animation, a reading ruler or mask, and read aloud.
 *
 * A disclosure: the button opens a non-modal panel, so changes stay visible as they are made.
 * Choices persist in one `localStorage` key (memory only where storage is blocked) and follow other
 * tabs. Nothing is switched on by itself, beyond what the operating system already asks for, and a
 * reset keeps that. A colour theme draws its own focus ring on the page's controls, and leaves alone
 * any element marked `data-selca-keep-colours` (colours that carry meaning). The reading guide moves
 * with Alt and the up or down arrow; Escape on the toolbar's button turns it off.
 *
 * Every change of preferences fires `selca-preferences-change` on `document` (not on this element),
 * with the preferences in force as `detail`.
 *
 * Every word it shows or announces can be replaced: see `toolbarButtonWords` and `toolbarPanelWords`
 * for the keys, `setWords` for a whole page, and the `words` property for one element. It takes its
 * language and direction from its own `lang` and `dir` or its nearest ancestor's, and follows them.
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
      buttonLabel: { attribute: 'button-label' },
      words: { attribute: false },
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
  /** Address of the folder holding this site's copy of the reading fonts, absolute or relative to the page (default: the package's copy, `dist/cdn/fonts/`). */
  declare fontBase: string | null;
  /** The button's words, "Accessibility tools" unless replaced; the same as `words.toggle`, and wins over it. */
  declare buttonLabel: string | null;
  /** Replacements for this element's words, by key (`toolbarButtonWords` and `toolbarPanelWords` list them); they win over the page's. */
  declare words: ToolbarWordsGiven | undefined;
  /** The older name of `words`, kept for pages that use it; `words` wins where both give a key. */
  declare labels: ToolbarWordsGiven | undefined;
  /**
   * The speech engine for read aloud: the browser's own (`speechSynthesis`) unless set; `null`
   * turns read aloud off. Only voices on the device are used.
   */
  declare speech: (SpeechEngine & { createUtterance?(text: string): ReadAloudUtterance }) | null | undefined;
  /** What the reset (or a failed page change) says, made when shown so it is in the toolbar's language then. */
  declare private status: (() => TemplateResult | string) | undefined;
  declare private forcedColors: boolean;
  declare private memoryOnly: boolean;

  readonly #store = preferenceStore();
  readonly #words = new WordsController(this, TAG, defaults, () => [
    { toggle: this.buttonLabel || undefined },
    this.words,
    this.labels,
  ]).speaks(() => import('./spoken-words.js').then((module) => module.toolbarSpoken));
  readonly #preferences = new PreferencesController(this);
  #guide?: ReadingGuideController;
  #stopStoreListener?: () => void;
  #reader?: ReadAloud;
  readonly #parts = new PartLoader(this);
  #focusHeading = false;
  #readerEngine: unknown;
  readonly #onReaderChange = () => {
    showReadingHighlight(this.#reader?.state === 'playing' || this.#reader?.state === 'paused');
    this.requestUpdate();
  };
  readonly #forcedColorsQuery = globalThis.matchMedia?.('(forced-colors: active)');
  readonly #onForcedColors = () => (this.forcedColors = this.#forcedColorsQuery?.matches ?? false);

  constructor() {
    super();
    this.open = false;
    this.headingLevel = 2;
    this.statementUrl = null;
    this.scope = null;
    this.fontBase = null;
    this.buttonLabel = null;
    this.speech = undefined;
    this.forcedColors = false;
    this.memoryOnly = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.renderRoot.addEventListener('keydown', this.#onKeydownListener);
    try {
      if (this.fontBase) this.#store.fontBase = this.fontBase;
      this.#store.start(this.scope ?? undefined);
    } catch (error) {
      log.error('<selca-a11y-toolbar> could not start.', error);
    }
    this.memoryOnly = this.#store.persistence === 'memory';
    this.#stopStoreListener = this.#store.onChange(() => {
      this.memoryOnly = this.#store.persistence === 'memory';
      if (this.#store.pageFailed) this.status = () => this.#words.mark('settingFailed');
    });
    this.#onForcedColors();
    this.#forcedColorsQuery?.addEventListener?.('change', this.#onForcedColors);
    panelPart.prefetch();
    if (this.speech !== null) readAloudPart.prefetch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.renderRoot.removeEventListener('keydown', this.#onKeydownListener);
    this.#disposeReader();
    this.#stopStoreListener?.();
    this.#forcedColorsQuery?.removeEventListener?.('change', this.#onForcedColors);
  }

  protected override firstUpdated(): void {
    keepFallbackFocus(this);
  }

  /** Also waits for the parts being downloaded, the page catching up with a change, and for showing them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let pending = this.#parts.pending ?? this.#store.pending; pending; pending = this.#parts.pending ?? this.#store.pending) {
      await pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  #createReader(): void {
    this.#disposeReader();
    this.#readerEngine = this.speech;
    const ReadAloud = readAloudPart.value?.ReadAloud;
    if (this.speech === null || !ReadAloud) return;
    this.#reader = new ReadAloud({
      ...(this.speech !== undefined && { engine: this.speech }),
      ...(this.speech?.createUtterance && { createUtterance: this.speech.createUtterance.bind(this.speech) }),
      exclude: this,
      rate: this.#preferences.value.speechRate,
    });
    this.#reader.addEventListener('change', this.#onReaderChange);
  }

  #disposeReader(): void {
    if (!this.#reader) return;
    this.#reader.removeEventListener('change', this.#onReaderChange);
    this.#reader.dispose();
    this.#reader = undefined;
    showReadingHighlight(false);
  }

  readonly #onKeydownListener = (event: Event) => this.#onKeydown(event as KeyboardEvent);

  #choose(changes: Partial<Preferences>): void {
    this.status = undefined;
    // Choosing a guide again is the visitor asking again: a download that failed is retried.
    if (changes.readingGuide && changes.readingGuide !== 'none') this.#parts.use(guidePart, { retry: true });
    this.#store.choose(changes);
  }

  #toggle(): void {
    this.open = !this.open;
    if (!this.open) return;
    // Opening is the visitor asking: parts that failed to download are tried again.
    this.#parts.use(panelPart, { retry: true });
    if (this.speech !== null) this.#parts.use(readAloudPart, { retry: true });
  }

  protected override willUpdate(): void {
    // Also when another toolbar on the page brought the panel: its styles must be in this one too.
    if (this.open || panelPart.value) {
      this.#parts.use(panelPart);
      if (this.speech !== null) this.#parts.use(readAloudPart);
    }
    if (this.isConnected && (this.speech !== this.#readerEngine || (!this.#reader && readAloudPart.value))) this.#createReader();
    if (this.#reader && this.#reader.rate !== this.#preferences.value.speechRate) this.#reader.rate = this.#preferences.value.speechRate;
    if (this.#preferences.value.readingGuide !== 'none') this.#startGuide();
  }

  #startGuide(): void {
    this.#parts.use(guidePart);
    if (this.#guide || !guidePart.value) return;
    this.#guide = new guidePart.value.ReadingGuideController(this, () => this.#preferences.value.readingGuide);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const opened = changed.has('open') && changed.get('open') !== undefined;
    if (opened) {
      this.#focusHeading = this.open;
      if (!this.open) this.#reader?.stop();
      fire(this, 'selca-toolbar-toggle', { open: this.open });
    }
    // The panel may arrive a moment after the button was pressed. Focus follows it then only if the
    // visitor is still at the button: it must not be pulled back from wherever they went meanwhile.
    const heading = this.#focusHeading && this.renderRoot.querySelector<HTMLElement>('.heading');
    if (!heading) return;
    this.#focusHeading = false;
    const waiting = document.activeElement === document.body || this.shadowRoot?.activeElement?.classList.contains('toggle');
    if (opened || waiting) heading.focus();
  }

  /**
   * Escape inside the toolbar closes the panel; with the panel closed, it turns the reading guide
   * off. Escape elsewhere is the page's (clearing a search, closing a menu) and changes nothing here.
   */
  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (this.open) {
      event.preventDefault();
      this.close();
    } else if (this.#preferences.value.readingGuide !== 'none') {
      event.preventDefault();
      this.#choose({ readingGuide: 'none' });
    }
  }

  /** Closes the panel and puts focus back on the button that opened it. */
  close(): void {
    this.open = false;
    this.renderRoot.querySelector<HTMLElement>('.toggle')?.focus();
  }

  /**
   * Forgets the visitor's choices. What the operating system asks for (less motion, more contrast)
   * stays, as on a first visit: a reset must not start animations a vestibular setting stopped.
   */
  #reset(): void {
    this.#store.reset();
    const device = osDefaults();
    const motion = device.reduceMotion === true;
    const contrast = device.strongFocus === true;
    const words = this.#words;
    this.status =
      motion || contrast
        ? () =>
            words.mark('resetDoneDevice', {
              kept: [...(motion ? [words.text('resetKeptMotion')] : []), ...(contrast ? [words.text('resetKeptContrast')] : [])],
            })
        : () => words.mark('resetDone');
  }

  #stepText(direction: 1 | -1): void {
    const index = TEXT_SCALES.findIndex((scale) => scale >= this.#preferences.value.textScale);
    const next = TEXT_SCALES[Math.min(TEXT_SCALES.length - 1, Math.max(0, index + direction))]!;
    if (next !== this.#preferences.value.textScale) this.#choose({ textScale: next });
  }

  #readAloudPrimary(): void {
    const reader = this.#reader;
    if (!reader) return;
    if (reader.state === 'playing') reader.pause();
    else if (reader.state === 'paused') reader.resume();
    else void reader.start();
  }

  #readAloudStop(): void {
    if (this.#reader?.state !== 'playing' && this.#reader?.state !== 'paused') return;
    this.#reader.stop();
    this.renderRoot.querySelector<HTMLElement>('.read-primary')?.focus();
  }

  get #view(): ToolbarView {
    return {
      words: this.#words,
      prefs: this.#preferences.value,
      open: this.open,
      headingLevel: this.headingLevel,
      statementUrl: this.statementUrl,
      memoryOnly: this.memoryOnly,
      forcedColors: this.forcedColors,
      status: this.status?.() ?? '',
      reader: this.speech === null ? null : this.#reader,
      readAloudFailed: this.#parts.failed(readAloudPart),
      guideFailed: this.#parts.failed(guidePart),
      choose: (changes) => this.#choose(changes),
      stepText: (direction) => this.#stepText(direction),
      reset: () => this.#reset(),
      close: () => this.close(),
      readAloudPrimary: () => this.#readAloudPrimary(),
      readAloudStop: () => this.#readAloudStop(),
    };
  }

  #renderPanel(): TemplateResult {
    if (panelPart.value) {
      Object.assign(defaults, panelPart.value.toolbarPanelWords);
      return panelPart.value.renderPanel(this.#view);
    }
    // Until the panel's code arrives, the button still controls something: the place it will be,
    // which says what is happening.
    const failed = this.#parts.failed(panelPart);
    return html`<div id="panel" class="panel-place" ?hidden=${!this.open} aria-busy=${failed ? 'false' : 'true'}>
      ${failed ? html`<p role="alert">${this.#words.mark('panelUnavailable')}</p>` : html`<p>${this.#words.mark('panelLoading')}</p>`}
    </div>`;
  }

  override render(): TemplateResult {
    return html`<button
        type="button"
        class="selca-button toggle"
        part="toggle"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${() => this.#toggle()}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            d="M12 2a2 2 0 1 1 0 4 2 2 0 0 1 0-4zm9 7h-6v13h-2v-6h-2v6H9V9H3V7h18v2z"
          /></svg
        >${this.#words.mark('toggle')}
      </button>
      ${this.#renderPanel()}
      <p class="visually-hidden" role="status">${this.open && !panelPart.value && !this.#parts.failed(panelPart) ? this.#words.mark('panelLoading') : ''}</p>
      ${this.#guide?.render() ?? nothing}`;
  }
}
