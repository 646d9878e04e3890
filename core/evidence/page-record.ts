/**
 * "Record this" from the on-page note: the background builds a pending record from the
 * frame's stored verdict (never from what the page or the note says), hands it to the toolkit
 * through storage.session, and the toolkit reads it once, deletes it and opens the entry form
 * pre-filled. Nothing is saved in the log until the user presses Save.
 */
import type { Verdict } from '../types';
import { rulesFor } from '../message/advice';
import { RECORD_TIPS, recordable } from './recordable';
import { LIMITS, RULE_IDS, type EntryDraft, type RuleId } from './types';
import { localMinute } from './validate';

/** storage.session key of the pending record (read once by the toolkit, then deleted). */
export const PENDING_RECORD_KEY = 'toolkitPendingRecord';
/** Claims quoted in the draft, and characters per claim. */
export const MAX_CLAIMS = 8;
export const MAX_CLAIM_CHARS = 200;
/** A pending record older than this is stale (the tab that asked for it is long gone). */
export const PENDING_MAX_AGE_MS = 5 * 60_000;

export interface PendingRecord {
  /** ms since epoch, when the user asked */
  at: number;
  /** the page's host, as the browser reported the frame's URL ('' when it has none) */
  who: string;
  /** the marked claims' texts, in page order, distinct */
  claims: string[];
  rules: RuleId[];
}

function hostOf(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.slice(0, LIMITS.who) : '';
  } catch {
    return '';
  }
}

const clean = (s: string) => s.replace(/[\u0000-\u001F\u007F]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_CLAIM_CHARS);

/** The pending record for a flagged page, or null when the page offers nothing to record. */
export function pendingRecord(v: Verdict, url: string, now: number): PendingRecord | null {
  if (!recordable(v)) return null;
  const marked = v.tips.filter((t) => RECORD_TIPS.includes(t.id));
  const claims = [...new Set(marked.map((t) => clean(t.text)).filter(Boolean))].slice(0, MAX_CLAIMS);
  return { at: now, who: hostOf(url), claims, rules: rulesFor(marked) };
}

/**
 * A pending record as read back from storage: checked field by field (storage.session is
 * ours, but the toolkit trusts no stored shape), or null when unusable or stale.
 */
export function parsePending(raw: unknown, now: number): PendingRecord | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const p = raw as Record<string, unknown>;
  if (typeof p.at !== 'number' || !Number.isFinite(p.at) || p.at > now + 60_000 || now - p.at > PENDING_MAX_AGE_MS) return null;
  if (typeof p.who !== 'string' || !Array.isArray(p.claims) || !Array.isArray(p.rules)) return null;
  const claims = p.claims.filter((c): c is string => typeof c === 'string').map(clean).filter(Boolean).slice(0, MAX_CLAIMS);
  if (!claims.length) return null;
  const rules = p.rules.filter((r): r is RuleId => (RULE_IDS as unknown[]).includes(r));
  return { at: p.at, who: p.who.slice(0, LIMITS.who), claims, rules };
}

/** The entry form's draft: when the user asked, channel "web page", the site, the claims quoted. */
export function draftFromPending(p: PendingRecord, intro: string): EntryDraft {
  const said = [intro, ...p.claims.map((c) => `“${c}”`)].join('\n').slice(0, LIMITS.said);
  return { at: localMinute(new Date(p.at)), channel: 'web-page', who: p.who, said, rules: p.rules };
}
