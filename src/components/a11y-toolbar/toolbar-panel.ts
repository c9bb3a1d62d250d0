import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { clampHeadingLevel } from '../../core/attributes.js';
import { warnOnce } from '../../core/log.js';
import type { Preferences } from '../../core/preferences.js';
import { safeHttpUrl } from '../../core/urls.js';
import type { WordsController } from '../../core/words.js';
import type { ToolbarWords } from './words.js';

export { toolbarPanelWords } from './panel-words.js';
import type { ReadAloud } from './read-aloud.js';

/**
 * The toolbar's panel of settings: loaded when the visitor first opens it (or once the page is
 * idle), so a page pays only for the button until then.
 */

/** What the panel shows and does, as the toolbar element provides it. */
export interface ToolbarView {
  words: WordsController<ToolbarWords>;
  prefs: Preferences;
  open: boolean;
  headingLevel: number;
  /** The `statement-url` attribute as the page wrote it. */
  statementUrl: string | null;
  memoryOnly: boolean;
  forcedColors: boolean;
  status: TemplateResult | string;
  /** The read-aloud engine, once its code has arrived; `null` when the page turned read aloud off. */
  reader: ReadAloud | null | undefined;
  /** Read aloud's or the reading guide's code could not be downloaded. */
  readAloudFailed: boolean;
  guideFailed: boolean;
  choose(changes: Partial<Preferences>): void;
  stepText(direction: 1 | -1): void;
  reset(): void;
  close(): void;
  readAloudPrimary(): void;
  readAloudStop(): void;
}

const DEVICE_HELP_URL = 'https://mcmw.abilitynet.org.uk/';

/** The keys of words that are plain text, made with no values. */
type Plain = { [K in keyof ToolbarWords]: ToolbarWords[K] extends string ? K : never }[keyof ToolbarWords];

type Option<V> = readonly [value: V, label: Plain];

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
const TOGGLES: [key: 'highlightLinks' | 'strongFocus' | 'reduceMotion', label: Plain][] = [
  ['highlightLinks', 'highlightLinks'],
  ['strongFocus', 'strongFocus'],
  ['reduceMotion', 'reduceMotion'],
];

const SPEEDS = [0.75, 1, 1.25, 1.5];

function radios<K extends 'spacing' | 'font' | 'theme' | 'readingGuide'>(
  view: ToolbarView,
  key: K,
  legend: Plain,
  options: Option<Preferences[K]>[],
  extra: { disabled?: boolean; hint?: TemplateResult | string } = {},
): TemplateResult {
  const current = view.prefs[key];
  const words = view.words;
  return html`<fieldset ?disabled=${extra.disabled} aria-describedby=${extra.hint ? `${key}-hint` : nothing}>
    <legend>${words.mark(legend)}</legend>
    ${extra.hint ? html`<p class="hint" id=${`${key}-hint`}>${extra.hint}</p>` : nothing}
    <div class="choices">
      ${options.map(
        ([value, label]) => html`<label class="choice">
          <input
            type="radio"
            name=${key}
            .value=${String(value)}
            .checked=${current === value}
            @change=${() => view.choose({ [key]: value })}
          />
          ${words.mark(label)}
        </label>`,
      )}
    </div>
  </fieldset>`;
}

