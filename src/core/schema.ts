import { HTTP_URL_PATTERN, safeHttpUrl } from './urls.js';

/**
 * A very small schema library: each schema both checks a value at runtime and describes itself as
 * JSON Schema, and its TypeScript type is inferred from it, so types, validator and the shipped
 * JSON Schema file come from one source.
 */

/**
 * One problem found in a value: where it is (`organisations[2].url`) and what is wrong. A warning
 * is a part that was left out (an unsafe link); the rest of the value is still used.
 */
export interface Issue {
  path: string;
  message: string;
  warning?: true;
}

/** How many of the issues make the value unusable (warnings do not). */
export const errorCount = (issues: readonly Issue[]) => issues.filter((issue) => !issue.warning).length;

export type JsonSchema = Record<string, unknown>;

export interface Schema<T> {
  readonly json: JsonSchema;
  readonly optional?: boolean;
  /** Returns the value when it fits, else records issues and returns undefined. */
  check(value: unknown, path: string, issues: Issue[]): T | undefined;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === undefined) {
    return String(value);
  }
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
};

/** The longest text a profile field may hold: far more than any name or summary needs. */
export const MAX_TEXT_LENGTH = 5000;

interface StringOptions {
  pattern?: RegExp;
  /** Says what the pattern means, for the error message. */
  patternName?: string;
  description?: string;
  /** Accepts "" (an image's alt text, empty when it is decorative). */
  empty?: boolean;
}

export function string(options: StringOptions = {}): Schema<string> {
  const { pattern, patternName, description, empty } = options;
  return {
    json: {
      type: 'string',
      minLength: empty ? 0 : 1,
      maxLength: MAX_TEXT_LENGTH,
      ...(pattern && { pattern: pattern.source }),
      ...(description && { description }),
    },
    check(value, path, issues) {
      if (typeof value !== 'string' || (!empty && value.trim() === '')) {
        issues.push({ path, message: `must be ${empty ? 'text' : 'non-empty text'}, got ${describe(value)}` });
        return undefined;
      }
      if (value.length > MAX_TEXT_LENGTH) {
        issues.push({ path, message: `must be at most ${MAX_TEXT_LENGTH} characters, got ${value.length}` });
        return undefined;
      }
      if (pattern && !pattern.test(value)) {
        issues.push({ path, message: `must be ${patternName ?? `text matching ${pattern}`}, got ${describe(value)}` });
        return undefined;
      }
      if (tooManyBidiControls(value)) {
        issues.push({ path, message: `must hold at most ${MAX_BIDI_CONTROLS} bidi control characters (U+202A–U+202E, U+2066–U+2069)` });
        return undefined;
      }
      return isolateBidi(value);
    },
  };
}

// Embeddings and overrides (LRE, RLE, LRO, RLO), their end (PDF), isolates (LRI, RLI, FSI) and theirs (PDI).
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
/** The most bidi controls a text may hold: the deepest nesting the Unicode bidi algorithm honours. */
export const MAX_BIDI_CONTROLS = 125;

/** Whether `text` holds more bidi controls than any text needs (counting stops there). */
function tooManyBidiControls(text: string): boolean {
  const controls = new RegExp(BIDI_CONTROLS, 'g');
  let count = 0;
  while (controls.exec(text)) if (++count > MAX_BIDI_CONTROLS) return true;
  return false;
}

/**
 * Text with bidi controls, made unable to reorder the text around it: unmatched ends are dropped,
 * what it opens is closed, and the whole is isolated (FSI … PDI). Text without them is unchanged.
 */
export function isolateBidi(text: string): string {
  if (!BIDI_CONTROLS.test(text)) return text;
  const controls = new RegExp(BIDI_CONTROLS, 'g');
  const open: string[] = [];
  const balanced = text.replace(controls, (char) => {
    if (char !== '\u202c' && char !== '\u2069') {
      open.push(char >= '\u2066' ? '\u2069' : '\u202c');
      return char;
    }
    // A PDF ends the latest embedding inside the latest isolate; a PDI ends the latest isolate and what it holds.
    const index = char === '\u2069' ? open.lastIndexOf('\u2069') : open.length - 1;
    if (index < 0 || open[index] !== char) return '';
    return open.splice(index).reverse().join('');
  });
  return `\u2068${balanced}${open.reverse().join('')}\u2069`;
}

