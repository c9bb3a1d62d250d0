const PREFIX = '[@selca/widgets]';

/** Messages for the web team, in the browser console; the visitor sees plain words instead. */
export const log = {
  warn: (message: string, ...detail: unknown[]) => console.warn(`${PREFIX} ${message}`, ...detail),
  error: (message: string, ...detail: unknown[]) => console.error(`${PREFIX} ${message}`, ...detail),
};

const warned = new Set<string>();

/** Warns once per page for the same message. */
export function warnOnce(message: string, ...detail: unknown[]): void {
  if (warned.has(message)) return;
  warned.add(message);
  log.warn(message, ...detail);
}
