import { log } from '../../core/log.js';
import { collectSentences } from './page-sentences.js';
import type { Sentence } from './page-sentences.js';
import { READ_ALOUD_HIGHLIGHT } from '../../core/theme.js';

/**
 * The "read aloud" engine of the accessibility toolbar, without any UI: it reads what the page's
 * main content (or the visitor's selection) shows on screen, one sentence at a time, each with an
 * on-device voice for its nearest `lang`; it marks the sentence being read with the CSS Custom
 * Highlight API and scrolls it into view.
 *
 * Nothing here makes a network request, and nothing speaks until {@link ReadAloud.start} is called.
 */

export { READ_ALOUD_HIGHLIGHT };

/** Slowest and fastest speaking rate accepted by {@link ReadAloud.rate}. */
export const READ_ALOUD_RATE_RANGE = Object.freeze({ min: 0.5, max: 2 });

/**
 * - `unavailable`: reading aloud cannot be offered; see {@link ReadAloud.unavailableReason}.
 * - `idle`: ready to start.
 * - `playing`: a sentence is being spoken.
 * - `paused`: stopped at a sentence; {@link ReadAloud.resume} starts that sentence again.
 */
export type ReadAloudState = 'unavailable' | 'idle' | 'playing' | 'paused';

/**
 * Why the state is `unavailable`:
 * - `loading`: still waiting for the browser's voice list (see {@link ReadAloud.ready}).
 * - `no-engine`: the browser has no speech synthesis.
 * - `no-voice`: the browser lists no voices at all (none arrived before the timeout).
 * - `no-local-voice`: only remote voices, which would send the text off the device; never used.
 * - `disposed`: {@link ReadAloud.dispose} was called.
 */
export type ReadAloudUnavailableReason = 'loading' | 'no-engine' | 'no-voice' | 'no-local-voice' | 'disposed';

/** The parts of a `SpeechSynthesisVoice` that are used. */
export interface ReadAloudVoice {
  readonly name: string;
  readonly lang: string;
  readonly localService: boolean;
}

/** The parts of a `SpeechSynthesisUtterance` that are used. It fires `end` and `error`. */
export interface ReadAloudUtterance extends EventTarget {
  readonly text: string;
  lang: string;
  rate: number;
  voice: ReadAloudVoice | null;
}

/** The parts of `window.speechSynthesis` that are used; a test passes a fake of this shape. */
export interface SpeechEngine {
  getVoices(): readonly ReadAloudVoice[];
  speak(utterance: ReadAloudUtterance): void;
  cancel(): void;
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

export interface ReadAloudOptions {
  /** Speech engine. Default: `globalThis.speechSynthesis` when present; `null` means none. */
  engine?: SpeechEngine | null;
  /** Makes the utterance for one sentence. Default: `new SpeechSynthesisUtterance(text)`. */
  createUtterance?: (text: string) => ReadAloudUtterance;
  /** An element never read, with everything inside it: the toolbar itself. */
  exclude?: Element | null;
  /** How long to wait for `voiceschanged` when the voice list starts empty, in ms. Default 1500. */
  voiceTimeout?: number;
  /** Initial speaking rate, 0.5 to 2. Default 1. */
  rate?: number;
}

/**
 * Reads the page aloud one sentence at a time. Fires `change` (a plain `Event`) whenever
 * {@link state}, the current sentence, {@link rate} or {@link error} changes; read the getters then.
 *
 * ```ts
 * const reader = new ReadAloud({ exclude: toolbarElement });
 * reader.addEventListener('change', () => render(reader.state, reader.sentenceIndex, reader.sentenceCount));
 * playButton.onclick = () => void reader.start();
 * ```
 *
 * Engine faults never throw out of it: they are logged to the console and reading stops.
 */
export class ReadAloud extends EventTarget {
  readonly #engine: SpeechEngine | null;
  readonly #createUtterance: (text: string) => ReadAloudUtterance;
  readonly #exclude: Element | null;
  readonly #ready: Promise<ReadAloudState>;
  readonly #onVoicesChanged = () => this.#voicesChanged();
  #state: ReadAloudState = 'unavailable';
  #reason: ReadAloudUnavailableReason | null = 'loading';
  #voice: ReadAloudVoice | null = null;
  #voiceList: readonly ReadAloudVoice[] = [];
  #rate = 1;
  #sentences: Sentence[] = [];
  #index = -1;
  #error: string | null = null;
  // Bumped whenever the current utterance is abandoned: events from older utterances are ignored.
  #generation = 0;
  #settle: (() => void) | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  // Held while it speaks: some engines never fire `end` for an utterance that was garbage-collected.
  readonly #speaking = new Set<ReadAloudUtterance>();

