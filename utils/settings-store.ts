/**
 * Settings, browser glue: one item `settings` in storage.local (key "local:settings" in WXT terms).
 *
 * Versioning is ours, not WXT's `version/migrations` option: every read runs the stored value
 * through parseSettings() (migrate, then validate field by field), so an old or partly corrupt
 * value is *read* correctly without being rewritten. Nothing is written until the user changes
 * something — then the whole, valid, current-version object is written and expired pauses are
 * pruned. A corrupt field therefore never costs the user the valid ones.
 *
 * Every context (popup, options, welcome, overlay) reads through here and watches the item, so a
 * change in one shows in the others without a reload (storage.onChanged under the hood).
 */
import { storage } from 'wxt/utils/storage';
import type { MuteReason, Settings } from '../core/settings';
import {
  defaultSettings,
  normalizeHost,
  parseSettings,
  pruneExpired,
  withMutedSite,
  withoutMutedSite,
} from '../core/settings';

export const SETTINGS_STORAGE_KEY = 'local:settings' as const;

const item = storage.defineItem<unknown>(SETTINGS_STORAGE_KEY);

/** The current settings, always valid (defaults for anything missing or corrupt). */
export async function getSettings(): Promise<Settings> {
  return parseSettings(await item.getValue()).settings;
}

/** Call `cb` with the new, validated settings whenever any context changes them. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return item.watch((value) => cb(parseSettings(value).settings));
}

// Writes from this context run one after another, so two quick clicks cannot lose an update.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Read, change, validate, prune expired pauses, write. `fn` gets a private copy; it may mutate
 * it and/or return a new object. Whatever it produces is validated again before writing, so a
 * caller cannot store an invalid value. Resolves to what was written.
 */
export function updateSettings(fn: (current: Settings) => Settings | void): Promise<Settings> {
  const run = queue.then(async () => {
    const current = await getSettings();
    const changed = fn(current) ?? current;
    const next = pruneExpired(parseSettings(changed).settings, Date.now());
    await item.setValue(next);
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Replace all settings (used by import). */
export function replaceSettings(settings: Settings): Promise<Settings> {
  return updateSettings(() => settings);
}

/**
 * Mute a site. `host` may be a hostname or anything normalizeHost accepts ("WWW.Example.com").
 * A pause needs `until` (ms since epoch); other reasons ignore it. Rejects on an invalid host.
 */
export function muteSite(host: string, reason: MuteReason, until?: number): Promise<Settings> {
  const h = normalizeHost(host);
  if (!h) return Promise.reject(new Error(`not a hostname: ${host}`));
  if (reason === 'pause' && (until === undefined || !Number.isFinite(until))) {
    return Promise.reject(new Error('a pause needs an end time'));
  }
  const entry = reason === 'pause' ? { host: h, since: Date.now(), reason, until } : { host: h, since: Date.now(), reason };
  return updateSettings((s) => withMutedSite(s, entry));
}

/** Undo a mute for exactly this host. */
export function unmuteSite(host: string): Promise<Settings> {
  return updateSettings((s) => withoutMutedSite(s, host));
}

/** Back to defaults (muted sites cleared too). */
export function resetSettings(): Promise<Settings> {
  return updateSettings(() => defaultSettings());
}
