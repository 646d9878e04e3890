/**
 * The learned decision's inputs, read off a document's evaluated ScanState: for every class
 * rule how often it fired (diminishing: 1 + log2 count, capped at 4), whether in the title, and
 * whether in the opening; for every tip rule how often; a scam cue in the headline; a listed
 * lender host; stance words (warning, selling); a few interactions (INTERACTIONS); the
 * rules-only scores and verdict (prior.ts). No length and no domain features: a model must not
 * learn those shortcuts.
 */
import type { FlaggedKind } from '../types';
import type { Detail } from './decide';
import type { Engine } from './engine';
import { rulesOnlyKind, THRESHOLD } from './prior';
import type { ScanState } from './state';

/** More hits of one rule add evidence, with diminishing returns: 1, 2, 2.58, 3, … capped at 4 (from 8 on). */
export const repeat = (c: number): number => (c <= 0 ? 0 : c < 8 ? REPEAT[c]! : 4);
// computed once: a page has a few dozen counts, and Math.log2 costs more than the rest of a feature
const REPEAT = [0, 1, 2, 3, 4, 5, 6, 7].map((c) => (c === 0 ? 0 : 1 + Math.log2(c)));

/** Rule groups the interactions are made of (rule ids; a group fires when any of its rules does). */
const GROUPS = {
  // being behind and being pursued: what an overdue page is about
  trouble: 'overdue.collection,overdue.threat,overdue.harassment,overdue.lawsuit,overdue.delinquent-credit,overdue.credit-damage,overdue.debt-sale',
  // a named credit product or an offer of one
  product: 'lender.product,lender.offer,lender.card-cost,lender.instalment,lender.kouzi',
  // the name of a debt-relief scheme (停息挂账, 债务优化 …)
  scheme: 'scam.debt-relief-agency,scam.debt-optimisation,scam.hk-restructuring',
  // someone selling it: fees, teams, firms, paid rights agents
  seller: 'scam.paid-negotiation,scam.law-firm-debt-service,scam.proxy-rights,scam.proxy-rights-pitch',
} as const;

/**
 * Interactions a linear model cannot form from the single features:
 * - trouble×product: 借呗 / 微粒贷 on a page about collection or lawsuits names the debt, not an offer
 *   (e.g. 借呗逾期被催收 is overdue; 借呗怎么开通 is lender);
 * - scheme×seller / scheme×promotes: 停息挂账 with fees, a team, a firm or contact calls (an agency
 *   selling it), against the scheme named in an explainer;
 * - scheme-bare: a scheme's name with no seller, no selling and no warning words (a definition or
 *   a tag page: 什么叫停息挂账) — the model weighs it on its own instead of as a full scam cue;
 * - scheme×warns: a warning about a scheme (police, bank) against a warning about anything else.
 */
const INTERACTIONS = ['x.trouble×product', 'x.scheme×seller', 'x.scheme×promotes', 'x.scheme×warns', 'x.scheme-bare'] as const;

const groupIndex = new WeakMap<Engine, Record<keyof typeof GROUPS, number[]>>();
function groups(e: Engine): Record<keyof typeof GROUPS, number[]> {
  let g = groupIndex.get(e);
  if (!g) {
    const ids = e.rules.map((r) => r.id);
    g = Object.fromEntries(Object.entries(GROUPS).map(([k, v]) => [k, v.split(',').map((id) => ids.indexOf(id)).filter((i) => i >= 0)])) as Record<keyof typeof GROUPS, number[]>;
    groupIndex.set(e, g);
  }
  return g;
}

/** Feature names, in vector order (the model file stores weights by these names). */
export function featureNames(e: Engine): string[] {
  const names: string[] = [];
  e.rules.forEach((r, ri) => {
    if (ri < e.nClassRules) names.push(r.id, `${r.id}@title`, `${r.id}@opening`);
    else names.push(`tip.${r.id}`);
  });
  names.push('headline.scam', 'host.listed-lender', 'stance.warns', 'stance.promotes', ...INTERACTIONS);
  for (const k of PRIOR) names.push(`prior.${k}`, `prior=${k}`);
  return names;
}

const PRIOR: readonly FlaggedKind[] = ['scam', 'overdue', 'lender'];

/**
 * A document's features (featureNames order). Most are 0 on any page, so only the others are
 * listed, in index order: `value[j]` is feature `index[j]`. The model scores this row as it is,
 * and training fits on the same rows.
 */
export interface FeatureRow {
  readonly index: readonly number[];
  readonly value: readonly number[];
}

/** The features of one document (after evaluate() and evaluateTips()); `d` the rules' hand-weighted scores. */
export function features(e: Engine, st: ScanState, knownLender: boolean, d: Detail): FeatureRow {
  const index: number[] = [];
  const value: number[] = [];
  // features are written in index order; a 0 is left out
  let i = 0;
  const put = (v: number): void => {
    if (v !== 0) {
      index.push(i);
      value.push(v);
    }
    i++;
  };
  const { ruleCount, ruleTitle, ruleHead } = st;
  const nClass = e.nClassRules;
  for (let ri = 0; ri < nClass; ri++) {
    const count = ruleCount[ri]!;
    if (count === 0) {
      i += 3;
      continue;
    }
    put(repeat(count));
    put(ruleTitle[ri]!);
    put(ruleHead[ri]!);
  }
  for (let ri = nClass; ri < e.rules.length; ri++) put(repeat(ruleCount[ri]!));
  put(st.scamHead ? 1 : 0);
  put(knownLender ? 1 : 0);
  put(repeat(st.warns));
  put(repeat(st.promotes));
  const g = groups(e);
  const any = (list: number[]): number => {
    for (const ri of list) if (ruleCount[ri]! > 0) return 1;
    return 0;
  };
  const scheme = any(g.scheme);
  const seller = any(g.seller);
  put(any(g.trouble) * any(g.product));
  put(scheme * seller);
  put(scheme * (st.promotes > 0 ? 1 : 0));
  put(scheme * (st.warns > 0 ? 1 : 0));
  put(scheme * (1 - seller) * (st.promotes + st.warns > 0 ? 0 : 1));
  // the hand-weighted rules' view: each class score against its threshold, and their verdict
  const prior = rulesOnlyKind(d);
  for (const k of PRIOR) {
    put(Math.min(4, Math.max(0, d.scores[k] / THRESHOLD[k])));
    put(prior === k ? 1 : 0);
  }
  return { index, value };
}

