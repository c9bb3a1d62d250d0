/**
 * From now until the returned function is called, timers set for exactly `ms` run after `instead`
 * ms: a test sees what happens after a long pause without waiting for it, or keeps a short pause
 * from running out while a slow, loaded machine carries out its steps.
 */
export function retimeTimers(ms: number, instead: number): () => void {
  const own = Object.getOwnPropertyDescriptor(window, 'setTimeout')!;
  const setTimer = window.setTimeout.bind(window);
  window.setTimeout = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) =>
    setTimer(handler, timeout === ms ? instead : timeout, ...rest)) as typeof window.setTimeout;
  return () => Object.defineProperty(window, 'setTimeout', own);
}
