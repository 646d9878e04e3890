/**
 * Settings, pure part: defaults, validation with per-field fallback, migrations, muted sites,
 * the shouldWarn decision, export/import. No `browser`, no DOM — runs in Node.
 * Storage glue: utils/settings-store.ts. Preact hook: utils/use-settings.ts.
 */
export * from './types';
export { hostKey, normalizeHost, hostCovers } from './hosts';
export { isPublicSuffix, registrableDomain, isIpHost } from './suffixes';
export { TIME_MAX, MAX_MUTED_SITES, MAX_PAUSE_MS, MAX_IMPORT_CHARS, isBoundedTime } from './bounds';
export { migrateSettings, detectVersion } from './migrate';
export {
  DEFAULT_SETTINGS,
  LANGUAGE_PREFS,
  defaultSettings,
  cloneSettings,
  parseSettings,
  parseSettingsDetailed,
  parseMutedSite,
} from './parse';
export type { ParseResult, ParseOptions } from './parse';
export {
  isSiteMuted,
  isMuteActive,
  pruneExpired,
  withMutedSite,
  withoutMutedSite,
  withoutMutesCovering,
  muteKey,
  shouldWarn,
  badgeOnlyHere,
  minLevel,
} from './muting';
export { exportSettings, importSettings } from './transfer';
export type { ImportResult } from './transfer';
export { createSettingsStore, revOf } from './sync';
export type { SettingsBackend, SettingsStore, SettingsStoreOptions } from './sync';
