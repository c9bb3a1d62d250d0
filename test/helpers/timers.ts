/**
 * From now until the returned function is called, timers set for exactly `ms` run after `instead`
 * ms: a test sees what happens after a long pause without waiting for it.
 */
export function shortenTimers(ms: number, instead: number): () => void {
  const own = Object.getOwnPropertyDescriptor(window, 'setTimeout')!;
  const setTimer = window.setTimeout.bind(window);
  window.setTimeout = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) =>
    setTimer(handler, timeout === ms ? instead : timeout, ...rest)) as typeof window.setTimeout;
  return () => Object.defineProperty(window, 'setTimeout', own);
}
