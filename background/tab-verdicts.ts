/**
 * Per-tab verdict bookkeeping for the background (pure: no browser APIs, so it is unit-tested).
 * A tab holds one entry per frame that reported a flagged page; the tab's verdict is the top
 * frame's when it is flagged, else the strongest frame's.
 */
import type { FlaggedKind, Level, Verdict } from '../core/types';
import { pageKey, urlKey, type TabVerdict } from '../core/protocol';

export { pageKey };

export interface TabEntry {
  /** frameId → what that frame reported */
  frames: Record<string, TabVerdict>;
}

const LEVEL_RANK: Record<Level, number> = { low: 0, medium: 1, high: 2 };
const KIND_RANK: Record<string, number> = { scam: 3, overdue: 2, lender: 1, none: 0 };

function strength(v: Verdict): number {
  return (KIND_RANK[v.kind] ?? 0) * 100 + LEVEL_RANK[v.level] * 10 + Math.min(9, v.score / 10);
}

/** The verdict the badge and the popup show for a tab. */
export function tabVerdict(entry: TabEntry | undefined): TabVerdict | null {
  if (!entry) return null;
  const top = entry.frames['0'];
  if (top && top.verdict.kind !== 'none') return top;
  let best: TabVerdict | null = null;
  for (const v of Object.values(entry.frames)) {
    if (v.verdict.kind === 'none') continue;
    if (!best || strength(v.verdict) > strength(best.verdict)) best = v;
  }
  return best;
}

/**
 * The top frame moved to `url`: drop entries of the old page. Entries already reported for the
 * new URL (a verdict that raced ahead of tabs.onUpdated) stay.
 */
export function afterNavigation(entry: TabEntry | undefined, url: string): TabEntry | undefined {
  if (!entry) return undefined;
  const top = entry.frames['0'];
  if (!top) return { frames: {} };
  if (urlKey(top.url) === urlKey(url)) return entry; // hash change or a verdict for the new page
  return { frames: {} };
}

/** Frames with a verdict kept per tab (the top frame and the strongest others). */
export const MAX_FRAMES = 8;
/** Tips kept per stored verdict, and characters per tip quote. */
export const MAX_STORED_TIPS = 40;
export const MAX_QUOTE_CHARS = 200;

/** What the background stores for a frame: the verdict with its lists capped, the URL as a bounded key. */
export function frameVerdict(verdict: Verdict, url: string, frameId: number, at: number): TabVerdict {
  return {
    verdict: {
      ...verdict,
      reasons: verdict.reasons.slice(0, 50),
      tips: verdict.tips.slice(0, MAX_STORED_TIPS).map((t) => (t.text.length > MAX_QUOTE_CHARS ? { ...t, text: t.text.slice(0, MAX_QUOTE_CHARS) } : t)),
    },
    url: urlKey(url),
    at,
    frameId,
  };
}

export function withFrame(entry: TabEntry | undefined, frameId: number, v: TabVerdict | null): TabEntry {
  const frames = { ...(entry?.frames ?? {}) };
  if (v) frames[String(frameId)] = v;
  else delete frames[String(frameId)];
  // Many flagged frames (a page can add iframes at will): keep the top frame and the strongest.
  const subframes = Object.keys(frames).filter((k) => k !== '0');
  const room = MAX_FRAMES - (frames['0'] ? 1 : 0);
  if (subframes.length > room) {
    subframes.sort((a, b) => strength(frames[b]!.verdict) - strength(frames[a]!.verdict));
    for (const k of subframes.slice(room)) delete frames[k];
  }
  return { frames };
}

export const BADGE_COLORS: Record<FlaggedKind, string> = {
  scam: '#b42318',
  overdue: '#b54708',
  lender: '#175cd3',
};
