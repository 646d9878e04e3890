/**
 * The learned decision: a multinomial logistic regression over features.ts, its weights
 * trained by `npm run train` (scripts/train.ts) and checked in as model.generated.ts.
 * Scoring is one dot product per class and a softmax.
 */
import type { PageKind } from '../types';
import type { Engine } from './engine';
import { featureNames } from './features';
import { MODEL } from './model.generated';

export const CLASSES: readonly PageKind[] = MODEL.classes as readonly PageKind[];

export interface Weights {
  /** per class: bias, then one weight per feature (engine feature order) */
  readonly w: readonly (readonly number[])[];
}

/** The checked-in weights, in this engine's feature order (a feature the model lacks weighs 0). */
export function compileModel(e: Engine, model: { features: readonly string[]; bias: readonly number[]; weights: readonly (readonly number[])[] } = MODEL): Weights {
  const at = new Map(model.features.map((f, i) => [f, i]));
  const names = e.featureNames.length ? e.featureNames : featureNames(e);
  return {
    w: model.bias.map((b, k) => [b, ...names.map((n) => (at.has(n) ? model.weights[k]![at.get(n)!]! : 0))]),
  };
}

/** Class probabilities (CLASSES order) for a feature vector. */
export function probabilities(m: Weights, x: readonly number[]): number[] {
  // most features of a page are 0: find the others once, not once per class
  const on: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] !== 0) on.push(i);
  const z = m.w.map((row) => {
    let s = row[0]!;
    for (const i of on) s += row[i + 1]! * x[i]!;
    return s;
  });
  const top = Math.max(...z);
  const ex = z.map((v) => Math.exp(v - top));
  const sum = ex.reduce((a, b) => a + b, 0);
  return ex.map((v) => v / sum);
}
