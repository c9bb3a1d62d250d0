import type { ReadAloudUtterance, ReadAloudVoice, SpeechEngine } from '../../src/components/a11y-toolbar/read-aloud.js';

// A speech engine with the shape of the browser's speechSynthesis, for tests and stories: it
// records what it is asked to say, and speaks only when told to finish a sentence.

export const voice = (name: string, lang: string, localService = true): ReadAloudVoice => ({ name, lang, localService });
export const BRITISH = voice('Daniel', 'en-GB');
export const AMERICAN = voice('Samantha', 'en-US');

export class FakeUtterance extends EventTarget implements ReadAloudUtterance {
  lang = '';
  rate = 1;
  voice: ReadAloudVoice | null = null;
  constructor(readonly text: string) {
    super();
  }
}

const errorEvent = (code?: string) => Object.assign(new Event('error'), code === undefined ? {} : { error: code });

/** Records every call; like a browser, cancel() interrupts the utterance being spoken. */
export class FakeEngine extends EventTarget implements SpeechEngine {
  calls: string[] = [];
  spoken: ReadAloudUtterance[] = [];
  pending: ReadAloudUtterance | null = null;
  /** speak() calls made while another utterance was still being spoken. */
  overlaps = 0;
  getVoicesCalls = 0;

  constructor(public voices: ReadAloudVoice[] = [BRITISH]) {
    super();
  }

  getVoices(): readonly ReadAloudVoice[] {
    this.getVoicesCalls += 1;
    return this.voices;
  }

  speak(utterance: ReadAloudUtterance): void {
    if (this.pending) this.overlaps += 1;
    this.calls.push(`speak ${utterance.text}`);
    this.spoken.push(utterance);
    this.pending = utterance;
  }

  cancel(): void {
    this.calls.push('cancel');
    const interrupted = this.pending;
    this.pending = null;
    interrupted?.dispatchEvent(errorEvent('interrupted'));
  }

  /** The engine finishes the current sentence. */
  end(): void {
    const utterance = this.pending;
    this.pending = null;
    utterance?.dispatchEvent(new Event('end'));
  }

  fail(code?: string): void {
    const utterance = this.pending;
    this.pending = null;
    utterance?.dispatchEvent(errorEvent(code));
  }

  announce(voices: ReadAloudVoice[]): void {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }

  get texts(): string[] {
    return this.spoken.map((utterance) => utterance.text);
  }

  /** Utterances of this engine's own kind, so the toolbar can be given the whole engine. */
  createUtterance(text: string): ReadAloudUtterance {
    return new FakeUtterance(text);
  }

  /** Ends sentences until nothing more is spoken. */
  endAll(): void {
    for (let guard = 0; this.pending && guard < 100; guard += 1) this.end();
  }
}
