/**
 * The settings store over any key-value backend, safe for several writers (pure: no `browser`;
 * utils/settings-store.ts plugs in extension storage, tests plug in a fake that interleaves).
 *
 * Extension storage has no transactions: two contexts (options page, popup, a page's overlay)
 * that read-modify-write the one settings item at the same time lose one write. So every write
 * is compare-and-retry with a version counter:
 * - the stored value carries `rev` (bumped by each write), `writeId` (this write) and `baseId`
 *   (the writeId of the value it was computed from);
 * - a writer keeps watching storage.onChanged for a while after its write. Changes arrive in
 *   write order, so the first value after its own tells: built on ours (baseId is our writeId)
 *   and our change is in it; built on anything else and it replaced ours, so the change is
 *   applied again on top of it (the change is a function of the current settings, so applying it
 *   again keeps the other writer's change too);
 * - every read validates (parseSettings), so a bad rev or id is just "rev 0, no id".
 * Writes within one context also run one after another.
 */
import { parseSettings } from './parse';
import { pruneExpired } from './muting';
import type { Settings } from './types';

export interface SettingsBackend {
  get(): Promise<unknown>;
  set(value: unknown): Promise<void>;
  /** Calls `cb` with every newly stored value, in the order they were written. */
  watch(cb: (value: unknown) => void): () => void;
}

export interface SettingsStoreOptions {
  now?: () => number;
  newWriteId?: () => string;
  /** how long a writer watches for a write that replaced its own (ms) */
  watchMs?: number;
  /** how often one change is applied again before the last write is left to stand */
  maxAttempts?: number;
}

export interface SettingsStore {
  get(): Promise<Settings>;
  watch(cb: (settings: Settings) => void): () => void;
  /** Read, change (fn gets a private copy), validate, prune expired pauses, write. */
  update(fn: (current: Settings) => Settings | void): Promise<Settings>;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The write counter of a stored value (0 when missing or not a sane integer). */
export function revOf(raw: unknown): number {
  const r = isObj(raw) ? raw.rev : undefined;
  return typeof r === 'number' && Number.isSafeInteger(r) && r >= 0 ? r : 0;
}

function idOf(raw: unknown, key: 'writeId' | 'baseId'): string | null {
  const w = isObj(raw) ? raw[key] : undefined;
  return typeof w === 'string' && w.length <= 64 ? w : null;
}

const randomId = () => Math.random().toString(36).slice(2) + Date.now().toString(36);

export function createSettingsStore(backend: SettingsBackend, opts: SettingsStoreOptions = {}): SettingsStore {
  const now = opts.now ?? (() => Date.now());
  const newWriteId = opts.newWriteId ?? randomId;
  const watchMs = opts.watchMs ?? 3000;
  const maxAttempts = opts.maxAttempts ?? 5;
  const read = (raw: unknown) => parseSettings(raw, { now: now() }).settings;
  let queue: Promise<unknown> = Promise.resolve();
  type Change = (current: Settings) => Settings | void;
  /**
   * Our last write and the changes it carries. A later write of ours built on it inherits them:
   * if that later write is then lost, its retry re-applies the earlier changes too (the earlier
   * write's own watch ended when it saw the later one built on it).
   */
  let lastOwn: { id: string; changes: Change[] } | null = null;

  /** After writing `id`: resolve true if the next stored value was not built on it (within watchMs). */
  function replacedLater(id: string, ready: Promise<void>): Promise<boolean> {
    return new Promise((resolve) => {
      let ownSeen = false;
      const done = (replaced: boolean) => {
        clearTimeout(timer);
        stop();
        resolve(replaced);
      };
      const stop = backend.watch((value) => {
        if (!isObj(value)) return done(false); // removed (storage cleared): nothing to repair
        if (!ownSeen) ownSeen = idOf(value, 'writeId') === id;
        else done(idOf(value, 'baseId') !== id);
      });
      const timer = setTimeout(() => done(false), watchMs);
      // A failed write has nothing to watch for.
      ready.catch(() => done(false));
    });
  }

  function write(changes: Change[], attempt: number): Promise<Settings> {
    const run = queue.then(async () => {
      const raw = await backend.get();
      const base = idOf(raw, 'writeId');
      // changes are functions of the current settings, so applying one again is safe
      const chain = [...new Set([...(lastOwn && base === lastOwn.id ? lastOwn.changes : []), ...changes])].slice(-20);
      let changed = read(raw);
      for (const fn of chain) changed = fn(changed) ?? changed;
      const next = pruneExpired(parseSettings(changed, { now: now() }).settings, now());
      const rev = revOf(raw) + 1;
      const id = newWriteId();
      let stored!: () => void;
      let failed!: (e: unknown) => void;
      const ready = new Promise<void>((res, rej) => ((stored = res), (failed = rej)));
      const replaced = replacedLater(id, ready);
      try {
        await backend.set({ ...next, rev, writeId: id, baseId: base });
        stored();
        lastOwn = { id, changes: chain };
      } catch (e) {
        failed(e);
        throw e;
      }
      // Not awaited: the caller learns of the write now; a lost race is repaired in the background.
      void replaced.then((lost) => {
        if (lost && attempt < maxAttempts) void write(chain, attempt + 1).catch(() => undefined);
      });
      return next;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    get: async () => read(await backend.get()),
    watch: (cb) => backend.watch((value) => cb(read(value))),
    update: (fn) => write([fn], 1),
  };
}