function renderReadAloud(view: ToolbarView): TemplateResult {
  const words = view.words;
  const reader = view.reader;
  const state = reader?.state ?? 'unavailable';
  // Until its code and the device's voices have arrived, read aloud shows its controls, not yet usable.
  const loading = reader === undefined || reader?.unavailableReason === 'loading';
  if (reader === null || (state === 'unavailable' && !loading) || (reader === undefined && view.readAloudFailed)) {
    const why =
      reader === undefined
        ? 'readAloudFailed'
        : reader === null || reader.unavailableReason === 'no-engine'
          ? 'readAloudNoSpeech'
          : 'readAloudUnavailable';
    return html`<fieldset class="read-aloud">
      <legend>${words.mark('readAloud')}</legend>
      <p class="hint">${words.mark(why)}</p>
    </fieldset>`;
  }
  const active = state === 'playing' || state === 'paused';
  // The select's value is set before its options render, so the chosen one is marked selected too;
  // a stored speed the list does not offer is added to it.
  const rate = view.prefs.speechRate;
  const speeds = SPEEDS.includes(rate) ? SPEEDS : [...SPEEDS, rate].sort((a, b) => a - b);
  const count = reader?.sentenceCount ?? 0;
  const where = state === 'paused' ? 'readAloudPaused' : 'readAloudPlaying';
  const position = {
    sentence: words.number((reader?.sentenceIndex ?? 0) + 1, undefined, where),
    total: words.number(count, undefined, where),
    count,
  };
  return html`<fieldset class="read-aloud">
    <legend>${words.mark('readAloud')}</legend>
    <p class="hint">${words.mark('readAloudHint')}</p>
    <div class="actions">
      <button type="button" class="selca-button read-primary" ?disabled=${state === 'unavailable'} @click=${() => view.readAloudPrimary()}>
        ${words.mark(state === 'playing' ? 'pause' : state === 'paused' ? 'resume' : 'readAloudStart')}
      </button>
      <button type="button" class="selca-button read-stop" aria-disabled=${active ? 'false' : 'true'} @click=${() => view.readAloudStop()}>
        ${words.mark('stop')}
      </button>
      <label class="speed"
        >${words.mark('speed')}
        <select .value=${String(rate)} @change=${(event: Event) => view.choose({ speechRate: Number((event.target as HTMLSelectElement).value) })}>
          ${speeds.map((speed) => html`<option value=${speed} ?selected=${speed === rate}>${words.text('speedChoice', { speed: words.number(speed, undefined, 'speedChoice') })}</option>`)}
        </select>
      </label>
    </div>
    <p class="hint read-position">
      ${state === 'playing' || state === 'paused' ? words.mark(where, position) : ''}
    </p>
    <p class="visually-hidden" role="status">${state === 'playing' ? words.mark('readAloudStarted') : state === 'paused' ? words.mark('readAloudPausedShort') : ''}</p>
  </fieldset>`;
}

/** The statement link, by the library's one address rule: an http(s) address or a path on this site. */
function statementLink(value: string | null): string | undefined {
  if (!value) return undefined;
  const safe = safeHttpUrl(value, document.baseURI);
  if (!safe) warnOnce(`<selca-a11y-toolbar>: statement-url "${value}" is not a web address and is not shown.`);
  return safe;
}

export function renderPanel(view: ToolbarView): TemplateResult {
  const words = view.words;
  const prefs = view.prefs;
  const scale = Math.round(prefs.textScale * 100);
  const statement = statementLink(view.statementUrl);
  const level = clampHeadingLevel(view.headingLevel);
  return html`<section
    id="panel"
    class="panel"
    part="panel"
    aria-labelledby="panel-heading"
    ?hidden=${!view.open}
  >
    <div id="panel-heading" class="heading" role="heading" aria-level=${level} tabindex="-1">${words.mark('heading')}</div>
    <p class="hint">${words.mark('intro')}</p>
    ${view.memoryOnly ? html`<p class="hint memory">${words.mark('memoryOnly')}</p>` : nothing}

    <fieldset class="stepper">
      <legend id="text-size-legend">${words.mark('textSize')}</legend>
      <div class="actions">
        <button type="button" class="selca-button" aria-disabled=${scale <= 100 ? 'true' : 'false'} @click=${() => view.stepText(-1)}>
          ${words.mark('textSmaller')}
        </button>
        <output aria-live="polite" aria-labelledby="text-size-legend">${words.number(scale / 100, { style: 'percent' })}</output>
        <button type="button" class="selca-button" aria-disabled=${scale >= 200 ? 'true' : 'false'} @click=${() => view.stepText(1)}>
          ${words.mark('textLarger')}
        </button>
      </div>
    </fieldset>

    ${radios(view, 'spacing', 'spacing', SPACING_OPTIONS)} ${radios(view, 'font', 'font', FONT_OPTIONS)}
    ${radios(view, 'theme', 'colours', THEME_OPTIONS, view.forcedColors ? { disabled: true, hint: words.mark('coloursForced') } : {})}

    <fieldset>
      <legend>${words.mark('highlight')}</legend>
      <div class="actions">
        ${TOGGLES.map(
          ([key, label]) => html`<button
            type="button"
            class="selca-button"
            aria-pressed=${prefs[key] ? 'true' : 'false'}
            @click=${() => view.choose({ [key]: !prefs[key] })}
          >
            ${words.mark(label)}
          </button>`,
        )}
      </div>
    </fieldset>

    ${radios(view, 'readingGuide', 'readingGuide', GUIDE_OPTIONS, {
      hint: view.guideFailed ? words.mark('guideFailed') : words.mark('guideHint', { button: words.markIn('guideHint', 'toggle') }),
    })} ${renderReadAloud(view)}

    <div class="actions">
      <button type="button" class="selca-button reset" @click=${() => view.reset()}>${words.mark('reset')}</button>
    </div>
    <p class="hint reset-status" role="status">${view.status}</p>

    <ul class="links">
      ${statement ? html`<li><a href=${statement}>${words.mark('statement')}</a></li>` : nothing}
      <li><a href=${DEVICE_HELP_URL}>${words.mark('deviceHelp')}</a></li>
    </ul>
    <button type="button" class="selca-button close" @click=${() => view.close()}>
      ${words.mark('close')}
    </button>
  </section>`;
}

