/**
 * Tips: where a tip rule's phrase occurs in the text (not the title) of a flagged page, with
 * offsets into the ORIGINAL text; overlaps removed, at most MAX_PER_TIP per tip, none inside a
 * 《…》 title, none that does not fit the page's kind.
 */
import type { PageKind, Tip, TipId } from '../types';
import type { Engine } from './engine';
import { parseRate } from './rate';
import { startOf } from './scan';
import type { ScanState } from './state';

export const MAX_TIPS = 40;
/** Marks per tip and page: the first claims are enough, a page full of marks helps no one. */
export const MAX_PER_TIP = 2;
/** How far back a mark looks for an unclosed 《 (a law's title is not a claim). */
const TITLE_REACH = 40;

/** Is s[i] inside a 《…》 book or law title? */
function inBookTitle(s: string, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - TITLE_REACH; j--) {
    const c = s.charCodeAt(j);
    if (c === 0x300b) return false; // 》
    if (c === 0x300a) return true; // 《
  }
  return false;
}

/** Tips that do not fit a page of this kind (the fact would answer a claim it does not make). */
const UNFIT: Partial<Record<PageKind, readonly TipId[]>> = { scam: ['jail-threat'] };

/**
 * The marks of a page of this kind, from the tip rules' hits evaluateTips() listed.
 * `perTipMax`: a page gets MAX_PER_TIP marks per tip; a short message is read whole, every claim
 * marked. Rate claims count per claim text.
 */
export function collectTips(e: Engine, st: ScanState, text: string, kind: PageKind, perTipMax = MAX_PER_TIP): Tip[] {
  const unfit = UNFIT[kind] ?? [];
  const raw: Tip[] = [];
  const { pid, end: hEnd } = st.hits;
  const { tipHit, tipRule } = st;
  // the tip rules' counted hits (evaluateTips), those in the text
  for (let j = 0; j < tipHit.length && raw.length < MAX_TIPS * 4; j++) {
    const h = tipHit[j]!;
    if (h < st.titleHits) continue;
    const tip = e.rules[tipRule[j]!]!.tip;
    if (!tip || unfit.includes(tip)) continue;
    const p = pid[h]!;
    const end = hEnd[h]!;
    const start = startOf(text, end - 1, e.a.patLen[p]!);
    if (tip === 'rate-claim') {
      const pr = parseRate(text, start, end, e.a.patterns[p]!);
      if (pr) raw.push({ id: tip, start, end: pr.end, text: '', rate: pr.rate });
    } else raw.push({ id: tip, start, end, text: '' });
  }
  // earliest start first, longer first; drop anything overlapping a kept tip
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Tip[] = [];
  const perTip = new Map<string, number>();
  let lastEnd = -1;
  for (const t of raw) {
    // a rate claim is capped per claim text, since each different one carries its own numbers
    const key = t.id === 'rate-claim' ? `${t.id}:${text.slice(t.start, t.end)}` : t.id;
    if (t.start < lastEnd || (perTip.get(key) ?? 0) >= perTipMax) continue;
    // checked last, only for a mark that would be kept (a skipped one changes nothing above)
    if (inBookTitle(text, t.start)) continue;
    perTip.set(key, (perTip.get(key) ?? 0) + 1);
    t.text = text.slice(t.start, t.end);
    out.push(t);
    lastEnd = t.end;
    if (out.length >= MAX_TIPS) break;
  }
  return out;
}
