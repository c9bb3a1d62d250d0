import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TemplateResult } from 'lit';

type Direction = 'ltr' | 'rtl';

/** A widget's language and direction, as its `WordsController` has them. */
export interface WidgetLanguage {
  lang: string;
  dir: Direction;
}

/** The `lang` and `dir` of an element holding data text; both undefined where the element needs neither. */
export interface TextLanguage {
  lang?: string;
  dir?: Direction;
}

// Languages written right to left, by their primary subtag.
const RIGHT_TO_LEFT = /^(ar|ckb|dv|fa|he|ps|sd|ug|ur|yi)$/;
const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * How to mark text in `lang` (a profile's, a map's) inside a widget (WCAG 3.1.2): with that `lang`
 * where its language differs from the widget's, and with that language's `dir` where it differs
 * from the widget's direction, so its punctuation stays at its own end. Nothing when either
 * language is unknown or they are the same.
 */
export function textLanguage(widget: WidgetLanguage, lang: string | undefined): TextLanguage {
  if (!widget.lang || !lang || primary(widget.lang) === primary(lang)) return {};
  const dir = RIGHT_TO_LEFT.test(primary(lang)) ? 'rtl' : 'ltr';
  return { lang, dir: dir === widget.dir ? undefined : dir };
}

/** `content` in a `<span>` with `marks`' `lang` and `dir`, or as it is where they say no language. */
export function inMarks<T>(marks: TextLanguage, content: T): TemplateResult | T {
  return marks.lang ? html`<span lang=${marks.lang} dir=${ifDefined(marks.dir)}>${content}</span>` : content;
}

/** `content` in a `<span>` with the `lang` and `dir` {@link textLanguage} gives, or as it is where it needs none. */
export function inLanguage<T>(widget: WidgetLanguage, lang: string | undefined, content: T): TemplateResult | T {
  return inMarks(textLanguage(widget, lang), content);
}
