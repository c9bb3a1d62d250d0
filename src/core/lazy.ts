/**
 * A part of a widget that most visitors never use (read aloud, the map's tables, the profile
 * checker), kept out of what a page downloads before the visitor does anything. The bundler splits
 * each `import()` into its own file.
 */
export interface LazyPart<T> {
  /** The loaded module, once it has arrived. */
  readonly value: T | undefined;
  /** Loads the module once; a failed load is forgotten, so the next call tries again. */
  load(): Promise<T>;
  /** Loads it when the page has finished loading and the browser is idle, so first use does not wait. */
  prefetch(): void;
}

export function lazyPart<T>(importer: () => Promise<T>): LazyPart<T> {
  let pending: Promise<T> | undefined;
  let prefetching = false;
  const part: { value: T | undefined } & Omit<LazyPart<T>, 'value'> = {
    value: undefined,
    load() {
      pending ??= importer().then(
        (module) => (part.value = module),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    prefetch() {
      if (prefetching || part.value) return;
      prefetching = true;
      whenIdle(() => {
        part.load().catch(() => (prefetching = false));
      });
    },
  };
  return part;
}

/** Runs `task` once the page has loaded and the browser has a quiet moment. */
export function whenIdle(task: () => void): void {
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 3000 }) : setTimeout(task, 200));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
