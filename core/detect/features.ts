/**
 * The learned decision's inputs, read off a document's evaluated ScanState: for every class
 * rule how often it fired (diminishing: 1 + log2 count, capped at 4), whether in the title, and
 * whether in the opening; for every tip rule how often; a scam cue in the headline; a listed
 * lender host; stance words (warning, selling); the rules-only scores and verdict (prior.ts). No length and no domain features:
 * a model must not learn those shortcuts.
 */
import type { FlaggedKind } from '../types';
import type { Detail } from './decide';
import type { Engine } from './engine';
import { rulesOnlyKind, THRESHOLD } from './prior';
import type { ScanState } from './state';

/** More hits of one rule add evidence, with diminishing returns: 1, 2, 2.58, 3, … capped at 4. */
export const repeat = (c: number): number => (c <= 0 ? 0 : Math.min(4, 1 + Math.log2(c)));

/** Feature names, in vector order (the model file stores weights by these names). */
export function featureNames(e: Engine): string[] {
  const names: string[] = [];
  e.rules.forEach((r, ri) => {
    if (ri < e.nClassRules) names.push(r.id, `${r.id}@title`, `${r.id}@opening`);
    else names.push(`tip.${r.id}`);
  });
  names.push('headline.scam', 'host.listed-lender', 'stance.warns', 'stance.promotes');
  for (const k of PRIOR) names.push(`prior.${k}`, `prior=${k}`);
  return names;
}

const PRIOR: readonly FlaggedKind[] = ['scam', 'overdue', 'lender'];

/** The feature vector of one document (after evaluate() and evaluateTips()); `d` the rules' hand-weighted scores. */
export function features(e: Engine, st: ScanState, knownLender: boolean, d: Detail): number[] {
  const x: number[] = [];
  for (let ri = 0; ri < e.rules.length; ri++) {
    const c = repeat(st.ruleCount[ri]!);
    if (ri < e.nClassRules) x.push(c, c > 0 ? st.ruleTitle[ri]! : 0, c > 0 ? st.ruleHead[ri]! : 0);
    else x.push(c);
  }
  x.push(st.scamHead ? 1 : 0, knownLender ? 1 : 0, repeat(st.warns), repeat(st.promotes));
  // the hand-weighted rules' view: each class score against its threshold, and their verdict
  const prior = rulesOnlyKind(d);
  for (const k of PRIOR) x.push(Math.min(4, Math.max(0, d.scores[k] / THRESHOLD[k])), prior === k ? 1 : 0);
  return x;
}