export function number(options: { min: number; max: number; description?: string }): Schema<number> {
  const { min, max, description } = options;
  return {
    json: { type: 'number', minimum: min, maximum: max, ...(description && { description }) },
    check(value, path, issues) {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
        issues.push({ path, message: `must be a number from ${min} to ${max}, got ${describe(value)}` });
        return undefined;
      }
      return value;
    },
  };
}

export function boolean(): Schema<boolean> {
  return {
    json: { type: 'boolean' },
    check(value, path, issues) {
      if (typeof value !== 'boolean') {
        issues.push({ path, message: `must be true or false, got ${describe(value)}` });
        return undefined;
      }
      return value;
    },
  };
}

/** One of `values`; with `fallback`, other text becomes the fallback with a warning instead of an error. */
export function oneOf<const V extends string | number>(values: readonly V[], description?: string, fallback?: V): Schema<V> {
  return {
    json: { enum: [...values], ...(description && { description }) },
    check(value, path, issues) {
      if (!values.includes(value as V)) {
        const expected = `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
        if (fallback !== undefined && typeof value === 'string' && value.length <= MAX_TEXT_LENGTH) {
          issues.push({ path, message: `is ${describe(value)}, not ${expected}; ${JSON.stringify(fallback)} is used`, warning: true });
          return fallback;
        }
        issues.push({ path, message: `must be ${expected}, got ${describe(value)}` });
        return undefined;
      }
      return value as V;
    },
  };
}

/**
 * A web address, by the library's one address rule (urls.ts). Anything else (`javascript:`, `data:`,
 * relative, with a user name, malformed) is left out with a warning, so the text it belonged to still shows.
 */
export function link(description = 'An absolute https:// or http:// address.'): Schema<string> & { readonly optional: true } {
  return {
    json: { type: 'string', format: 'uri', pattern: HTTP_URL_PATTERN, description },
    optional: true,
    check(value, path, issues) {
      const safe = safeHttpUrl(value);
      if (safe) return safe;
      issues.push({
        path,
        message: `must be a web address starting with https:// or http://, without a user name or password, got ${describe(value)}; the link is left out`,
        warning: true,
      });
      return undefined;
    },
  };
}

/** The issues of a part that is not used, as warnings saying so. */
const leftOut = (issues: readonly Issue[], what: string) =>
  issues.map((issue): Issue => ({ ...issue, message: `${issue.message}; ${what} is left out`, warning: true }));

/**
 * An optional part that is left out, with warnings, when anything in it is wrong, so the value
 * around it is still used (a goal is shown without its broken measure). `refine` adds checks
 * across fields and returns what is wrong, if anything.
 */
export function droppable<T>(
  schema: Schema<T>,
  what: string,
  refine?: (value: T) => string | undefined,
): Schema<T> & { readonly optional: true } {
  return {
    json: schema.json,
    optional: true,
    check(value, path, issues) {
      const inner: Issue[] = [];
      const checked = schema.check(value, path, inner);
      const problem = checked !== undefined && !errorCount(inner) ? refine?.(checked) : undefined;
      if (problem) inner.push({ path, message: problem });
      if (checked !== undefined && !errorCount(inner)) {
        issues.push(...inner);
        return checked;
      }
      issues.push(...leftOut(inner, what));
      return undefined;
    },
  };
}

/** The most items a list in a profile may hold; the rest are left out. */
export const MAX_ITEMS = 2000;

/**
 * A list. With `leaveOut`, an item with anything wrong is left out with warnings and the rest are
 * used; only fewer usable items than `minItems` makes the list unusable. Past {@link MAX_ITEMS}
 * items, the rest are left out with one warning.
 */
