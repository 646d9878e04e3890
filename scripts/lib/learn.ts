/**
 * Training and cross-validation plumbing shared by scripts/train.ts and scripts/eval.ts:
 * feature vectors of labelled pages (the shipped engine's own features), fits, stratified folds.
 */
import { inspect } from '../../core/detect/classify';
import { decide } from '../../core/detect/decide';
import { getEngine } from '../../core/detect/engine';
import type { PageKind } from '../../core/types';
import { DEFAULT_FIT, fit, fitTemperature, logits, predictProba, scaled, softmax, type Fit, type FitOptions, type Row } from './lr';
import { calibration, type Calibration, type Labelled } from './metrics';
import { rulesOnlyKind } from '../../core/detect/prior';

/** Class order of the model (CLASSES in the generated file). */
export const MODEL_CLASSES: readonly PageKind[] = ['scam', 'overdue', 'lender', 'none'];

export interface Vectorised {
  row: Labelled;
  x: Row;
  gateHit: boolean;
  truncated: boolean;
  rulesOnly: PageKind;
}

export function vectorise(rows: readonly Labelled[]): Vectorised[] {
  return rows.map((row) => {
    const { x, st, d } = inspect(row);
    return { row, x, gateHit: st.gateHit, truncated: st.truncated, rulesOnly: rulesOnlyKind(d) };
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

/** L2 strengths tried by the inner cross-validation (per example; see lr.ts). */
export const L2_GRID: readonly number[] = [0.001, 0.003, 0.01, 0.03];
export const INNER_FOLDS = 5;

export interface Selected {
  /** the fit on all the given data, its weights divided by the temperature */
  fit: Fit;
  l2: number;
  temperature: number;
  /** mean held-out log-loss of each L2_GRID value in the inner cross-validation */
  loss: number[];
}

const logLoss = (p: readonly number[], y: number): number => -Math.log(Math.max(1e-12, p[y]!));

/**
 * Fit with the L2 strength chosen by an inner stratified cross-validation over `data` (mean
 * held-out log-loss; `extra` pages always train, never score), then a temperature fitted on the
 * chosen strength's inner held-out logits, and the final fit on everything, scaled by it. Nothing
 * of the pages it will later be scored on (an outer fold) is seen here.
 */
export function fitSelected(data: readonly Vectorised[], extra: readonly Vectorised[] = [], o: FitOptions = DEFAULT_FIT): Selected {
  const f = folds(data.map((v) => v.row), INNER_FOLDS);
  const y = data.map((v) => MODEL_CLASSES.indexOf(v.row.label));
  const held = L2_GRID.map(() => new Array<number[]>(data.length));
  for (let fold = 0; fold < INNER_FOLDS; fold++) {
    const part = [...data.filter((_, i) => f[i] !== fold), ...extra];
    L2_GRID.forEach((l2, g) => {
      const m = train(part, { ...o, l2 });
      data.forEach((v, i) => {
        if (f[i] === fold) held[g]![i] = logits(m, v.x);
      });
    });
  }
  const loss = held.map((z) => z.reduce((s, zi, i) => s + logLoss(softmax(zi), y[i]!), 0) / data.length);
  const g = loss.indexOf(Math.min(...loss));
  const l2 = L2_GRID[g]!;
  const temperature = fitTemperature(held[g]!, y);
  return { fit: scaled(train([...data, ...extra], { ...o, l2 }), temperature), l2, temperature, loss };
}

export interface Predicted {
  kind: PageKind;
  probs: number[];
  fit: Fit;
  /** the L2 strength and temperature this fold's inner cross-validation chose */
  l2: number;
  temperature: number;
}

/**
 * Cross-validated predictions: each row predicted by weights fitted without its fold (L2 and
 * temperature chosen inside the training part: nested). `extra` pages are always in the training
 * part (never predicted). `share` < 1 trains on that share of each training part (the learning
 * curve), chosen deterministically.
 */
export function crossValidate(data: readonly Vectorised[], k: number, extra: readonly Vectorised[] = [], share = 1, o?: FitOptions): Map<Vectorised, Predicted> {
  const f = folds(data.map((v) => v.row), k);
  const out = new Map<Vectorised, Predicted>();
  for (let fold = 0; fold < k; fold++) {
    const trainPart = data.filter((_, i) => f[i] !== fold).filter((_, i) => share >= 1 || (i * 7919) % 1000 < share * 1000);
    const s = fitSelected(trainPart, extra, o);
    data.forEach((v, i) => {
      if (f[i] === fold) out.set(v, { ...predict(s.fit, v), fit: s.fit, l2: s.l2, temperature: s.temperature });
    });
  }
  return out;
}

/**
 * Calibration of cross-validated predictions, as shipped (a page without an early cue is none
 * with confidence 1): the kind's confidence against being right, and the probability that the
 * page is flagged at all (what sets the level) against its label being a flagged kind. `raw`:
 * the same before temperature scaling.
 */
export function calibrationOf(data: readonly Vectorised[], pred: ReadonlyMap<Vectorised, Predicted>): Record<'kind' | 'flagged' | 'kindRaw' | 'flaggedRaw', Calibration> {
  const none = MODEL_CLASSES.indexOf('none');
  const view = (raw: boolean) =>
    data.map((v) => {
      const p = pred.get(v)!;
      const probs = raw ? softmax(logits(p.fit, v.x).map((z) => z * p.temperature)) : p.probs;
      if (!v.gateHit) return { conf: 1, right: v.row.label === 'none', flag: 0 };
      const k = probs.indexOf(Math.max(...probs));
      return { conf: probs[k]!, right: MODEL_CLASSES[k] === v.row.label, flag: 1 - probs[none]! };
    });
  const flagged = data.map((v) => v.row.label !== 'none');
  const [cal, raw] = [view(false), view(true)];
  return {
    kind: calibration(cal.map((c) => c.conf), cal.map((c) => c.right)),
    flagged: calibration(cal.map((c) => c.flag), flagged),
    kindRaw: calibration(raw.map((c) => c.conf), raw.map((c) => c.right)),
    flaggedRaw: calibration(raw.map((c) => c.flag), flagged),
  };
}
