/**
 * The messages extension contexts send each other. Every receiver validates the shape
 * (isMessage, parseSample, sanitizeVerdict) and the sender (see background/router.ts) before acting: pages can post
 * anything, so nothing is trusted because of its shape alone. Pages cannot reach
 * runtime.sendMessage at all (no externally_connectable); window.postMessage and DOM
 * events are ignored entirely by our content scripts.
 */
import { DEFAULT_BUDGET, GATE_CHARS } from './detect/host';
import type { PageKind, Verdict } from './types';

/** Characters of visible text in the first look at a page (what the engine's gate reads). */
export const FIRST_SAMPLE_CHARS = GATE_CHARS;
/** Characters of visible text read from a page the gate let through (the scan budget). */
export const FULL_SAMPLE_CHARS = DEFAULT_BUDGET;
/** Longest URL or title the background reads from a sample (a page can make its URL megabytes long). */
export const MAX_URL_CHARS = 4096;
export const MAX_TITLE_CHARS = 1024;

/** What the watcher sends: the frame's URL, title and capped visible text. */
export interface Sample {
  url: string;
  title: string;
  text: string;
  /** the cap stopped the sampler before the end of the page */
  truncated: boolean;
  /** true: classify this text; false: a first look (the background may ask for the full sample) */
  full: boolean;
  /** the overlay script is already loaded in this frame (do not inject it again) */
  overlay: boolean;
}

/** The background's answer to a sample: a verdict (null = ordinary page), or "send the full sample". */
export type SampleReply = { verdict: Verdict | null } | { more: true };

export type Message =
  /** watcher → background: classify this sample (the answer is a SampleReply) */
  | ({ type: 'lg:sample' } & Sample)
  /** watcher → background: this frame's page went away (pagehide in a subframe) */
  | { type: 'lg:clear'; url: string }
  /** popup/options/info page → background: the stored verdict for a tab */
  | { type: 'lg:get-verdict'; tabId: number }
  /** overlay → background: open the details (popup where allowed, else the info page) */
  | { type: 'lg:open-details' }
  /** overlay → background (a trusted click): open the toolkit's record form pre-filled from this frame's stored verdict */
  | { type: 'lg:record-this' }
  /**
   * overlay → background: what the user chose for the note on this frame's site this session
   * (collapsed/open, closed), optionally changing it first; the site is the sender's
   */
  | { type: 'lg:site-memory'; change?: unknown }
  /** overlay → background: inject the overlay's lazy script into this frame (answers true when done) */
  | { type: 'lg:overlay-rest' }
  /** background → overlay (commands shortcut): focus the note; answers true when there is one */
  | { type: 'lg:focus-note' };

export type MessageType = Message['type'];

const TYPES: ReadonlySet<string> = new Set<MessageType>([
  'lg:sample', 'lg:clear', 'lg:get-verdict', 'lg:open-details', 'lg:record-this', 'lg:site-memory', 'lg:focus-note',
  'lg:overlay-rest',
]);

export function isMessage(x: unknown): x is Message {
  return typeof x === 'object' && x !== null && TYPES.has((x as { type?: unknown }).type as string);
}

/** A sample as it arrives: strings checked and cut to their caps, flags read as booleans. */
export function parseSample(x: unknown): Sample | null {
  if (typeof x !== 'object' || x === null) return null;
  const m = x as Record<string, unknown>;
  if (typeof m.url !== 'string' || typeof m.title !== 'string' || typeof m.text !== 'string') return null;
  return {
    url: m.url.slice(0, MAX_URL_CHARS),
    title: m.title.slice(0, MAX_TITLE_CHARS),
    text: m.text.slice(0, FULL_SAMPLE_CHARS),
    truncated: m.truncated === true || m.text.length > FULL_SAMPLE_CHARS,
    full: m.full === true,
    overlay: m.overlay === true,
  };
}

const KINDS: ReadonlySet<string> = new Set<PageKind>(['lender', 'overdue', 'scam', 'none']);
const LEVELS: ReadonlySet<string> = new Set(['low', 'medium', 'high']);
const JURISDICTIONS: ReadonlySet<string> = new Set(['cn', 'tw', 'hk', 'other', 'unknown']);

const isStr = (v: unknown, max = 4096): v is string => typeof v === 'string' && v.length <= max;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * A verdict as it may arrive over the wire: checked field by field and copied, so a
 * malformed object (wrong kinds, huge arrays, getters) never reaches storage or the UI.
 * Returns null when it is not a verdict.
 */
export function sanitizeVerdict(x: unknown): Verdict | null {
  if (typeof x !== 'object' || x === null) return null;
  const v = x as Record<string, unknown>;
  if (!isStr(v.kind) || !KINDS.has(v.kind)) return null;
  if (!isStr(v.level) || !LEVELS.has(v.level)) return null;
  if (!isNum(v.score)) return null;
  if (!Array.isArray(v.reasons) || !Array.isArray(v.tips)) return null;
  const reasons = v.reasons.filter((r): r is string => isStr(r, 200)).slice(0, 50);
  const tips: Verdict['tips'] = [];
  for (const t of v.tips.slice(0, 500)) {
    if (typeof t !== 'object' || t === null) continue;
    const tt = t as Record<string, unknown>;
    if (!isStr(tt.id, 64) || !isNum(tt.start) || !isNum(tt.end) || !isStr(tt.text, 2000)) continue;
    const tip: Verdict['tips'][number] = {
      id: tt.id as Verdict['tips'][number]['id'],
      start: tt.start,
      end: tt.end,
      text: tt.text,
    };
    const r = tt.rate as Record<string, unknown> | undefined;
    if (r && typeof r === 'object' && isStr(r.basis, 20) && isNum(r.percent)) {
      tip.rate = {
        basis: r.basis as NonNullable<Verdict['tips'][number]['rate']>['basis'],
        percent: r.percent,
        ...(isNum(r.periods) ? { periods: r.periods } : {}),
      };
    }
    tips.push(tip);
  }
  const jurisdiction = isStr(v.jurisdiction) && JURISDICTIONS.has(v.jurisdiction) ? v.jurisdiction : 'unknown';
  return {
    kind: v.kind as PageKind,
    level: v.level as Verdict['level'],
    score: v.score,
    reasons,
    tips,
    jurisdiction: jurisdiction as Verdict['jurisdiction'],
    ...(v.truncated === true ? { truncated: true } : {}),
    ...(v.stance === 'warns' || v.stance === 'promotes' || v.stance === 'neutral' ? { stance: v.stance } : {}),
  };
}

/** What the background stores per tab (storage.session) and answers the popup with. */
export interface TabVerdict {
  verdict: Verdict;
  url: string;
  at: number;
  /** the frame the verdict came from (0 = the top frame) */
  frameId?: number;
}

/** URL without the fragment: a hash change is the same page. */
export function pageKey(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/** Longest URL the background keeps for a frame (storage.session is shared and small). */
export const MAX_KEY_CHARS = 2048;

/**
 * The URL as the background stores and compares it: without the fragment, and bounded. A
 * longer URL (a page can replaceState to megabytes) keeps its first characters plus a hash of
 * the whole, so two long URLs that differ only late still differ.
 */
export function urlKey(url: string): string {
  const page = pageKey(url);
  if (page.length <= MAX_KEY_CHARS) return page;
  let h = 0x811c9dc5; // FNV-1a, 32 bits
  for (let i = 0; i < page.length; i++) h = Math.imul(h ^ page.charCodeAt(i), 0x01000193);
  return `${page.slice(0, MAX_KEY_CHARS - 10)}…~${(h >>> 0).toString(36)}`;
}