export const partStyles = css`
  .panel {
    margin-block-start: 0.5rem;
    padding: 1rem;
    border: 2px solid var(--_border);
    border-radius: 4px;
    background-color: var(--_background);
    color: var(--_text);
    max-inline-size: 40rem;
  }

  .panel[hidden] {
    display: none;
  }

  .heading {
    margin: 0 0 0.5rem;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.3;
  }

  .heading:focus {
    outline: none;
  }

  /* The NHS focus style: the yellow alone is about 1.2:1 on white or cream; the dark underline is what shows. */
  .heading:focus-visible {
    outline: var(--_focus-width) solid transparent;
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow:
      0 -2px var(--_focus),
      0 var(--_focus-width) var(--_focus-text);
  }

  /* The browser paints a Canvas backplate behind a block's text, over its own fill: focus is an outline alone. */
  @media (forced-colors: active) {
    .heading:focus-visible {
      color: CanvasText;
      background-color: transparent;
      outline-color: Highlight;
    }
  }

  fieldset {
    margin: 0 0 1rem;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  legend {
    padding: 0;
    margin-block-end: 0.25rem;
    font-weight: 700;
  }

  .choices,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .choice {
    min-block-size: 44px;
    max-inline-size: 100%;
    /* A font's name shown in that font at twice the size may be wider than a phone: it breaks, not the page. */
    overflow-wrap: anywhere;
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    padding-block: 0.25em;
    padding-inline: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 4px;
    cursor: pointer;
  }

  .choice input {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
  }

  .choice:has(input:checked) {
    border-width: 3px;
    border-color: var(--_brand);
    font-weight: 600;
  }

  .choice:has(input:disabled) {
    border-style: dashed;
    cursor: not-allowed;
  }

  /* Only the panel has buttons that can be unavailable. */
  .selca-button:disabled,
  .selca-button[aria-disabled='true'] {
    border-style: dashed;
    cursor: not-allowed;
    opacity: 0.7;
  }

  .stepper output {
    display: inline-block;
    min-inline-size: 4ch;
    text-align: center;
    font-weight: 700;
  }

  .actions > * {
    max-inline-size: 100%;
  }

  .speed select {
    min-block-size: 44px;
    max-inline-size: 100%;
    padding-inline: 0.5em;
    border: 2px solid var(--_border);
    border-radius: 4px;
    background-color: var(--_background);
    color: var(--_text);
    font: inherit;
  }

  .speed {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  .hint {
    margin: 0 0 0.5rem;
    color: var(--_secondary-text);
  }

  .links {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .links li {
    margin-block-end: 0.5rem;
  }
`;
