/**
 * Multinomial logistic regression, fitted by full-batch gradient descent with Nesterov momentum
 * and an L2 penalty (not on the biases). Deterministic: zero start, fixed steps, rows in order.
 * Build-time only (training and cross-validation); shipped code only applies the weights.
 * Flat typed arrays: inner cross-validation fits hundreds of models.
 */
import type { FeatureRow } from '../../core/detect/features';
import { softmax } from '../../core/detect/model';

export interface Fit {
  bias: number[];
  /** weights[class][feature] */
  weights: number[][];
}

export interface FitOptions {
  /** L2 strength per example (the penalty is l2/2 · ||w||² · n) */
  l2: number;
  steps: number;
  rate: number;
  /** per-class example weights (default 1) */
  classWeight?: readonly number[];
}

export const DEFAULT_FIT: FitOptions = {
  l2: Number(process.env.LG_L2 ?? 0.003),
  steps: Number(process.env.LG_STEPS ?? 1000),
  rate: Number(process.env.LG_RATE ?? 1),
};

/** Rows are the engine's own feature rows: the non-zero features, in index order. */
export type Row = FeatureRow;
export { softmax };

export function fit(rows: readonly Row[], y: readonly number[], nClasses: number, nFeatures: number, o: FitOptions = DEFAULT_FIT): Fit {
  const C = nClasses;
  const F = nFeatures;
  // parameters per class: [bias, w_0 … w_F-1] at k * (F + 1)
  const P = C * (F + 1);
  const w = new Float64Array(P);
  const v = new Float64Array(P);
  const look = new Float64Array(P);
  const g = new Float64Array(P);
  const cw = o.classWeight ?? new Array<number>(C).fill(1);
  const n = rows.reduce((s, _, r) => s + cw[y[r]!]!, 0);
  const idx = rows.map((row) => Int32Array.from(row.index, (i) => i + 1));
  const val = rows.map((row) => Float64Array.from(row.value));
  const z = new Array<number>(C).fill(0);
  const mu = 0.9;
  for (let step = 0; step < o.steps; step++) {
    for (let j = 0; j < P; j++) look[j] = w[j]! + mu * v[j]!;
    for (let j = 0; j < P; j++) g[j] = j % (F + 1) === 0 ? 0 : o.l2 * look[j]!;
    for (let r = 0; r < rows.length; r++) {
      const ix = idx[r]!;
      const vx = val[r]!;
      let top = -Infinity;
      for (let k = 0; k < C; k++) {
        const base = k * (F + 1);
        let s = look[base]!;
        for (let t = 0; t < ix.length; t++) s += look[base + ix[t]!]! * vx[t]!;
        z[k] = s;
        if (s > top) top = s;
      }
      let sum = 0;
      for (let k = 0; k < C; k++) sum += z[k] = Math.exp(z[k]! - top);
      const c = cw[y[r]!]! / n;
      for (let k = 0; k < C; k++) {
        const gk = c * (z[k]! / sum - (y[r] === k ? 1 : 0));
        const base = k * (F + 1);
        g[base]! += gk;
        for (let t = 0; t < ix.length; t++) g[base + ix[t]!]! += gk * vx[t]!;
      }
    }
    for (let j = 0; j < P; j++) {
      v[j] = mu * v[j]! - o.rate * g[j]!;
      w[j]! += v[j]!;
    }
  }
  const bias: number[] = [];
  const weights: number[][] = [];
  for (let k = 0; k < C; k++) {
    bias.push(w[k * (F + 1)]!);
    weights.push(Array.from(w.subarray(k * (F + 1) + 1, (k + 1) * (F + 1))));
  }
  return { bias, weights };
}

/** The class scores (logits) of a row. */
export function logits(f: Fit, row: Row): number[] {
  const z = f.bias.slice();
  for (let k = 0; k < z.length; k++) row.index.forEach((i, j) => (z[k]! += f.weights[k]![i]! * row.value[j]!));
  return z;
}

export function predictProba(f: Fit, row: Row): number[] {
  return softmax(logits(f, row));
}

/** The fit with every weight and bias divided by temperature t (softmax(z / t)): still one dot product per class. */
export function scaled(f: Fit, t: number): Fit {
  return { bias: f.bias.map((b) => b / t), weights: f.weights.map((w) => w.map((x) => x / t)) };
}

/**
 * Temperature scaling (Guo et al. 2017): the t > 0 minimising the negative log-likelihood of
 * held-out logits. One parameter, so the class ranking (the kind) never changes; golden-section
 * search over log t.
 */
export function fitTemperature(z: readonly (readonly number[])[], y: readonly number[]): number {
  const nll = (t: number): number =>
    z.reduce((s, zi, i) => {
      const p = softmax(zi.map((x) => x / t));
      return s - Math.log(Math.max(1e-12, p[y[i]!]!));
    }, 0);
  let a = Math.log(0.25);
  let b = Math.log(8);
  const r = (Math.sqrt(5) - 1) / 2;
  for (let it = 0; it < 60; it++) {
    const c = b - r * (b - a);
    const d = a + r * (b - a);
    if (nll(Math.exp(c)) < nll(Math.exp(d))) b = d;
    else a = c;
  }
  return Math.exp((a + b) / 2);
}
