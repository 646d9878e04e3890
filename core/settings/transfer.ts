/**
 * Export / import of settings files (pure).
 *
 * Policy (documented in the options page too):
 * - The file must be JSON with `"format": "loan-guard-settings"`, an integer `version` and a
 *   `settings` object; otherwise the import is refused with an ImportError code and nothing changes.
 * - Within `settings`, every valid field and every valid muted-site entry is imported; a field
 *   that is wrong or missing keeps the CURRENT value (not the default), and the wrong ones are
 *   listed in `problems` so the page can say what was skipped.
 * - A valid `mutedSites` list replaces the current list (the file is a snapshot), minus bad entries.
 * - If nothing at all in the file is usable, the import is refused (`nothing-usable`).
 * - Old-version files are migrated like stored values.
 */
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

export function importSettings(text: string, current: Readonly<Settings> = DEFAULT_SETTINGS): ImportResult {
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

  const { settings, problems, accepted } = parseSettingsDetailed({ ...body, version }, { base: current });
  if (accepted === 0) return { ok: false, error: 'nothing-usable' };
  return { ok: true, settings, problems };
}
