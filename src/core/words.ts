import { html } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { inMarks, textLanguage } from './profile-text.js';
import type { TextLanguage } from './profile-text.js';
import { log } from './log.js';
import { lazyPart } from './lazy.js';

/**
 * Every word a widget shows or announces, and the language and direction it shows them in.
 *
 * Each widget keeps its English words beside it as a typed catalogue: key to text, or to a
 * function of named values for text that carries a number or a name (never text glued together).
 * A page replaces any of them for every widget (`setWords`), a profile for the widgets showing it
 * (its `words` section), and an element for itself (its `words` property, and an attribute for the
 * few an editor is likely to change). The first of those that has a key wins; else the English.
 */

type Loose = Record<string, unknown> | undefined;

/** A word of a catalogue: text, or text made from named values (`{ count: 3 }`). */
export type Word = string | ((values: never) => string);

/** A widget's English words. */
export type Catalogue = Record<string, Word>;

/** Text for each plural category of the language (`one`, `few`, …), chosen by `Intl.PluralRules` on the value `count`. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * What may replace a word: the same kind of function, or (as a JSON document can hold) text whose
 * `{name}` is replaced by that value, or a {@link Plural}.
 */
export type Replacement<W> = W extends string ? string : W | string | Plural;

/** A word's values as given: a text value may also be a list, written as the word's language writes one ("a, b and c"). */
type Given<V, Extra = never> = { [K in keyof V]: V[K] extends string ? V[K] | (string | Extra)[] | Extra : V[K] };

/** The values a word is made with, as `text` takes them: none, or one object. */
type Values<W, Extra = never> = W extends () => string ? [] : W extends (values: infer V) => string ? [Given<V, Extra>] : [];

/** Words a profile holds, by widget tag (and `all`); `lang` says their language where it is not the profile's. */
export type ProfileWordSet = { lang?: string } & Record<string, unknown>;

/** What a profile gives a widget's words: one set of words or a list of them, and the profile's language. */
export interface ProfileWords {
  lang?: string;
  words?: ProfileWordSet | readonly ProfileWordSet[];
}

/**
 * The keys of a catalogue whose text is a name (of a control, region, group or table), a
 * description, or a live announcement. Screen readers speak those in the page's voice whatever
 * their `lang`, so in English on a page in another language they are the words to translate first.
 */
export type SpokenWords<C> = readonly (keyof C & string)[];

/** Replacements for some of a catalogue's words. */
export type WordsFor<C> = { [K in keyof C]?: Replacement<C[K]> };

/**
 * The catalogue of each widget, by tag name; each widget's module adds its own, so `setWords` and
 * a widget's `words` property are checked against the real keys.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by declaration merging
export interface WidgetWords {}

/** Words for a whole page: by widget tag name, and `all` for a key every widget shares (such as `loading`). */
export type PageWords = { [T in keyof WidgetWords]?: WordsFor<WidgetWords[T]> } & { all?: Record<string, string | Plural> };

// Shared by every copy of the library on the page, as the profile cache is.
const STORE_KEY = Symbol.for('@selca/widgets.words@1');
interface Store {
  /** Page words by language (`''` for any), then by tag. */
  byLang: Map<string, Record<string, Loose>>;
  /** What renders each widget on the page again. */
  hosts: Set<() => void>;
}
const store = ((globalThis as Record<symbol, unknown>)[STORE_KEY] ??= {
  byLang: new Map(),
  hosts: new Set(),
} satisfies Store) as Store;

/**
 * Replaces words on the whole page, in every widget there and every one added later; a later call
 * adds to (and for the same key overrides) an earlier one. With `lang` ("cy", "pt-BR") the words
 * are used only where the widget's language is that one (or, for "cy", "cy-GB"), so a page that
 * switches language switches the widgets' words with it. The object may be a parsed JSON document.
 *
 * @example setWords({ 'selca-goals-panel': { principlesLabel: 'What guides us' } });
 */
export function setWords(words: PageWords, lang = ''): void {
  const key = lang.toLowerCase();
  const held = store.byLang.get(key) ?? {};
  for (const [tag, entries] of Object.entries(words as Record<string, Loose>)) held[tag] = { ...held[tag], ...entries };
  store.byLang.set(key, held);
  store.hosts.forEach((update) => update());
}

