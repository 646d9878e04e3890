/**
 * Decision: class scores from the counted rules, the kind by priority scam > overdue > lender
 * (each needing its threshold and more than a side remark), the level, the jurisdiction.
 */
import type { FlaggedKind, Jurisdiction, Level, PageKind } from '../types';
import { JURIS, type Engine } from './engine';
import type { ScanState } from './state';

/** Pages longer than this (chars read) need proportionally more evidence (see lengthFactor). */
const LONG_PAGE = 4000;

/** Minimum class score for a flag (for a page of up to LONG_PAGE chars). */
export const THRESHOLD: Readonly<Record<FlaggedKind, number>> = { scam: 5, overdue: 4, lender: 3 };

/**
 * A higher-priority class wins only if its score is at least this share of the others'. A scam
 * cue in the headline makes the page about it: then the lower `scamHead` share is enough.
 */
export const DOMINANCE = { scam: 0.3, scamHead: 0.12, overdue: 0.75 } as const;

export interface Fired {
  id: string;
  kind: PageKind;
  contribution: number;
  count: number;
}

export interface Detail {
  scores: Record<FlaggedKind, number>;
  /** thresholds grow with the length read: a long page needs more than one passing mention */
  lengthFactor: number;
  fired: Fired[];
  gateHit: boolean;
  truncated: boolean;
  scamHead: boolean;
}

/** More hits of one rule add evidence, with diminishing returns: 1, 2, 2.58, 3, … capped at 4. */
export const repeat = (c: number): number => Math.min(4, 1 + Math.log2(c));

/** Rules that fired, with their contributions (suppressors negative), and the class scores. */
export function score(e: Engine, st: ScanState, knownLender: boolean, read: number): Detail {
  const fired: Fired[] = [];
  const scores: Record<FlaggedKind, number> = { scam: 0, overdue: 0, lender: 0 };
  for (let ri = 0; ri < e.nClassRules; ri++) {
    const c = st.ruleCount[ri]!;
    if (c === 0) continue;
    const r = e.rules[ri]!;
    if (r.kind === 'none') {
      const w = r.weight * repeat(c);
      fired.push({ id: r.id, kind: 'none', contribution: -w, count: c });
      for (const k of r.suppress) scores[k] -= w;
    } else {
      const contribution = r.weight * repeat(c) * (st.ruleTitle[ri] ? 1.25 : 1);
      fired.push({ id: r.id, kind: r.kind, contribution, count: c });
      scores[r.kind] += contribution;
    }
  }
  if (knownLender) {
    fired.push({ id: 'lender.known-host', kind: 'lender', contribution: 3, count: 1 });
    scores.lender += 3;
  }
  const lengthFactor = read <= LONG_PAGE ? 1 : Math.min(3, 1 + 0.5 * Math.log2(read / LONG_PAGE));
  return { scores, fired, gateHit: st.gateHit, truncated: st.truncated, lengthFactor, scamHead: st.scamHead };
}

export function pickKind(d: Detail): PageKind {
  if (!d.gateHit) return 'none';
  const s = d.scores;
  const f = d.lengthFactor;
  // a class must be present on its own terms AND not be a side remark on a page about another
  if (s.scam >= THRESHOLD.scam * f && s.scam >= (d.scamHead ? DOMINANCE.scamHead : DOMINANCE.scam) * Math.max(s.overdue, s.lender)) return 'scam';
  if (s.overdue >= THRESHOLD.overdue * f && s.overdue >= DOMINANCE.overdue * s.lender) return 'overdue';
  if (s.lender >= THRESHOLD.lender * f) return 'lender';
  return 'none';
}

export function levelOf(kind: PageKind, score: number): Level {
  if (kind === 'none') return 'low';
  const t = THRESHOLD[kind];
  if (score >= t * 3) return 'high';
  if (kind === 'scam' || score >= t * 1.8) return 'medium';
  return 'low';
}

/** ccTLDs (and US-only gTLDs) of places whose borrower rules are neither mainland, TW nor HK. */
const OTHER_TLDS = new Set('jp us uk kr sg my au ca nz de fr is eg ie in ph gov edu'.split(' '));

export function jurisdictionOf(st: ScanState, host: string): Jurisdiction {
  const tld = host.slice(host.lastIndexOf('.') + 1);
  if (tld === 'tw') return 'tw';
  if (tld === 'hk' || tld === 'mo') return 'hk';
  if (tld === 'cn') return 'cn';
  if (OTHER_TLDS.has(tld)) return 'other';
  let best = -1;
  for (let j = 0; j < 4; j++) if (st.juris[j]! > (best < 0 ? 0 : st.juris[best]!)) best = j;
  return best < 0 ? 'unknown' : JURIS[best]!;
}
