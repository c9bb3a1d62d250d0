declare module 'virtual:selca/embed-snippet' {
  /** The loading markup for this build's dist/cdn/ at /assets/selca/ (scripts/embed-snippet.mjs), and the policy it needs. */
  export const html: string;
  export const csp: string;
}
