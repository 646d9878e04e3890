/**
 * Tips: where a tip rule's phrase occurs in the text (not the title) of a flagged page, with
 * offsets into the ORIGINAL text; overlaps removed, at most MAX_TIPS.
 */
import type { Tip } from '../types';
import type { Engine } from './engine';
import { nearSatisfied } from './evaluate';
import { parseRate } from './rate';
import { startOf } from './scan';
import type { ScanState } from './state';

export const MAX_TIPS = 40;
/** pattern flag bit (engine.ts): the pattern anchors a tip rule */
const TIP_FLAG = 32;

export function collectTips(e: Engine, st: ScanState, text: string): Tip[] {
  const raw: Tip[] = [];
  const { pid, count, end: hEnd } = st.hits;
  const { patFlags, anchorStart, anchorRules, nClassRules, rules } = e;
  for (let h = st.titleHits; h < count && raw.length < MAX_TIPS * 4; h++) {
    const p = pid[h]!;
    if ((patFlags[p]! & TIP_FLAG) === 0) continue;
    // a pattern's rules are in rule order, tip rules last: walk back over them
    for (let x = anchorStart[p + 1]! - 1, y = anchorStart[p]!; x >= y; x--) {
      const ri = anchorRules[x]!;
      if (ri < nClassRules) break;
      const r = rules[ri]!;
      if (!r.tip || (r.near && !nearSatisfied(e, st, h, r.near, r.window))) continue;
      const end = hEnd[h]!;
      const start = startOf(text, end - 1, e.a.patLen[p]!);
      if (r.tip === 'rate-claim') {
        const pr = parseRate(text, start, end, e.a.patterns[p]!);
        if (pr) raw.push({ id: r.tip, start, end: pr.end, text: '', rate: pr.rate });
      } else raw.push({ id: r.tip, start, end, text: '' });
    }
  }
  // earliest start first, longer first; drop anything overlapping a kept tip
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Tip[] = [];
  let lastEnd = -1;
  for (const t of raw) {
    if (t.start < lastEnd) continue;
    t.text = text.slice(t.start, t.end);
    out.push(t);
    lastEnd = t.end;
    if (out.length >= MAX_TIPS) break;
  }
  return out;
}
