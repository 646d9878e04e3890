/**
 * The learned decision: a multinomial logistic regression over features.ts, its weights
 * trained by `npm run train` (scripts/train.ts) and checked in as model.generated.ts.
 * Scoring is one dot product per class and a softmax.
 */
import type { PageKind } from '../types';
import type { Engine } from './engine';
import { featureNames, type FeatureRow } from './features';
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

/** Class probabilities (CLASSES order) for a document's features. */
export function probabilities(m: Weights, x: FeatureRow): number[] {
  const { index, value } = x;
  return softmax(
    m.w.map((row) => {
      let s = row[0]!;
      for (let j = 0; j < index.length; j++) s += row[index[j]! + 1]! * value[j]!;
      return s;
    }),
  );
}

export function softmax(z: readonly number[]): number[] {
  const top = Math.max(...z);
  const ex = z.map((v) => Math.exp(v - top));
  const sum = ex.reduce((a, b) => a + b, 0);
  return ex.map((v) => v / sum);
}
