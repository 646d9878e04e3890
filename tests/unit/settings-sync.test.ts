/**
 * core/settings/sync.ts: two contexts writing the one settings item at the same time. The fake
 * storage below behaves like extension storage where it matters: every get/set takes a turn of
 * the event loop (so two writers interleave: get, get, set, set), and every set is announced to
 * every context's onChanged listeners, in write order, after the write.
 */
import { describe, expect, it, vi } from 'vitest';
import { createSettingsStore, defaultSettings, revOf, withMutedSite } from '../../core/settings';
import type { SettingsBackend, SettingsStore } from '../../core/settings';

class FakeStorage {
  value: unknown = undefined;
  log: string[] = [];
  private listeners = new Set<(v: unknown) => void>();
  constructor(private delay: () => number = () => 0) {}
  private later<T>(fn: () => T): Promise<T> {
    return new Promise((resolve) => setTimeout(() => resolve(fn()), this.delay()));
  }
  /** One context's view of the storage (its own onChanged listeners). */
  context(name: string): SettingsBackend {
    return {
      get: () => this.later(() => (this.log.push(`${name}.get`), structuredClone(this.value))),
      set: (v) =>
        this.later(() => {
          this.log.push(`${name}.set`);
          this.value = structuredClone(v);
          const copy = structuredClone(v);
          for (const l of [...this.listeners]) setTimeout(() => l(copy), 0);
        }),
      watch: (cb) => {
        this.listeners.add(cb);
        return () => this.listeners.delete(cb);
      },
    };
  }
}

const opts = { watchMs: 200 };
const muted = (raw: unknown) => ((raw as { mutedSites?: { host: string }[] })?.mutedSites ?? []).map((m) => m.host).sort();
const mute = (store: SettingsStore, host: string) =>
  store.update((s) => withMutedSite(s, { host, since: 1, reason: 'site' }));

describe('several writers, one settings item', () => {
  it('two contexts writing at once keep both changes (the interleaving that used to lose one)', async () => {
    const storage = new FakeStorage();
    const a = createSettingsStore(storage.context('A'), opts);
    const b = createSettingsStore(storage.context('B'), opts);
    await Promise.all([mute(a, 'one.cn'), mute(b, 'two.cn')]);
    // both read before either wrote: the second write replaced the first …
    expect(storage.log.slice(0, 4)).toEqual(['A.get', 'B.get', 'A.set', 'B.set']);
    // … and the replaced writer applied its change again on top
    await vi.waitFor(() => expect(muted(storage.value)).toEqual(['one.cn', 'two.cn']), { timeout: 2000 });
    expect(revOf(storage.value)).toBe(2);
  });

  it('different fields from two contexts, twenty times with random timing: no update lost', async () => {
    for (let i = 0; i < 20; i++) {
      const storage = new FakeStorage(() => Math.floor(Math.random() * 4));
      const options = createSettingsStore(storage.context('options'), opts);
      const popup = createSettingsStore(storage.context('popup'), opts);
      await Promise.all([
        options.update((s) => void (s.sensitivity = 'all')),
        popup.update((s) => withMutedSite(s, { host: `site${i}.cn`, since: 1, reason: 'not-loan' })),
        options.update((s) => void (s.language = 'en')),
      ]);
      await vi.waitFor(
        async () => {
          const s = await options.get();
          expect([s.sensitivity, s.language, s.mutedSites.map((m) => m.host)]).toEqual(['all', 'en', [`site${i}.cn`]]);
        },
        { timeout: 3000 },
      );
    }
  });

  it('three writers at once all land', async () => {
    const storage = new FakeStorage();
    const stores = ['A', 'B', 'C'].map((n) => createSettingsStore(storage.context(n), opts));
    await Promise.all(stores.map((s, i) => mute(s, `s${i}.cn`)));
    await vi.waitFor(() => expect(muted(storage.value)).toEqual(['s0.cn', 's1.cn', 's2.cn']), { timeout: 3000 });
  });

  it('a write built on ours is not mistaken for a lost race (nothing is applied twice)', async () => {
    const storage = new FakeStorage();
    const a = createSettingsStore(storage.context('A'), opts);
    const b = createSettingsStore(storage.context('B'), opts);
    let runs = 0;
    await a.update((s) => void (runs++, (s.sensitivity = 'all')));
    await b.update((s) => void (s.language = 'en'));
    await new Promise((r) => setTimeout(r, 300));
    expect(runs).toBe(1);
    expect(revOf(storage.value)).toBe(2);
  });

  it('clearing storage after a write does not bring the write back', async () => {
    const storage = new FakeStorage();
    const ctx = storage.context('A');
    const a = createSettingsStore(ctx, opts);
    await mute(a, 'gone.cn');
    await ctx.set(undefined);
    await new Promise((r) => setTimeout(r, 300));
    expect(storage.value).toBeUndefined();
  });

  it('a hostile rev or writeId in storage is read as rev 0, and the settings beside it still count', async () => {
    const storage = new FakeStorage();
    storage.value = { ...defaultSettings(), language: 'zh-TW', rev: 1e300, writeId: { x: 1 } };
    const a = createSettingsStore(storage.context('A'), opts);
    expect((await a.get()).language).toBe('zh-TW');
    await a.update((s) => void (s.overlay = false));
    expect(storage.value).toMatchObject({ language: 'zh-TW', overlay: false, rev: 1 });
  });

  it('a failed write rejects and leaves storage as it was', async () => {
    const storage = new FakeStorage();
    storage.value = { ...defaultSettings(), language: 'en' };
    const ctx = storage.context('A');
    const a = createSettingsStore({ ...ctx, set: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) }, opts);
    await expect(a.update((s) => void (s.language = 'zh-TW'))).rejects.toThrow(/quota/);
    expect(storage.value).toMatchObject({ language: 'en' });
    // and the context can still write once storage works again
    const ok = createSettingsStore(ctx, opts);
    await ok.update((s) => void (s.overlay = false));
    expect(storage.value).toMatchObject({ language: 'en', overlay: false });
  });
});
