// Characters no address the widgets use may hold: spaces, control and invisible formatting
// characters (bidi overrides among them, which make an address read differently from where it goes),
// and backslashes, which browsers read as slashes.
const UNSAFE = '\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff\\\\';

/**
 * An absolute `https:` or `http:` address, in any letter case, with a host and no user name or
 * password (`https://www.nhs.uk@evil.example/` shows a trusted name and goes elsewhere). Written
 * without flags so that the JSON Schema shipped for profiles uses exactly this pattern.
 */
export const HTTP_URL_PATTERN = `^[Hh][Tt][Tt][Pp][Ss]?://[^/?#@${UNSAFE}]+(?:[/?#][^${UNSAFE}]*)?$`;
const HTTP_URL = new RegExp(HTTP_URL_PATTERN);

// A path relative to the page: no scheme of its own (`javascript:`, `https:evil.example`) and not
// protocol-relative (`//host`).
const RELATIVE_PATH = new RegExp(`^(?![A-Za-z][A-Za-z0-9+.-]*:)(?!//)[^${UNSAFE}]+$`);

/**
 * The one address rule of the library, for every link a widget shows and every file it fetches:
 * an absolute address matching {@link HTTP_URL_PATTERN}, or, when `base` is given (an address
 * written in the page), a relative path that stays on `base`'s origin. Returns the resolved
 * address, or undefined for anything else. Never throws.
 */
export function safeHttpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  try {
    if (HTTP_URL.test(text)) {
      const url = new URL(text);
      return url.hostname && !url.username && !url.password ? url.href : undefined;
    }
    if (base === undefined || !RELATIVE_PATH.test(text)) return undefined;
    const url = new URL(text, base);
    return /^https?:$/.test(url.protocol) && url.origin === new URL(base).origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `value` is an absolute `https:` or `http:` address the widgets accept (see {@link safeHttpUrl}). */
export function isHttpUrl(value: string): boolean {
  return safeHttpUrl(value) !== undefined;
}