export function array<T>(item: Schema<T>, options: { minItems?: number; description?: string; leaveOut?: boolean } = {}): Schema<T[]> {
  const { minItems = 0, description, leaveOut = false } = options;
  return {
    json: { type: 'array', items: item.json, ...(minItems && { minItems }), maxItems: MAX_ITEMS, ...(description && { description }) },
    check(value, path, issues) {
      if (!Array.isArray(value)) {
        issues.push({ path, message: `must be a list, got ${describe(value)}` });
        return undefined;
      }
      if (value.length > MAX_ITEMS) {
        issues.push({ path, message: `has ${value.length} items; only the first ${MAX_ITEMS} are used`, warning: true });
      }
      const before = errorCount(issues);
      const items: T[] = [];
      value.slice(0, MAX_ITEMS).forEach((entry, index) => {
        const inner: Issue[] = [];
        const checked = item.check(entry, `${path}[${index}]`, inner);
        const usable = checked !== undefined && !errorCount(inner);
        issues.push(...(usable || !leaveOut ? inner : leftOut(inner, 'this item')));
        if (usable) items.push(checked);
      });
      if (errorCount(issues) !== before) return undefined;
      if (items.length < minItems) {
        issues.push({ path, message: `must have at least ${minItems} usable item${minItems === 1 ? '' : 's'}` });
        return undefined;
      }
      return items;
    },
  };
}

/**
 * An object whose keys the writer chooses (a word's key), each value fitting `value`; an entry with
 * anything wrong is left out with warnings and the rest are used.
 */
export function record<T>(value: Schema<T>, description?: string): Schema<Record<string, T>> {
  return {
    json: { type: 'object', additionalProperties: value.json, maxProperties: MAX_ITEMS, ...(description && { description }) },
    check(input, path, issues) {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        issues.push({ path, message: `must be an object, got ${describe(input)}` });
        return undefined;
      }
      // fromEntries, not assignment, so a key such as "__proto__" stays an ordinary key.
      return Object.fromEntries(
        Object.entries(input)
          .slice(0, MAX_ITEMS)
          .flatMap(([key, entry]) => {
            const inner: Issue[] = [];
            const checked = value.check(entry, `${path}.${key}`, inner);
            const usable = checked !== undefined && !errorCount(inner);
            issues.push(...(usable ? inner : leftOut(inner, 'this entry')));
            return usable ? [[key, checked] as const] : [];
          }),
      );
    },
  };
}

/** Text, or an object of the kind `other` describes (a word: text, or its plural forms). */
export function textOr<T extends object>(other: Schema<T>): Schema<string | T> {
  const text = string();
  return {
    json: { anyOf: [text.json, other.json] },
    check: (value, path, issues) => (typeof value === 'string' ? text : other).check(value, path, issues),
  };
}

/** Marks an object property as optional: it may be absent, but when present it must fit. */
export function optional<T>(schema: Schema<T>): Schema<T> & { readonly optional: true } {
  return { ...schema, optional: true };
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

/**
 * An object with known properties. Properties not in the shape are ignored and not copied. With
 * `sections`, a property with anything wrong is left out with warnings and the rest are used;
 * only the properties named in `sections.keep` must fit for the object to be usable.
 */
export function object<const S extends Shape>(
  shape: S,
  description?: string,
  sections?: { keep: readonly (keyof S)[] },
): Schema<ObjectOf<S>> {
  const required = Object.keys(shape).filter((key) => !shape[key]!.optional);
  return {
    json: {
      type: 'object',
      properties: Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, schema.json])),
      required,
      ...(description && { description }),
    },
    check(value, path, issues) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        issues.push({ path, message: `must be an object, got ${describe(value)}` });
        return undefined;
      }
      const before = errorCount(issues);
      const result: Record<string, unknown> = {};
      for (const [key, schema] of Object.entries(shape)) {
        const entry = (value as Record<string, unknown>)[key];
        const at = path ? `${path}.${key}` : key;
        const inner: Issue[] = [];
        if (entry === undefined) {
          if (!schema.optional) inner.push({ path: at, message: 'is missing' });
        } else {
          const checked = schema.check(entry, at, inner);
          if (checked !== undefined && !errorCount(inner)) result[key] = checked;
        }
        issues.push(...(sections && errorCount(inner) && !sections.keep.includes(key) ? leftOut(inner, `the ${key} section`) : inner));
      }
      return errorCount(issues) === before ? (result as ObjectOf<S>) : undefined;
    },
  };
}
