/**
 * Export / import of settings files (pure).
 *
 * Policy (documented in the options page too):
 * - The file must be JSON with `"format": "loan-guard-settings"`, an integer `version` and a
 *   `settings` object; otherwise the import is refused with an ImportError code and nothing changes.
 * - Within `settings`, every valid field and every valid muted-site entry is imported; a field
 *   that is wrong or missing keeps the CURRENT value (not the default), and the wrong ones are
 *   listed in `problems` so the page can say what was skipped.
 * - Muted sites are merged: every valid entry of the file is added (the file's wins for the same
 *   host), and the current mutes stay, so an import never silently brings back warnings the user
 *   turned off. A list with no valid entry changes nothing.
 * - If nothing at all in the file is usable, the import is refused (`nothing-usable`).
 * - A text over MAX_IMPORT_CHARS is refused unread (`too-large`); a real file is a few KB.
 * - Prototype keys ("__proto__", "constructor") and deep nesting cannot reach anything: the
 *   parsed JSON is only read field by field, never merged into an object or walked.
 * - Old-version files are migrated like stored values.
 */
import { MAX_IMPORT_CHARS, MAX_MUTED_SITES } from './bounds';
import { cloneSettings, DEFAULT_SETTINGS, parseSettingsDetailed } from './parse';
import type { ImportError, Settings, SettingsExport } from './types';
import { EXPORT_FORMAT, SETTINGS_VERSION } from './types';

export function exportSettings(settings: Readonly<Settings>): string {
  const { version: _v, ...rest } = cloneSettings(settings);
  const file: SettingsExport = { format: EXPORT_FORMAT, version: SETTINGS_VERSION, settings: rest };
  return JSON.stringify(file, null, 2) + '\n';
}

export type ImportResult =
  | { ok: true; settings: Settings; problems: string[] }
  | { ok: false; error: ImportError };

/** `now` bounds the file's timestamps like stored ones (see parseMutedSite). */
export function importSettings(text: string, current: Readonly<Settings> = DEFAULT_SETTINGS, now?: number): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, error: 'wrong-format' };
  const file = data as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT) return { ok: false, error: 'wrong-format' };
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: 'bad-version' };
  const body = file.settings;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, error: 'no-settings' };

  const { settings, problems, accepted } = parseSettingsDetailed({ ...body, version }, { base: current, now });
  if (accepted === 0) return { ok: false, error: 'nothing-usable' };
  const fromFile = new Set(settings.mutedSites.map((m) => m.host));
  const kept = current.mutedSites.filter((m) => !fromFile.has(m.host)).map((m) => ({ ...m }));
  const merged = [...kept, ...settings.mutedSites];
  settings.mutedSites = merged.slice(Math.max(0, merged.length - MAX_MUTED_SITES));
  return { ok: true, settings, problems };
}
