/**
 * The evidence log's JSON backup: export, and an import that either accepts the whole file or
 * changes nothing and says why. Version 2 carries the screenshots as base64 (`data`), up to
 * LIMITS.backupShotBytes in all; version 1 files (text only) still import. The file is never
 * encrypted, even when the log is locked: the toolkit says so next to the button.
 */
import { fromBase64, sniffImage, toBase64 } from './shot-data';
import { LIMITS, type EvidenceEntry, type Screenshot } from './types';
import { parseEntry, parseScreenshot, sortEntries } from './validate';

export const BACKUP_FORMAT = 'loan-guard-evidence';
export const BACKUP_VERSION = 2;
const READS: ReadonlySet<unknown> = new Set([1, 2]);

/** The screenshots a backup can carry, in log order, until LIMITS.backupShotBytes: ids to read, and how many are left out. */
export function backupShots(entries: readonly EvidenceEntry[]): { ids: string[]; leftOut: number } {
  const ids: string[] = [];
  let bytes = 0;
  let leftOut = 0;
  for (const e of sortEntries(entries)) {
    for (const s of e.screenshots) {
      if (bytes + s.size > LIMITS.backupShotBytes) leftOut++;
      else {
        ids.push(s.id);
        bytes += s.size;
      }
    }
  }
  return { ids, leftOut };
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exported: string;
  entries: EvidenceEntry[];
}

/**
 * The backup text. `shots` holds the bytes of the screenshots to include (see backupShots); a
 * screenshot without bytes there is left out of the file (a reference would point at nothing).
 */
export function exportBackup(entries: readonly EvidenceEntry[], now: Date, shots: ReadonlyMap<string, Uint8Array> = new Map()): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exported: now.toISOString(),
    entries: sortEntries(entries).map((e) => ({
      ...e,
      screenshots: e.screenshots.flatMap((s) => {
        const b = shots.get(s.id);
        return b ? [{ ...s, size: b.length, data: toBase64(b) }] : [];
      }),
    })),
  };
  return JSON.stringify(backup, null, 2);
}

export type ImportError = 'too-large' | 'corrupt' | 'not-backup' | 'wrong-version' | 'prototype' | 'too-many' | 'bad-entry' | 'bad-shot';

export type ImportResult =
  | { ok: true; entries: EvidenceEntry[]; /** screenshot id (as in the file) → its bytes */ shots: Map<string, Uint8Array> }
  | { ok: false; error: ImportError; /** 1-based position of the first bad entry */ at?: number };

/**
 * A version-2 entry's screenshots, each checked: known type that the bytes really are, the size
 * the bytes really have, within the caps, no id twice. Null: the file is refused.
 */
function readShots(raw: unknown, shots: Map<string, Uint8Array>, total: { bytes: number }): Screenshot[] | null {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.length > LIMITS.screenshotsPerEntry) return null;
  const out: Screenshot[] = [];
  for (const r of raw) {
    const meta = parseScreenshot(r);
    const data = typeof r === 'object' && r !== null ? (r as { data?: unknown }).data : undefined;
    if (!meta || typeof data !== 'string' || shots.has(meta.id)) return null;
    const bytes = fromBase64(data);
    if (!bytes || bytes.length !== meta.size || sniffImage(bytes) !== meta.type) return null;
    total.bytes += bytes.length;
    if (total.bytes > LIMITS.backupShotBytes) return null;
    shots.set(meta.id, bytes);
    out.push(meta);
  }
  return out;
}

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
  if (!READS.has(b.version)) return { ok: false, error: 'wrong-version' };
  if (b.entries.length > LIMITS.entries) return { ok: false, error: 'too-many' };
  const entries: EvidenceEntry[] = [];
  const shots = new Map<string, Uint8Array>();
  const total = { bytes: 0 };
  for (let i = 0; i < b.entries.length; i++) {
    const raw: unknown = b.entries[i];
    const e = parseEntry(raw);
    if (!e) return { ok: false, error: 'bad-entry', at: i + 1 };
    // version 1 carried no screenshot bytes: its references are dropped
    const own = b.version === 1 ? [] : readShots((raw as { screenshots?: unknown }).screenshots, shots, total);
    if (!own) return { ok: false, error: 'bad-shot', at: i + 1 };
    entries.push({ ...e, screenshots: own });
  }
  return { ok: true, entries, shots };
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
