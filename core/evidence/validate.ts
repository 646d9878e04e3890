/**
 * Validation of evidence entries read from storage or a backup file. Never trusts its input:
 * unknown fields are dropped, texts are bounded, and an entry that cannot be repaired is refused.
 */
import { CHANNELS, IMAGE_TYPES, LIMITS, RULE_IDS, type Channel, type EntryDraft, type EvidenceEntry, type RuleId, type Screenshot } from './types';

const AT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;

/** "YYYY-MM-DDTHH:mm" that names a real calendar minute. */
export function validAt(at: unknown): at is string {
  if (typeof at !== 'string') return false;
  const m = AT_RE.exec(at);
  if (!m) return false;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (y < 1990 || y > 2200 || h > 23 || mi > 59) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const isChannel = (c: unknown): c is Channel => typeof c === 'string' && (CHANNELS as readonly string[]).includes(c);
const isRule = (r: unknown): r is RuleId => typeof r === 'string' && (RULE_IDS as string[]).includes(r);

/** Control characters other than tab and newline would only hide text in a printout. */
function cleanText(s: string, max: number): string {
  return s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '').slice(0, max);
}

export type DraftProblem = 'at' | 'channel' | 'said' | 'said-too-long' | 'who-too-long';

/** Problems with what the user typed, for the form to show next to each field. */
export function draftProblems(d: EntryDraft): DraftProblem[] {
  const p: DraftProblem[] = [];
  if (!validAt(d.at)) p.push('at');
  if (!isChannel(d.channel)) p.push('channel');
  if (d.said.trim() === '') p.push('said');
  if (d.said.length > LIMITS.said) p.push('said-too-long');
  if (d.who.length > LIMITS.who) p.push('who-too-long');
  return p;
}

/** A screenshot's metadata, checked (type, positive size within the cap, id); null when unusable. */
export function parseScreenshot(raw: unknown): Screenshot | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const s = raw as Record<string, unknown>;
  if (typeof s.id !== 'string' || !ID_RE.test(s.id)) return null;
  if (typeof s.type !== 'string' || !(IMAGE_TYPES as readonly string[]).includes(s.type)) return null;
  if (typeof s.size !== 'number' || !Number.isInteger(s.size) || s.size <= 0 || s.size > LIMITS.screenshotBytes) return null;
  const name = typeof s.name === 'string' ? cleanText(s.name, 200) : '';
  return { id: s.id, type: s.type, size: s.size, name };
}

const validTime = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n < 1e14;

/**
 * An entry from storage or a backup, or null when it is unusable (no id, no valid time or
 * channel, nothing said). Bad optional parts (a rule id we do not know, an over-long name) are
 * dropped or cut rather than losing the entry.
 */
export function parseEntry(raw: unknown): EvidenceEntry | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const e = raw as Record<string, unknown>;
  if (typeof e.id !== 'string' || !ID_RE.test(e.id)) return null;
  if (!validAt(e.at) || !isChannel(e.channel)) return null;
  if (typeof e.said !== 'string' || e.said.trim() === '') return null;
  const rules = Array.isArray(e.rules) ? [...new Set(e.rules.filter(isRule))] : [];
  const shots = Array.isArray(e.screenshots) ? e.screenshots.map(parseScreenshot).filter((s) => s !== null) : [];
  const created = validTime(e.created) ? e.created : 0;
  return {
    id: e.id,
    at: e.at,
    channel: e.channel,
    who: typeof e.who === 'string' ? cleanText(e.who, LIMITS.who) : '',
    said: cleanText(e.said, LIMITS.said),
    rules,
    screenshots: shots.slice(0, LIMITS.screenshotsPerEntry),
    created,
    updated: validTime(e.updated) ? Math.max(e.updated, created) : created,
  };
}

/** A fresh entry from a checked draft. */
export function makeEntry(d: EntryDraft, id: string, now: number): EvidenceEntry {
  return {
    id,
    at: d.at,
    channel: d.channel,
    who: cleanText(d.who, LIMITS.who).trim(),
    said: cleanText(d.said, LIMITS.said).trim(),
    rules: [...new Set(d.rules.filter(isRule))],
    screenshots: [],
    created: now,
    updated: now,
  };
}

/** Entries sorted by when they happened (oldest first), ties by when they were saved. */
export function sortEntries(list: readonly EvidenceEntry[]): EvidenceEntry[] {
  return [...list].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.created - b.created));
}

/** A random id (crypto.getRandomValues exists in extension pages and in Node). */
export function newId(): string {
  const b = new Uint8Array(12);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** Local "YYYY-MM-DDTHH:mm" for a Date (the value a datetime-local input takes). */
export function localMinute(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}
