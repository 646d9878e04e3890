/**
 * Decision: the kind and level from the learned model's probabilities (model.ts), the
 * jurisdiction; and the hand-weighted rule scores (the rules' own `weight`s), kept as the
 * rules-only baseline the evaluation compares the model with.
 */
import type { FlaggedKind, Jurisdiction, Level, PageKind } from '../types';
import { JURIS, type Engine } from './engine';
import { repeat } from './features';
import type { ScanState } from './state';

export interface Fired {
  id: string;
  /** the rule's index in the engine (-1: not a rule, e.g. a listed lender host) */
  rule: number;
  kind: PageKind;
  contribution: number;
  count: number;
}

export interface Detail {
  scores: Record<FlaggedKind, number>;
  /** characters read */
  read: number;
  fired: Fired[];
  gateHit: boolean;
  truncated: boolean;
  scamHead: boolean;
}


/** Rules that fired, with their hand-weighted contributions (suppressors negative), and the class scores. */
export function score(e: Engine, st: ScanState, knownLender: boolean, read: number): Detail {
  const fired: Fired[] = [];
  const scores: Record<FlaggedKind, number> = { scam: 0, overdue: 0, lender: 0 };
  for (let ri = 0; ri < e.nClassRules; ri++) {
    const c = st.ruleCount[ri]!;
    if (c === 0) continue;
    const r = e.rules[ri]!;
    if (r.kind === 'none') {
      const w = r.weight * repeat(c);
      fired.push({ id: r.id, rule: ri, kind: 'none', contribution: -w, count: c });
      for (const k of r.suppress) scores[k] -= w;
    } else {
      const contribution = r.weight * repeat(c) * (st.ruleTitle[ri] ? 1.25 : 1);
      fired.push({ id: r.id, rule: ri, kind: r.kind, contribution, count: c });
      scores[r.kind] += contribution;
    }
  }
  if (knownLender) {
    fired.push({ id: 'lender.known-host', rule: -1, kind: 'lender', contribution: 3, count: 1 });
    scores.lender += 3;
  }
  return { scores, fired, gateHit: st.gateHit, truncated: st.truncated, read, scamHead: st.scamHead };
}

/** Confidence (the model's probability of the kind) at which the level is medium / high. */
export const LEVEL_AT = { medium: 0.75, high: 0.92 } as const;

/**
 * The kind is the most probable class; the level follows the model's confidence that the page
 * is flagged at all, one step lower when a limit bound (part of the page was not read).
 */
export function decide(probs: readonly number[], classes: readonly PageKind[], gateHit: boolean, truncated: boolean): { kind: PageKind; confidence: number; level: Level } {
  let k = 0;
  for (let i = 1; i < probs.length; i++) if (probs[i]! > probs[k]!) k = i;
  const kind = gateHit ? classes[k]! : 'none';
  if (kind === 'none') return { kind, confidence: gateHit ? probs[k]! : 1, level: 'low' };
  const p = probs[k]!;
  // The level is how sure the model is that the page is about borrowing or debt at all
  // (1 − P(none)), not how sure it is of the kind: a debt-relief ad that also talks about overdue
  // debt splits its probability between scam and overdue, yet is no less surely a page to note.
  const none = classes.indexOf('none');
  const pFlag = none >= 0 ? 1 - probs[none]! : p;
  let level: Level = pFlag >= LEVEL_AT.high ? 'high' : pFlag >= LEVEL_AT.medium ? 'medium' : 'low';
  if (truncated) level = level === 'high' ? 'medium' : 'low';
  return { kind, confidence: p, level };
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
