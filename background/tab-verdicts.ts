/**
 * Per-tab verdict bookkeeping for the background (pure: no browser APIs, so it is unit-tested).
 * A tab holds one entry per frame that reported a flagged page; the tab's verdict is the top
 * frame's when it is flagged, else the strongest frame's.
 */
import type { FlaggedKind, Level, Verdict } from '../core/types';
import { pageKey, type TabVerdict } from '../core/protocol';

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
  if (pageKey(top.url) === pageKey(url)) return entry; // hash change or a verdict for the new page
  return { frames: {} };
}

export function withFrame(entry: TabEntry | undefined, frameId: number, v: TabVerdict | null): TabEntry {
  const frames = { ...(entry?.frames ?? {}) };
  if (v) frames[String(frameId)] = v;
  else delete frames[String(frameId)];
  return { frames };
}

export const BADGE_COLORS: Record<FlaggedKind, string> = {
  scam: '#b42318',
  overdue: '#b54708',
  lender: '#175cd3',
};