/** Forgets every word `setWords` gave (for tests, and pages that reload their words). */
export function clearWords(): void {
  store.byLang.clear();
  store.hosts.forEach((update) => update());
}

/**
 * The part of a word said by screen readers but not shown, such as the goal a link is about
 * (`How we do this<hidden>: {goal}</hidden>`): `mark` shows the rest, `text` gives the whole.
 */
const HIDDEN = /<hidden>(.*?)<\/hidden>/gs;

/** The console note about English words, which no visitor needs. */
const englishWordsNote = lazyPart(() => import('./english-words-note.js'));

/** `lang` as `Intl` takes it; undefined where it is empty or not a language tag. */
const canonical = (lang: string): string | undefined => {
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined;
  }
};

const isWord = (value: unknown): value is Word | Plural =>
  typeof value === 'string' || typeof value === 'function' || typeof (value as Plural | null)?.other === 'string';

/**
 * A widget's words, language and direction. The widget creates one with its tag and its English
 * catalogue, asks it for text when it renders, and is rendered again when any of them changes.
 */
export class WordsController<C extends Catalogue> implements ReactiveController {
  /** The widget's language: its own `lang` or its nearest ancestor's (`''` when none says). */
  lang = '';
  /** The widget's direction, from its own `dir` or its nearest ancestor's. */
  dir: 'ltr' | 'rtl' = 'ltr';
  /** The language `Intl` formats in: the widget's, or British English where none is said or it is not a language tag. */
  #locale = 'en-GB';
  readonly #update = () => this.host.requestUpdate();
  // Watches only `lang` and `dir` on the widget and its ancestors, while it is on the page; its own,
  // so a widget that leaves leaves nothing watching. A node that stops being an ancestor stays
  // watched until then: a change there only makes the widget look again.
  readonly #observer = new MutationObserver(() => this.#follow());

