/**
 * Counts what a widget leaves running on the page: listeners on `window` and `document`,
 * observers (resize, mutation, intersection), timers and intervals. `track()` starts counting
 * from zero; `held()` says what the library's own code (src/) made and still holds, by kind.
 */
type Kind = 'listener' | 'observer' | 'timer';

interface Held {
  kind: Kind;
  what: string;
  /** Where it was made: only what the library's own code made counts. */
  stack: string;
}

const stack = () => new Error().stack ?? '';
const OWN_CODE = /\/src\/(components|core)\//;

const live = new Map<unknown, Held>();
let tracking = false;
const restorers: (() => void)[] = [];

function patch<T extends object, K extends keyof T>(target: T, key: K, wrap: (original: T[K]) => T[K]): void {
  const original = target[key];
  target[key] = wrap(original);
  restorers.push(() => (target[key] = original));
}

const listenerKey = (target: EventTarget, type: string, options?: boolean | EventListenerOptions) =>
  `${target === window ? 'window' : 'document'} ${type} ${typeof options === 'boolean' ? options : !!options?.capture}`;
const listenerIds = new Map<string, Map<unknown, object>>();

function install(): void {
  for (const target of [window, document] as EventTarget[]) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    patch(
      target,
      'addEventListener',
      () => (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
        add(type, listener, options);
        if (!tracking || !listener) return;
        const key = listenerKey(target, type, options);
        const byListener = listenerIds.get(key) ?? new Map<unknown, object>();
        listenerIds.set(key, byListener);
        if (byListener.has(listener)) return;
        const id = {};
        byListener.set(listener, id);
        live.set(id, { kind: 'listener', what: key, stack: stack() });
        const signal = typeof options === 'object' ? options.signal : undefined;
        signal?.addEventListener('abort', () => {
          byListener.delete(listener);
          live.delete(id);
        });
      },
    );
    patch(
      target,
      'removeEventListener',
      () => (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
        remove(type, listener, options);
        const byListener = listenerIds.get(listenerKey(target, type, options));
        const id = byListener?.get(listener);
        if (id) {
          byListener!.delete(listener);
          live.delete(id);
        }
      },
    );
  }
  for (const name of ['ResizeObserver', 'MutationObserver', 'IntersectionObserver'] as const) {
    const Original = window[name] as unknown as { prototype: { observe: (...args: unknown[]) => void; disconnect: () => void } };
    if (!Original) continue;
    patch(
      Original.prototype,
      'observe',
      (observe) =>
        function (this: object, ...args: unknown[]) {
          if (tracking) live.set(this, { kind: 'observer', what: name, stack: stack() });
          return observe.apply(this, args);
        },
    );
    patch(
      Original.prototype,
      'disconnect',
      (disconnect) =>
        function (this: object) {
          live.delete(this);
          return disconnect.call(this);
        },
    );
  }
  patch(
    window,
    'setTimeout',
    (original) =>
      ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
        const id = original(
          (...inner: unknown[]) => {
            live.delete(`timer ${id}`);
            if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...inner);
          },
          delay,
          ...args,
        );
        if (tracking && (delay ?? 0) > 0) live.set(`timer ${id}`, { kind: 'timer', what: `setTimeout ${delay} ms`, stack: stack() });
        return id;
      }) as typeof setTimeout,
  );
  patch(
    window,
    'clearTimeout',
    (original) =>
      ((id?: number) => {
        live.delete(`timer ${id}`);
        original(id);
      }) as typeof clearTimeout,
  );
  patch(
    window,
    'setInterval',
    (original) =>
      ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
        const id = original(handler, delay, ...args);
        if (tracking) live.set(`interval ${id}`, { kind: 'timer', what: `setInterval ${delay} ms`, stack: stack() });
        return id;
      }) as typeof setInterval,
  );
  patch(
    window,
    'clearInterval',
    (original) =>
      ((id?: number) => {
        live.delete(`interval ${id}`);
        original(id);
      }) as typeof clearInterval,
  );
}

/** Starts counting from nothing held. */
export function track(): void {
  if (!restorers.length) install();
  live.clear();
  listenerIds.clear();
  tracking = true;
}

/** Stops counting and puts the browser's own functions back. */
export function untrack(): void {
  tracking = false;
  live.clear();
  listenerIds.clear();
  restorers
    .splice(0)
    .reverse()
    .forEach((restore) => restore());
}

/** What the library's own code still holds since `track()`, one line each, sorted. */
export function held(): string[] {
  return [...live.values()]
    .filter((entry) => OWN_CODE.test(entry.stack))
    .map(({ kind, what }) => `${kind}: ${what}`)
    .sort();
}
