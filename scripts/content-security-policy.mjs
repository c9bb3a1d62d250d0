// The strict Content-Security-Policy the README gives web teams, in one place for the demo server
// and the tests that load every story, the demo and the built files under it.

/**
 * Every Trusted Types policy the library creates. Lit's lit-html module creates `lit-html` when it
 * is evaluated in a browser with Trusted Types, whether or not the page enforces them; nothing
 * else in the library creates one.
 */
export const TRUSTED_TYPES_POLICY_NAMES = ['lit-html'];

/**
 * The policy, as one header value. `allowDuplicates` is for pages that load two different copies
 * of the library (two versions, or the single-file build beside the CDN folder): each copy's Lit
 * creates its own `lit-html` policy.
 */
export function strictPolicy({ allowDuplicates = false } = {}) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "require-trusted-types-for 'script'",
    `trusted-types ${[...TRUSTED_TYPES_POLICY_NAMES, ...(allowDuplicates ? ["'allow-duplicates'"] : [])].join(' ')}`,
  ].join('; ');
}
