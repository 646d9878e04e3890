/**
 * utils/settings-store.ts against an in-memory extension storage (@webext-core/fake-browser,
 * the one WXT's own test plugin uses). @wxt-dev/browser reads globalThis.chrome at import time,
 * so the fake is installed before the store module is imported.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as StoreModule from '../../utils/settings-store';
import { defaultSettings, SETTINGS_VERSION } from '../../core/settings';
import type { Settings } from '../../core/settings';

let store: typeof StoreModule;
const raw = () => fakeBrowser.storage.local.get('settings').then((r) => r.settings);

beforeAll(async () => {
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  store = await import('../../utils/settings-store');
});

afterEach(async () => {
  vi.useRealTimers();
  await fakeBrowser.storage.local.clear();
});

describe('settings-store', () => {
  it('reads defaults when nothing is stored, and writes nothing by reading', async () => {
    expect(await store.getSettings()).toEqual(defaultSettings());
    expect(await raw()).toBeUndefined();
  });

  it('reads a v1 value migrated without rewriting it; the first update writes the current version', async () => {
    const v1 = { enabled: true, mutedHosts: ['a.cn', 42], language: 'en' };
    await fakeBrowser.storage.local.set({ settings: v1 });
    const s = await store.getSettings();
    expect(s.language).toBe('en');
    expect(s.mutedSites.map((m) => m.host)).toEqual(['a.cn']);
    expect(await raw()).toEqual(v1); // untouched by reading

    await store.updateSettings((cur) => {
      cur.overlay = false;
    });
    const written = (await raw()) as Settings;
    expect(written.version).toBe(SETTINGS_VERSION);
    expect(written.language).toBe('en');
    expect(written.overlay).toBe(false);
    expect(written.mutedSites).toEqual([{ host: 'a.cn', since: 0, reason: 'site' }]);
  });

  it('validates what a caller writes', async () => {
    await store.updateSettings((cur) => ({ ...cur, sensitivity: 'loud' as never, language: 'zh-TW' }));
    const written = (await raw()) as Settings;
    expect(written.sensitivity).toBe('normal');
    expect(written.language).toBe('zh-TW');
  });

  it('serialises quick updates from one context so none is lost', async () => {
    await Promise.all([
      store.updateSettings((s) => void (s.kinds.lender = false)),
      store.updateSettings((s) => void (s.kinds.scam = false)),
      store.muteSite('one.cn', 'site'),
      store.muteSite('two.cn', 'not-loan'),
    ]);
    const s = await store.getSettings();
    expect(s.kinds).toEqual({ lender: false, overdue: true, scam: false });
    expect(s.mutedSites.map((m) => m.host).sort()).toEqual(['one.cn', 'two.cn']);
  });

  it('mute, unmute and pause expiry (pruned on the next write)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000_000);
    await store.muteSite('WWW.Pause.cn', 'pause', 1_000_000 + 60_000);
    await store.muteSite('keep.cn', 'not-loan');
    let s = await store.getSettings();
    expect(s.mutedSites).toEqual([
      { host: 'pause.cn', since: 1_000_000, reason: 'pause', until: 1_060_000 },
      { host: 'keep.cn', since: 1_000_000, reason: 'not-loan' },
    ]);
    await expect(store.muteSite('x.cn', 'pause')).rejects.toThrow(/end time/);
    await expect(store.muteSite('https://x.cn/', 'site')).rejects.toThrow(/can be muted/);

    vi.setSystemTime(1_060_000);
    s = await store.unmuteSite('keep.cn');
    expect(s.mutedSites).toEqual([]); // keep.cn undone, the expired pause pruned
  });

  it('watchSettings delivers validated settings on change, and stops after unwatch', async () => {
    const seen: Settings[] = [];
    const unwatch = store.watchSettings((s) => seen.push(s));
    await store.updateSettings((s) => void (s.language = 'en'));
    await vi.waitFor(() => expect(seen.at(-1)?.language).toBe('en'));
    // another context writing garbage: watchers still get valid settings, keeping valid fields
    await fakeBrowser.storage.local.set({ settings: { language: 'zh-TW', overlay: 'nope' } });
    await vi.waitFor(() => expect(seen.at(-1)?.language).toBe('zh-TW'));
    expect(seen.at(-1)?.overlay).toBe(true);
    unwatch();
    const n = seen.length;
    await store.updateSettings((s) => void (s.language = 'zh-CN'));
    await new Promise((r) => setTimeout(r, 20));
    expect(seen.length).toBe(n);
  });

  it('resetSettings restores the defaults (muted sites too)', async () => {
    await store.muteSite('a.cn', 'site');
    await store.updateSettings((s) => void (s.sensitivity = 'all'));
    await store.resetSettings();
    expect(await store.getSettings()).toEqual(defaultSettings());
  });
});
