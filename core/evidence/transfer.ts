/**
 * The evidence log's JSON backup: export, and an import that either accepts the whole file or
 * changes nothing and says why. Screenshots are not in the backup (they stay on this device).
 */
import { LIMITS, type EvidenceEntry } from './types';
import { parseEntry, sortEntries } from './validate';

export const BACKUP_FORMAT = 'loan-guard-evidence';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exported: string;
  entries: EvidenceEntry[];
}

export function exportBackup(entries: readonly EvidenceEntry[], now: Date): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exported: now.toISOString(),
    // Screenshot references would point at nothing on another device: leave them out.
    entries: sortEntries(entries).map((e) => ({ ...e, screenshots: [] })),
  };
  return JSON.stringify(backup, null, 2);
}

export type ImportError = 'too-large' | 'corrupt' | 'not-backup' | 'wrong-version' | 'prototype' | 'too-many' | 'bad-entry';

export type ImportResult =
  | { ok: true; entries: EvidenceEntry[] }
  | { ok: false; error: ImportError; /** 1-based position of the first bad entry */ at?: number };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parse and check a backup file's text. `bytes` is the file's size as the browser reports it. */
export function parseBackup(text: string, bytes = text.length): ImportResult {
  if (bytes > LIMITS.backupBytes || text.length > LIMITS.backupBytes) return { ok: false, error: 'too-large' };
  let hostile = false;
  let data: unknown;
  try {
    // A file that names __proto__ or constructor is not one we wrote: refuse it as a whole.
    data = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) hostile = true;
      return value;
    });
  } catch {
    return { ok: false, error: 'corrupt' };
  }
  if (hostile) return { ok: false, error: 'prototype' };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, error: 'not-backup' };
  const b = data as Record<string, unknown>;
  if (b.format !== BACKUP_FORMAT || !Array.isArray(b.entries)) return { ok: false, error: 'not-backup' };
  if (b.version !== BACKUP_VERSION) return { ok: false, error: 'wrong-version' };
  if (b.entries.length > LIMITS.entries) return { ok: false, error: 'too-many' };
  const entries: EvidenceEntry[] = [];
  for (let i = 0; i < b.entries.length; i++) {
    const e = parseEntry(b.entries[i]);
    if (!e) return { ok: false, error: 'bad-entry', at: i + 1 };
    entries.push({ ...e, screenshots: [] });
  }
  return { ok: true, entries };
}

export interface MergeResult {
  entries: EvidenceEntry[];
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Merge imported entries into the current log by id: new ids are added; for an id both have,
 * the later edit wins, keeping the screenshots already on this device. Nothing is deleted.
 */
export function mergeEntries(current: readonly EvidenceEntry[], incoming: readonly EvidenceEntry[]): MergeResult | null {
  const byId = new Map(current.map((e) => [e.id, e]));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const e of incoming) {
    const old = byId.get(e.id);
    if (!old) {
      byId.set(e.id, e);
      added++;
    } else if (e.updated > old.updated) {
      byId.set(e.id, { ...e, screenshots: old.screenshots });
      updated++;
    } else unchanged++;
  }
  if (byId.size > LIMITS.entries) return null;
  return { entries: sortEntries([...byId.values()]), added, updated, unchanged };
}
