/**
 * Training and cross-validation plumbing shared by scripts/train.ts and scripts/eval.ts:
 * feature vectors of labelled pages (the shipped engine's own features), fits, stratified folds.
 */
import { inspect } from '../../core/detect/classify';
import { decide } from '../../core/detect/decide';
import { getEngine } from '../../core/detect/engine';
import type { PageKind } from '../../core/types';
import { DEFAULT_FIT, fit, predictProba, sparse, type Fit, type FitOptions, type Row } from './lr';
import type { Labelled } from './metrics';
import { rulesOnlyKind } from '../../core/detect/prior';

/** Class order of the model (CLASSES in the generated file). */
export const MODEL_CLASSES: readonly PageKind[] = ['scam', 'overdue', 'lender', 'none'];

export interface Vectorised {
  row: Labelled;
  x: Row;
  dense: number[];
  gateHit: boolean;
  truncated: boolean;
  rulesOnly: PageKind;
}

export function vectorise(rows: readonly Labelled[]): Vectorised[] {
  return rows.map((row) => {
    const { x, st, d } = inspect(row);
    return { row, x: sparse(x), dense: x, gateHit: st.gateHit, truncated: st.truncated, rulesOnly: rulesOnlyKind(d) };
  });
}

export const names = (): string[] => getEngine().featureNames;

export function train(data: readonly Vectorised[], o: FitOptions = DEFAULT_FIT): Fit {
  const nF = names().length;
  return fit(
    data.map((v) => v.x),
    data.map((v) => MODEL_CLASSES.indexOf(v.row.label)),
    MODEL_CLASSES.length,
    nF,
    o,
  );
}

export function predict(f: Fit, v: Vectorised): { kind: PageKind; probs: number[] } {
  const probs = predictProba(f, v.x);
  return { kind: decide(probs, MODEL_CLASSES, v.gateHit, v.truncated).kind, probs };
}

/** Fold of each row: stratified by label, rows of a label dealt round-robin in id order. */
export function folds(rows: readonly Labelled[], k: number): number[] {
  const out = new Array<number>(rows.length);
  const byLabel = new Map<PageKind, number[]>();
  rows.forEach((r, i) => (byLabel.get(r.label) ?? byLabel.set(r.label, []).get(r.label)!).push(i));
  for (const idx of byLabel.values()) {
    idx.sort((a, b) => (rows[a]!.id < rows[b]!.id ? -1 : rows[a]!.id > rows[b]!.id ? 1 : 0));
    idx.forEach((i, j) => (out[i] = j % k));
  }
  return out;
}

/**
 * Cross-validated predictions: each row predicted by weights fitted without its fold. `extra`
 * pages are always in the training part (never predicted). `share` < 1 trains on that share of
 * each training part (the learning curve), chosen deterministically.
 */
export function crossValidate(data: readonly Vectorised[], k: number, extra: readonly Vectorised[] = [], share = 1, o?: FitOptions): Map<Vectorised, { kind: PageKind; probs: number[]; fit: Fit }> {
  const f = folds(data.map((v) => v.row), k);
  const out = new Map<Vectorised, { kind: PageKind; probs: number[]; fit: Fit }>();
  for (let fold = 0; fold < k; fold++) {
    const trainPart = data.filter((_, i) => f[i] !== fold).filter((_, i) => share >= 1 || (i * 7919) % 1000 < share * 1000);
    const model = train([...trainPart, ...extra], o);
    data.forEach((v, i) => {
      if (f[i] === fold) out.set(v, { ...predict(model, v), fit: model });
    });
  }
  return out;
}
