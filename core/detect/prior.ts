/**
 * The rules-only decision (no learning): the rules' hand-set weights, a threshold per class, and
 * priority scam > overdue > lender (scam must not be a side remark on a page about another kind;
 * overdue signals beat lender outright). It is the baseline the evaluation compares the learned model with, and its verdict
 * and scores are features the model weighs (features.ts).
 */
import type { FlaggedKind, PageKind } from '../types';
import type { Detail } from './decide';

export const THRESHOLD: Readonly<Record<FlaggedKind, number>> = { scam: 5, overdue: 4, lender: 3 };
const DOMINANCE = { scam: 0.3, scamHead: 0.12 } as const;
const LONG_PAGE = 4000;

export function rulesOnlyKind(d: Detail): PageKind {
  if (!d.gateHit) return 'none';
  const s = d.scores;
  const f = d.read <= LONG_PAGE ? 1 : Math.min(3, 1 + 0.5 * Math.log2(d.read / LONG_PAGE));
  if (s.scam >= THRESHOLD.scam * f && s.scam >= (d.scamHead ? DOMINANCE.scamHead : DOMINANCE.scam) * Math.max(s.overdue, s.lender)) return 'scam';
  // Being behind, pursued or sued beats borrowing: a lender's name on such a page names the debt.
  if (s.overdue >= THRESHOLD.overdue * f) return 'overdue';
  if (s.lender >= THRESHOLD.lender * f) return 'lender';
  return 'none';
}
