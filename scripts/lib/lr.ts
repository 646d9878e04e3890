/**
 * Multinomial logistic regression, fitted by full-batch gradient descent with Nesterov momentum
 * and an L2 penalty (not on the biases). Deterministic: zero start, fixed steps, rows in order.
 * Build-time only (training and cross-validation); shipped code only applies the weights.
 */
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

/** Rows as sparse [index, value] pairs. */
export type Row = readonly (readonly [number, number])[];

export const sparse = (x: readonly number[]): Row => x.flatMap((v, i) => (v !== 0 ? [[i, v] as const] : []));

function scores(bias: number[], w: number[][], row: Row): number[] {
  const z = bias.slice();
  for (let k = 0; k < z.length; k++) for (const [i, v] of row) z[k]! += w[k]![i]! * v;
  const top = Math.max(...z);
  const ex = z.map((v) => Math.exp(v - top));
  const s = ex.reduce((a, b) => a + b, 0);
  return ex.map((v) => v / s);
}

export function fit(rows: readonly Row[], y: readonly number[], nClasses: number, nFeatures: number, o: FitOptions = DEFAULT_FIT): Fit {
  const zeros = () => Array.from({ length: nClasses }, () => new Array<number>(nFeatures).fill(0));
  let w = zeros();
  let b = new Array<number>(nClasses).fill(0);
  let vw = zeros();
  let vb = new Array<number>(nClasses).fill(0);
  const cw = o.classWeight ?? new Array<number>(nClasses).fill(1);
  const n = rows.reduce((s, _, r) => s + cw[y[r]!]!, 0);
  const mu = 0.9;
  for (let step = 0; step < o.steps; step++) {
    // look-ahead point (Nesterov)
    const lw = w.map((row, k) => row.map((v, i) => v + mu * vw[k]![i]!));
    const lb = b.map((v, k) => v + mu * vb[k]!);
    const gw = lw.map((row) => row.map((v) => o.l2 * v));
    const gb = new Array<number>(nClasses).fill(0);
    rows.forEach((row, r) => {
      const p = scores(lb, lw, row);
      const c = cw[y[r]!]!;
      for (let k = 0; k < nClasses; k++) {
        const g = (c * (p[k]! - (y[r] === k ? 1 : 0))) / n;
        gb[k]! += g;
        for (const [i, v] of row) gw[k]![i]! += g * v;
      }
    });
    vw = vw.map((row, k) => row.map((v, i) => mu * v - o.rate * gw[k]![i]!));
    vb = vb.map((v, k) => mu * v - o.rate * gb[k]!);
    w = w.map((row, k) => row.map((v, i) => v + vw[k]![i]!));
    b = b.map((v, k) => v + vb[k]!);
  }
  return { bias: b, weights: w };
}

export function predictProba(f: Fit, row: Row): number[] {
  return scores(f.bias, f.weights, row);
}
