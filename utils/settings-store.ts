/**
 * Settings, browser glue: one item `settings` in storage.local (key "local:settings" in WXT terms).
 *
 * Versioning is ours, not WXT's `version/migrations` option: every read runs the stored value
 * through parseSettings() (migrate, then validate field by field), so an old or partly corrupt
 * value is *read* correctly without being rewritten. Nothing is written until the user changes
 * something — then the whole, valid, current-version object is written (with the write counter
 * of core/settings/sync.ts) and expired pauses are pruned. A corrupt field therefore never costs the user the valid ones.
 *
 * Every context (popup, options, welcome, overlay) reads through here and watches the item, so a
 * change in one shows in the others without a reload (storage.onChanged under the hood).
 */
import { storage } from 'wxt/utils/storage';
import type { MuteReason, Settings } from '../core/settings';
import { createSettingsStore, defaultSettings, muteKey, withMutedSite, withoutMutesCovering } from '../core/settings';

export const SETTINGS_STORAGE_KEY = 'local:settings' as const;

const item = storage.defineItem<unknown>(SETTINGS_STORAGE_KEY);

// Compare-and-retry over the one item, so writes from several contexts do not lose updates
// (core/settings/sync.ts says how).
const store = createSettingsStore({
  get: () => item.getValue(),
  set: (value) => item.setValue(value),
  watch: (cb) => item.watch((value) => cb(value)),
});

/** The current settings, always valid (defaults for anything missing or corrupt). */
export function getSettings(): Promise<Settings> {
  return store.get();
}

/** Call `cb` with the new, validated settings whenever any context changes them. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return store.watch(cb);
}

/**
 * Read, change, validate, prune expired pauses, write. `fn` gets a private copy; it may mutate
 * it and/or return a new object. Whatever it produces is validated again before writing, so a
 * caller cannot store an invalid value. Resolves to what was written. `fn` may run again if
 * another context's write replaced this one, so it must only describe the change.
 */
export function updateSettings(fn: (current: Settings) => Settings | void): Promise<Settings> {
  return store.update(fn);
}

/** Replace all settings (used by import). */
export function replaceSettings(settings: Settings): Promise<Settings> {
  return updateSettings(() => settings);
}

/**
 * Mute a site. `host` may be a hostname or anything normalizeHost accepts ("WWW.Example.com").
 * "site" and "pause" mute the registrable domain, "not-loan" the host itself (see muteKey).
 * A pause needs `until` (ms since epoch); other reasons ignore it. Rejects on an invalid host
 * and on a bare public suffix ("com", "co.uk").
 */
export function muteSite(host: string, reason: MuteReason, until?: number): Promise<Settings> {
  const h = muteKey(host, reason);
  if (!h) return Promise.reject(new Error(`not a site that can be muted: ${host}`));
  if (reason === 'pause' && (until === undefined || !Number.isFinite(until))) {
    return Promise.reject(new Error('a pause needs an end time'));
  }
  return updateSettings((s) => {
    const since = Date.now();
    const entry = reason === 'pause' ? { host: h, since, reason, until } : { host: h, since, reason };
    return withMutedSite(s, entry, since);
  });
}

/** "Warn me here again": remove every mute that silences this host (its own, or its site's). */
export function unmuteSite(host: string): Promise<Settings> {
  return updateSettings((s) => withoutMutesCovering(s, host));
}

/** Back to defaults (muted sites cleared too). */
export function resetSettings(): Promise<Settings> {
  return updateSettings(() => defaultSettings());
}