  /**
   * @param sources Replacements given to the element, most specific first (its attributes, its
   * `words` property); each may be undefined.
   * @param profile The profile the widget shows: its words come next, in the profile's language unless they say their own.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly tag: keyof WidgetWords,
    private readonly defaults: C,
    private readonly sources: () => Loose[],
    private readonly profile: () => ProfileWords | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    store.hosts.add(this.#update);
    // `class` and `style` too: a page may turn right to left with CSS alone.
    for (const node of this.#follow())
      this.#observer.observe(node, { attributes: true, attributeFilter: ['lang', 'dir', 'class', 'style'] });
  }

  hostDisconnected(): void {
    store.hosts.delete(this.#update);
    this.#observer.disconnect();
  }

  /** Takes `lang` from the nearest element, across shadow roots, that says it, and the direction the page's CSS gives the widget; returns the elements looked at. */
  readonly #follow = (): Element[] => {
    const chain: Element[] = [];
    for (let node: Node | undefined = this.host; node; node = node.parentNode ?? (node as ShadowRoot).host) {
      if (node instanceof Element) chain.push(node);
    }
    const lang = chain.find((element) => element.hasAttribute('lang'))?.getAttribute('lang') ?? '';
    const dir = getComputedStyle(this.host).direction === 'rtl' ? 'rtl' : 'ltr';
    if (lang !== this.lang || dir !== this.dir) {
      this.lang = lang;
      this.dir = dir;
      this.#locale = canonical(lang) ?? 'en-GB';
      this.host.requestUpdate();
    }
    return chain;
  };

  /** The word for `key`, whether it is the English default, and its language where it is not the widget's. */
  #find(key: keyof C & string): [Word | Plural, boolean, string?] {
    const lang = this.lang.toLowerCase();
    const codes = [lang, lang.split('-')[0]!, ''];
    const profile = this.profile();
    const sets = [profile?.words ?? []].flat();
    // Like setWords' words, a profile's that say their language are used where the widget's is that one, so are in
    // the widget's language; those that do not are used everywhere and are in the profile's.
    const sources: [unknown, string?][] = [
      ...this.sources().map((source): [unknown] => [source]),
      ...codes.flatMap((code) =>
        sets
          .filter((set) => (set.lang?.toLowerCase() ?? '') === code)
          .flatMap((set) => [set[this.tag], set.all].map((words): [unknown, string?] => [words, code ? undefined : profile?.lang])),
      ),
      ...codes.flatMap((code) => [store.byLang.get(code)?.[this.tag], store.byLang.get(code)?.all].map((words): [unknown] => [words])),
    ];
    for (const [source, language] of sources) {
      const word = (source as Loose)?.[key];
      if (isWord(word)) return [word, false, language];
    }
    this.#usedEnglish(key);
    return [this.defaults[key]!, true, 'en'];
  }

  /**
   * The language `key`'s word is in (`''` when unknown): its source's (English for a default), else
   * the widget's; for a default with no letters of its own, the language of the word it goes into.
   */
  #language(key: keyof C & string, around?: keyof C & string): string {
    const [word, english, lang] = this.#find(key);
    if (!english) return lang ?? this.lang;
    return this.#lettered(key, word) ? 'en' : around ? this.#language(around) : this.lang;
  }

  /** Whether the English default of `key` has letters of its own; asked on every render, so worked out once. */
  readonly #letters = new Map<string, boolean>();
  #lettered(key: string, word: Word | Plural): boolean {
    let lettered = this.#letters.get(key);
    if (lettered === undefined) {
      // A default whose only letters are its values' ("{provider}: {service}") is in no language of its own.
      const bare =
        typeof word === 'function' ? (word as (values: unknown) => string)(new Proxy({}, { get: () => '' })) : `${word as string}`;
      this.#letters.set(key, (lettered = /\p{L}/u.test(bare)));
    }
    return lettered;
  }

  /** The locale `Intl` formats `key`'s values in: its word's language, or the widget's when no key is given. */
  #localeOf(key?: keyof C & string, around?: keyof C & string): string {
    const lang = key && this.#language(key, around);
    // The catalogues' English is British ("a, b and c").
    return lang === 'en' ? 'en-GB' : (lang && canonical(lang)) || this.#locale;
  }

  /** `word` made with `given`, its numbers and lists written in `locale`. */
  #fill(word: Word | Plural, given: Record<string, unknown>, locale: string): string {
    // A list is written as the word's language writes one; a function gets numbers as they are (`count` chooses its forms).
    const values = Object.fromEntries(
      Object.entries(given).map(([name, value]) => [
        name,
        Array.isArray(value) ? new Intl.ListFormat(locale).format(value as string[]) : value,
      ]),
    );
    if (typeof word === 'function') return (word as (values: unknown) => string)(values);
    const form = typeof word === 'string' ? word : (word[new Intl.PluralRules(locale).select(Number(values.count))] ?? word.other);
    return form.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : `${value as string}`;
    });
  }

  /** The text of `key`, made with `values` when it has any (numbers and lists in them written as the word's language writes them). */
  text<K extends keyof C & string>(key: K, ...values: Values<C[K]>): string {
    return this.#fill(this.#find(key)[0], values[0] ?? {}, this.#localeOf(key)).replace(HIDDEN, '$1');
  }

  /**
   * The `lang` and `dir` for the element holding the text of `key` (WCAG 3.1.2), where it is in
   * another language than the widget (an English default on a page in another language, a profile's
   * word in the profile's language): `dir` too where that language's direction differs from the
   * widget's, so its punctuation stays at its own end.
   */
  marks(key: keyof C & string): TextLanguage {
    return textLanguage(this, this.#language(key));
  }

  /** The `lang` {@link marks} gives `key`, for an element that needs no `dir` of its own. */
  langOf(key: keyof C & string): string | undefined {
    return this.marks(key).lang;
  }

  /**
   * The text of `key` in a `<span>` with the `lang` and `dir` {@link marks} gives, for text inside
   * a sentence or a link. A value, or an item of a list, may itself be marked (`markIn`, `dataIn`):
   * it keeps its own marks. A `<hidden>` part is said by screen readers, not shown.
   */
  mark<K extends keyof C & string>(key: K, ...values: Values<C[K], TemplateResult | string>): TemplateResult | string {
    return this.#marked(key, this.marks(key), values[0]);
  }

  /** The text of `key` as a value of the word `around`: in a `<span>` where its language or direction differs from that word's. */
  markIn<K extends keyof C & string>(
    around: keyof C & string,
    key: K,
    ...values: Values<C[K], TemplateResult | string>
  ): TemplateResult | string {
    return this.#marked(key, this.marksIn(around, this.#language(key, around)), values[0]);
  }

  /**
   * The `lang` and `dir` for text in `lang` inside the word `around` (itself inside `outer`, if
   * given): marked against that word's language and direction, not the widget's, so nothing says
   * again what an element around it says. Nothing where the widget's language is unknown.
   */
  marksIn(around: keyof C & string, lang: string | undefined, outer?: keyof C & string): TextLanguage {
    const word = this.#language(around, outer);
    return this.lang ? textLanguage({ lang: word, dir: textLanguage(this, word).dir ?? this.dir }, lang) : {};
  }

  /** Data (a name or unit of a profile or map) in `lang`, as a value of the word `around`: in a `<span>` where {@link marksIn} marks it. */
  dataIn<T extends string | TemplateResult>(
    around: keyof C & string,
    lang: string | undefined,
    content: T,
    outer?: keyof C & string,
  ): TemplateResult | T {
    return inMarks(this.marksIn(around, lang, outer), content);
  }

  #marked(key: keyof C & string, marks: TextLanguage, values: unknown): TemplateResult | string {
    // Marked values stand in the text as private-use characters, then take their places again.
    const parts: unknown[] = [];
    const stand = (value: unknown) => (typeof value === 'object' && value ? String.fromCharCode(0xe000 + parts.push(value) - 1) : value);
    const given = Object.fromEntries(
      Object.entries((values ?? {}) as Record<string, unknown>).map(([name, value]) => [
        name,
        Array.isArray(value) ? value.map(stand) : stand(value),
      ]),
    );
    const text = this.#fill(this.#find(key)[0], given, this.#localeOf(key));
    const placed = (piece: string) =>
      piece.split(/([\ue000-\uf8ff])/).map((bit, index) => (index % 2 ? (parts[bit.charCodeAt(0) - 0xe000] ?? bit) : bit));
    const pieces = text.split(HIDDEN);
    const content =
      parts.length || pieces.length > 1
        ? pieces.map((piece, index) => (index % 2 ? html`<span class="visually-hidden-inline">${placed(piece)}</span>` : placed(piece)))
        : text;
    return inMarks(marks, typeof content === 'string' ? content : html`${content}`);
  }

  /**
   * A number as the widget's language writes it; with `key`, as the language of the word it goes
   * into writes it, and with `around`, of the word that word goes into when it has no letters of its own.
   */
  number(value: number, options?: Intl.NumberFormatOptions, key?: keyof C & string, around?: keyof C & string): string {
    return new Intl.NumberFormat(this.#localeOf(key, around), options).format(value);
  }

  // English words on a page in another language (issue 15): the web team is told which, in the console.
  #spoken: () => Promise<SpokenWords<C>> = () => Promise.resolve([]);
  /** English defaults used while the widget's language was `#usedIn`; the first `#told` of them are in the console. */
  readonly #english = new Set<string>();
  #usedIn = '';
  #told = 0;

  /** Says where the keys that are names and announcements are (the catalogue's spoken list, loaded only for the note); returns this controller. */
  speaks(spoken: () => Promise<SpokenWords<C>>): this {
    this.#spoken = spoken;
    return this;
  }

  #usedEnglish(key: string): void {
    if (this.#usedIn !== this.lang) {
      this.#usedIn = this.lang;
      this.#english.clear();
      this.#told = 0;
    }
    if (!this.lang || /^en\b/i.test(this.lang) || this.#english.has(key)) return;
    // Told once the renders of this task are done, with every key they used.
    if (this.#english.size === this.#told) setTimeout(this.#tell);
    this.#english.add(key);
  }

  readonly #tell = (): void => {
    const used = [...this.#english];
    if (used.length === this.#told) return;
    this.#told = used.length;
    const lang = this.#usedIn;
    Promise.all([englishWordsNote.load(), this.#spoken()]).then(
      ([note, spoken]) => log.warn(note.englishWordsNote(this.tag, lang, used, spoken)),
      (error: unknown) => log.warn(`<${this.tag}> shows English words on a page in "${lang}": ${used.join(', ')}.`, error),
    );
  };
}
