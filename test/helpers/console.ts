/** Records console.warn and console.error calls until restored, so tests can assert on them. */
export function captureConsole() {
  const original = { warn: console.warn, error: console.error };
  const calls = { warn: [] as string[], error: [] as string[] };
  console.warn = (...args: unknown[]) => void calls.warn.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => void calls.error.push(args.map(String).join(' '));
  return {
    ...calls,
    restore() {
      console.warn = original.warn;
      console.error = original.error;
    },
  };
}
