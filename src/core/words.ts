import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { log } from './log.js';

/**
 * Every word a widget shows or announces, and the language and direction it shows them in.
 *
 * Each widget keeps its English words beside it as a typed catalogue: key to text, or to a
 * function of named values for text that carries a number or a name (never text glued together).
 * A page replaces any of them for every widget (`setWords`), a profile for the widgets showing it
 * (its `words` section), and an element for itself (its `words` property, and an attribute for the
 * few an editor is likely to change). The first of those that has a key wins; else the English.
 */

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

/** The values a word is made with, as `text` takes them: none, or one object. */
type Values<W> = W extends () => string ? [] : W extends (values: infer V) => string ? [V] : [];

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

type Loose = Record<string, unknown> | undefined;

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
   * `words` property, its profile's words); each may be undefined.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly tag: keyof WidgetWords,
    private readonly defaults: C,
    private readonly sources: () => Loose[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    store.hosts.add(this.#update);
    for (const node of this.#follow()) this.#observer.observe(node, { attributes: true, attributeFilter: ['lang', 'dir'] });
  }

  hostDisconnected(): void {
    store.hosts.delete(this.#update);
    this.#observer.disconnect();
  }

  /** Takes `lang` and `dir` from the nearest element, across shadow roots, that says them; returns the elements looked at. */
  readonly #follow = (): Element[] => {
    const chain: Element[] = [];
    for (let node: Node | undefined = this.host; node; node = node.parentNode ?? (node as ShadowRoot).host) {
      if (node instanceof Element) chain.push(node);
    }
    const lang = chain.find((element) => element.hasAttribute('lang'))?.getAttribute('lang') ?? '';
    const dir = /^rtl$/i.test(chain.find((element) => /^(ltr|rtl)$/i.test(element.getAttribute('dir') ?? ''))?.getAttribute('dir') ?? '')
      ? 'rtl'
      : 'ltr';
    if (lang !== this.lang || dir !== this.dir) {
      this.lang = lang;
      this.dir = dir;
      try {
        this.#locale = Intl.getCanonicalLocales(lang)[0] ?? 'en-GB';
      } catch {
        this.#locale = 'en-GB';
      }
      this.host.requestUpdate();
    }
    return chain;
  };

  /** The word for `key`, and whether it is the English default. */
  #find(key: keyof C & string): [Word | Plural, boolean] {
    const lang = this.lang.toLowerCase();
    const pages = [lang, lang.split('-')[0]!, ''].map((code) => store.byLang.get(code));
    for (const source of [...this.sources(), ...pages.flatMap((page) => [page?.[this.tag], page?.all])]) {
      const word = source?.[key];
      if (isWord(word)) return [word, false];
    }
    this.#usedEnglish(key);
    return [this.defaults[key]!, true];
  }

  /** The text of `key`, made with `values` when it has any (numbers in them are formatted for the widget's language). */
  text<K extends keyof C & string>(key: K, ...values: Values<C[K]>): string {
    const [word] = this.#find(key);
    const given = (values[0] ?? {}) as Record<string, unknown>;
    if (typeof word === 'function') return (word as (values: unknown) => string)(given);
    const form = typeof word === 'string' ? word : (word[new Intl.PluralRules(this.#locale).select(Number(given.count))] ?? word.other);
    return form.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = given[name];
      return value === undefined ? whole : typeof value === 'number' ? this.number(value) : `${value as string}`;
    });
  }

  /** `'en'` when the text of `key` is the English default on a page in another language (WCAG 3.1.2), for its element's `lang`. */
  langOf(key: keyof C & string): 'en' | undefined {
    return this.#find(key)[1] && this.lang && !/^en\b/i.test(this.lang) ? 'en' : undefined;
  }

  /**
   * The text of `key`, in a `<span lang="en">` when {@link langOf} says so, for text inside a
   * sentence or a link; in a right-to-left widget also `dir="ltr"`, so the English keeps its own
   * order and its punctuation does not jump to the other end.
   */
  mark<K extends keyof C & string>(key: K, ...values: Values<C[K]>): TemplateResult | string {
    const text = this.text(key, ...values);
    return this.langOf(key) ? html`<span lang="en" dir=${ifDefined(this.dir === 'rtl' ? 'ltr' : undefined)}>${text}</span>` : text;
  }

  /** A number as the widget's language writes it. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.#locale, options).format(value);
  }

  /** A list ("a, b and c") as the widget's language writes it. */
  list(items: string[]): string {
    return new Intl.ListFormat(this.#locale).format(items);
  }

  // English words on a page in another language (issue 15). No markup makes a screen reader say a
  // name or an announcement in English, so the web team is told which to translate, those first.
  #spoken: readonly string[] = [];
  /** English defaults used while the widget's language was `#usedIn`; the first `#told` of them are in the console. */
  readonly #english = new Set<string>();
  #usedIn = '';
  #told = 0;

  /** Says which keys are names and announcements (the catalogue's spoken list); returns this controller. */
  speaks(keys: SpokenWords<C>): this {
    this.#spoken = keys;
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
    const list = (spoken: boolean) => used.filter((key) => this.#spoken.includes(key) === spoken).join(', ') || 'none';
    log.warn(
      `<${this.tag}> shows English words on a page in "${this.#usedIn}"; translate them with setWords(words, "${this.#usedIn}"), ` +
        `a profile's words or the words property (keys: docs/words.md). Names and announcements first, as screen readers say ` +
        `those in the page's voice whatever their lang: ${list(true)}; then: ${list(false)}.`,
    );
  };
}
