/**
 * The messages extension contexts send each other. Every receiver validates the shape
 * (parseMessage) and the sender (see background/router.ts) before acting: pages can post
 * anything, so nothing is trusted because of its shape alone. Pages cannot reach
 * runtime.sendMessage at all (no externally_connectable); window.postMessage and DOM
 * events are ignored entirely by our content scripts.
 */
import type { PageKind, Verdict } from '../core/types';

export type Message =
  /**
   * content script (detector) → background: the verdict for this frame's page.
   * `overlay`: the overlay script is already loaded in this frame (do not inject it again).
   */
  | { type: 'lg:verdict'; verdict: Verdict; url: string; overlay?: boolean }
  /** content script → background: this page is ordinary (or changed to ordinary) */
  | { type: 'lg:clear'; url: string }
  /** content script → background: the pre-gate passed; inject the engine into this frame */
  | { type: 'lg:need-engine' }
  /** popup/options/info page → background: the stored verdict for a tab */
  | { type: 'lg:get-verdict'; tabId: number }
  /** overlay → background: open the details (popup where allowed, else the info page) */
  | { type: 'lg:open-details' }
  /**
   * overlay → background: what the user chose for the note on this frame's site this session
   * (collapsed/open, closed), optionally changing it first; the site is the sender's
   */
  | { type: 'lg:site-memory'; change?: unknown }
  /** background → overlay (commands shortcut): focus the note; answers true when there is one */
  | { type: 'lg:focus-note' };

export type MessageType = Message['type'];

const TYPES: ReadonlySet<string> = new Set<MessageType>([
  'lg:verdict',
  'lg:clear',
  'lg:need-engine',
  'lg:get-verdict',
  'lg:open-details',
  'lg:site-memory',
  'lg:focus-note',
]);

export function isMessage(x: unknown): x is Message {
  return typeof x === 'object' && x !== null && TYPES.has((x as { type?: unknown }).type as string);
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