  /** Looks for an on-device voice straight away (no speech, no network). */
  constructor(options: ReadAloudOptions = {}) {
    super();
    const engine =
      options.engine === undefined ? ((globalThis as { speechSynthesis?: SpeechEngine }).speechSynthesis ?? null) : options.engine;
    this.#engine = engine;
    this.#createUtterance = options.createUtterance ?? ((text) => new SpeechSynthesisUtterance(text));
    this.#exclude = options.exclude ?? null;
    if (options.rate !== undefined) this.#rate = clampRate(options.rate, this.#rate);
    if (!engine) {
      this.#reason = 'no-engine';
      this.#ready = Promise.resolve(this.#state);
      return;
    }
    try {
      engine.addEventListener('voiceschanged', this.#onVoicesChanged);
    } catch (error) {
      log.warn('Read aloud: could not listen for voiceschanged.', error);
    }
    const voices = this.#voices();
    if (voices.length) {
      this.#useVoices(voices);
      this.#ready = Promise.resolve(this.#state);
      return;
    }
    this.#ready = new Promise((resolve) => {
      this.#settle = () => {
        clearTimeout(this.#timer);
        this.#settle = null;
        resolve(this.#state);
      };
      this.#timer = setTimeout(() => {
        this.#useVoices(this.#voices());
        this.#settle?.();
      }, options.voiceTimeout ?? 1500);
    });
  }

  /** Where reading stands. */
  get state(): ReadAloudState {
    return this.#state;
  }

  /** Why the state is `unavailable`; `null` in every other state. */
  get unavailableReason(): ReadAloudUnavailableReason | null {
    return this.#state === 'unavailable' ? this.#reason : null;
  }

  /** The on-device voice for the page's language (used where a passage's own has none), or `null` when there is none. */
  get voice(): ReadAloudVoice | null {
    return this.#voice;
  }

  /**
   * Speaking rate, from 0.5 to 2 (1 is normal); values outside are clamped. A change applies from
   * the next sentence.
   */
  get rate(): number {
    return this.#rate;
  }

  set rate(value: number) {
    const rate = clampRate(value, this.#rate);
    if (rate === this.#rate) return;
    this.#rate = rate;
    this.#changed();
  }

  /** Zero-based index of the sentence being read (or paused at); -1 when idle. */
  get sentenceIndex(): number {
    return this.#index;
  }

  /** How many sentences the current reading has; 0 when idle. */
  get sentenceCount(): number {
    return this.#sentences.length;
  }

  /** Text of the sentence being read (or paused at), whitespace collapsed; `null` when idle. */
  get sentence(): string | null {
    return this.#sentences[this.#index]?.text ?? null;
  }

  /**
   * Why the last reading stopped early: the engine's error code (such as `synthesis-failed`), or
   * `speak-failed` when the engine threw. `null` after a normal end; cleared by {@link start}.
   */
  get error(): string | null {
    return this.#error;
  }

  /**
   * Settles once the voice list is known (at once when the browser had it, else on `voiceschanged`
   * or after the timeout), with the state at that time.
   */
  ready(): Promise<ReadAloudState> {
    return this.#ready;
  }

  /**
   * Starts reading from the first sentence of the visitor's selection, or of the main content when
   * nothing is selected; a reading in progress is abandoned. The content is taken at once; when
   * the voice list is already known the first sentence is spoken synchronously too (call it from
   * the click handler: some browsers only speak in response to a user action). Does nothing when
   * `unavailable`, and leaves the state `idle` when there is nothing to read.
   */
  start(): Promise<void> {
    if (this.#state === 'unavailable' && !this.#settle) return Promise.resolve();
    const sentences = collectSentences(this.#exclude);
    if (this.#settle) return this.#ready.then(() => this.#begin(sentences));
    this.#begin(sentences);
    return Promise.resolve();
  }

  /** Stops speaking but remembers the sentence; {@link resume} reads it again from its start. */
  pause(): void {
    if (this.#state !== 'playing') return;
    this.#abandon();
    this.#state = 'paused';
    this.#changed();
  }

  /** Reads on from the sentence where {@link pause} stopped. */
  resume(): void {
    if (this.#state === 'paused') this.#speak();
  }

  /** Stops speaking, forgets the reading and removes the highlight. */
  stop(): void {
    if (this.#state !== 'playing' && this.#state !== 'paused') return;
    this.#abandon();
    this.#finish();
  }

  /** Stops, removes its listener from the engine and becomes `unavailable` for good. */
  dispose(): void {
    if (this.#reason === 'disposed') return;
    this.stop();
    try {
      this.#engine?.removeEventListener('voiceschanged', this.#onVoicesChanged);
    } catch (error) {
      log.warn('Read aloud: could not stop listening for voiceschanged.', error);
    }
    this.#voice = null;
    this.#setUnavailable('disposed');
    this.#settle?.();
  }

  #begin(sentences: Sentence[]): void {
    if (this.#state === 'unavailable') return;
    if (this.#state !== 'idle') this.#abandon();
    this.#sentences = sentences;
    this.#error = null;
    this.#index = 0;
    if (sentences.length) this.#speak();
    else this.#finish();
  }

  /** Speaks the sentence at #index after cancelling anything queued, or finishes after the last. */
  #speak(): void {
    const sentence = this.#sentences[this.#index];
    const voice = (sentence && voiceFor(this.#voiceList, sentence.lang)) ?? this.#voice;
    if (!sentence || !voice) return this.#finish();
    this.#abandon();
    const generation = this.#generation;
    try {
      const utterance = this.#createUtterance(sentence.text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = this.#rate;
      utterance.addEventListener('end', () => this.#ended(generation));
      utterance.addEventListener('error', (event) => this.#failed(generation, event));
      this.#speaking.add(utterance);
      this.#engine?.speak(utterance);
    } catch (error) {
      log.error('Read aloud: the speech engine could not speak.', error);
      this.#stopWith('speak-failed');
      return;
    }
    // The engine may have ended the utterance (and moved on) inside speak().
    if (generation !== this.#generation) return;
    setHighlight(sentence.range);
    bringIntoView(sentence.range);
    this.#state = 'playing';
    this.#changed();
  }

  #ended(generation: number): void {
    if (generation !== this.#generation) return;
    this.#index += 1;
    this.#speak();
  }

  #failed(generation: number, event: Event): void {
    if (generation !== this.#generation) return;
    const code = (event as Partial<SpeechSynthesisErrorEvent>).error ?? 'unknown';
    log.error(`Read aloud stopped: the speech engine reported "${code}".`);
    this.#abandon();
    this.#stopWith(code);
  }

  #stopWith(error: string): void {
    this.#error = error;
    this.#finish();
  }

  /** Forgets the reading and becomes idle (or stays unavailable). */
  #finish(): void {
    this.#generation += 1;
    this.#sentences = [];
    this.#index = -1;
    clearHighlight();
    if (this.#state !== 'unavailable') this.#state = 'idle';
    this.#changed();
  }

  /** Ignores the current utterance's events from now on and cancels it. */
  #abandon(): void {
    this.#generation += 1;
    this.#speaking.clear();
    try {
      this.#engine?.cancel();
    } catch (error) {
      log.warn('Read aloud: the speech engine could not cancel.', error);
    }
  }

  #voices(): readonly ReadAloudVoice[] {
    try {
      // Only called once the constructor found an engine.
      return (this.#engine as SpeechEngine).getVoices();
    } catch (error) {
      log.warn('Read aloud: the speech engine could not list its voices.', error);
      return [];
    }
  }

  #voicesChanged(): void {
    if (this.#reason === 'disposed') return;
    const voices = this.#voices();
    // Some engines announce an empty list first: keep waiting for the real one.
    if (this.#settle && !voices.length) return;
    this.#useVoices(voices);
    this.#settle?.();
  }

  /** Picks the voice from a fresh voice list and moves into or out of `unavailable` accordingly. */
  #useVoices(voices: readonly ReadAloudVoice[]): void {
    this.#voiceList = voices;
    this.#voice = pickVoice(voices, document.documentElement.lang);
    if (!this.#voice) {
      this.stop();
      this.#setUnavailable(voices.length ? 'no-local-voice' : 'no-voice');
    } else if (this.#state === 'unavailable') {
      this.#state = 'idle';
      this.#reason = null;
      this.#changed();
    }
  }

  #setUnavailable(reason: ReadAloudUnavailableReason): void {
    this.#state = 'unavailable';
    this.#reason = reason;
    this.#changed();
  }

  #changed(): void {
    this.dispatchEvent(new Event('change'));
  }
}

function clampRate(value: number, fallback: number): number {
  if (!Number.isFinite(value)) {
    log.warn(`Read aloud: rate ${String(value)} is not a number; kept ${fallback}.`);
    return fallback;
  }
  return Math.min(READ_ALOUD_RATE_RANGE.max, Math.max(READ_ALOUD_RATE_RANGE.min, value));
}

const languageTag = (lang: string) => String(lang).replace(/_/g, '-').trim().toLowerCase();

/**
 * The on-device voice for a language tag: the same tag, then (for English) en-GB, then the same
 * language in any region; `null` when the device has none for it. Remote voices are never used.
 */
function voiceFor(voices: readonly ReadAloudVoice[], lang: string): ReadAloudVoice | null {
  const wanted = languageTag(lang);
  const language = wanted.split('-')[0];
  if (!language) return null;
  const local = voices.filter((voice) => voice.localService === true);
  const tag = (voice: ReadAloudVoice) => languageTag(voice.lang);
  return (
    local.find((voice) => tag(voice) === wanted) ??
    (language === 'en' ? local.find((voice) => tag(voice) === 'en-gb') : undefined) ??
    local.find((voice) => tag(voice).split('-')[0] === language) ??
    null
  );
}

/** The voice for the page's language, else en-GB, then any English, then any on-device voice. */
function pickVoice(voices: readonly ReadAloudVoice[], pageLang: string): ReadAloudVoice | null {
  return voiceFor(voices, pageLang) ?? voiceFor(voices, 'en-GB') ?? voices.find((voice) => voice.localService === true) ?? null;
}

/** Scrolls a sentence that is off screen into view: at once where the visitor asks for less motion. */
function bringIntoView(range: Range): void {
  const box = range.getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= globalThis.innerHeight && box.left >= 0 && box.right <= globalThis.innerWidth) return;
  const element = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  const still =
    globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches || document.documentElement.hasAttribute('data-selca-motion');
  try {
    element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: still ? 'instant' : 'smooth' });
  } catch (error) {
    log.warn('Read aloud: could not scroll to the sentence being read.', error);
  }
}

function setHighlight(range: Range): void {
  if (typeof CSS === 'undefined' || !CSS.highlights || typeof Highlight !== 'function') return;
  CSS.highlights.set(READ_ALOUD_HIGHLIGHT, new Highlight(range));
}

function clearHighlight(): void {
  if (typeof CSS === 'undefined' || !CSS.highlights) return;
  CSS.highlights.delete(READ_ALOUD_HIGHLIGHT);
}
