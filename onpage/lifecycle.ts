/**
 * The on-page scripts' lifecycle, out of the page's reach. WXT's ContentScriptContext announces
 * each start with a DOM CustomEvent and stops when a page dispatches a forged one; this one
 * uses no DOM event at all. A newer copy of the script (extension updated or reloaded) finds
 * the older one through the isolated world's globalThis, which page scripts cannot see, and
 * stops it.
 */
const KEY = Symbol.for('loan-guard.lifecycle');

export interface Lifecycle {
  /** aborted when this copy of the script is stopped: pass it to addEventListener */
  readonly signal: AbortSignal;
  readonly isInvalid: boolean;
  /** a timer that never fires after the stop */
  setTimeout(handler: () => void, ms?: number): number;
  onInvalidated(cb: () => void): void;
  invalidate(): void;
}

export function createLifecycle(): Lifecycle {
  const ac = new AbortController();
  const signal = ac.signal;
  return {
    signal,
    get isInvalid() {
      return signal.aborted;
    },
    setTimeout(handler, ms) {
      const id = setTimeout(() => !signal.aborted && handler(), ms) as unknown as number;
      signal.addEventListener('abort', () => clearTimeout(id), { once: true });
      return id;
    },
    onInvalidated(cb) {
      if (signal.aborted) cb();
      else signal.addEventListener('abort', cb, { once: true });
    },
    invalidate: () => ac.abort(),
  };
}

/** Start this copy's lifecycle, stopping an older copy running in the same isolated world. */
export function takeOver(world: object = globalThis): Lifecycle {
  const g = world as Record<symbol, Lifecycle | undefined>;
  g[KEY]?.invalidate();
  const life = createLifecycle();
  g[KEY] = life;
  life.onInvalidated(() => {
    if (g[KEY] === life) delete g[KEY];
  });
  return life;
}

/** The running copy's lifecycle (the overlay script joins it), if any. */
export function currentLifecycle(world: object = globalThis): Lifecycle | undefined {
  const life = (world as Record<symbol, Lifecycle | undefined>)[KEY];
  return life && !life.isInvalid ? life : undefined;
}
