/**
 * The compiled engine: one automaton over every phrase, and per-pattern tables linking
 * patterns to rules, tips, jurisdictions and the gate. Built lazily once per realm.
 */
import type { FlaggedKind, Jurisdiction, TipId } from '../types';
import { foldString } from '../text';
import { buildAutomaton, type Automaton } from './automaton';
import { GATE_FLAG, PROMOTES_FLAG, TIP_FLAG, WARNS_FLAG } from './evaluate';
import { featureNames } from './features';
import { compileModel, type Weights } from './model';
import { ScanState } from './state';
import { GATE_PHRASES, JURISDICTION_VOCAB, RULES, STANCE_VOCAB, TIP_RULES, type Rule, type TipRule } from './rules';

export const JURIS: readonly Exclude<Jurisdiction, 'unknown'>[] = ['tw', 'hk', 'other', 'cn'];

export interface CompiledRule {
  id: string;
  kind: 'lender' | 'overdue' | 'scam' | 'none';
  weight: number;
  window: number;
  /** pattern ids allowed as `near` (null = no near condition) */
  near: Uint8Array | null;
  suppress: readonly FlaggedKind[];
  tip?: TipId;
}

export interface Engine {
  a: Automaton;
  rules: CompiledRule[];
  /**
   * rules whose anchor includes pattern p: anchorRules[anchorStart[p] .. anchorStart[p+1]), in
   * rule order (class rules first, tip rules last)
   */
  anchorStart: Int32Array;
  anchorRules: Int32Array;
  /** bit flags (evaluate.ts): 1 << JURIS index, GATE_FLAG, TIP_FLAG (anchors a tip rule),
   *  WARNS_FLAG / PROMOTES_FLAG (a stance word) */
  patFlags: Uint8Array;
  nClassRules: number;
  /** the learned weights in this engine's feature order */
  model: Weights;
  /** feature names (features.ts order), and the index of the rule each belongs to (-1: none) */
  featureNames: string[];
  featureRule: number[];
  /** the scan state classify() and gate() reset and reuse (state.ts) */
  state: ScanState;
}


let engine: Engine | undefined;

export function getEngine(): Engine {
  if (engine) return engine;
  const ids = new Map<string, number>();
  const phrases: string[] = [];
  const pid = (p: string): number => {
    const f = foldString(p);
    let id = ids.get(f);
    if (id === undefined) {
      id = phrases.length;
      ids.set(f, id);
      phrases.push(p);
    }
    return id;
  };
  const all: (Rule | TipRule)[] = [...RULES, ...TIP_RULES]; // tip rules last
  const anchorLists: number[][] = [];
  const rules: CompiledRule[] = [];
  const nearLists: number[][] = [];
  all.forEach((r, ri) => {
    for (const p of r.phrases) (anchorLists[pid(p)] ??= []).push(ri);
    nearLists.push(r.near ? r.near.map(pid) : []);
    const c = ri < RULES.length ? (r as Rule) : undefined;
    rules.push({
      id: r.id,
      kind: c ? c.class : 'none',
      weight: c ? c.weight : 0,
      window: r.window ?? 24,
      near: null,
      suppress: c?.suppress ?? [],
      tip: c ? undefined : (r.id as TipId),
    });
  });
  const jurisIds: [number, number][] = [];
  JURIS.forEach((j, ji) => {
    for (const p of JURISDICTION_VOCAB[j]) jurisIds.push([pid(p), ji]);
  });
  const gateIds = GATE_PHRASES.map(pid);
  const n = phrases.length;
  rules.forEach((r, i) => {
    const list = nearLists[i]!;
    if (list.length) {
      r.near = new Uint8Array(n);
      for (const id of list) r.near[id] = 1;
    }
  });
  const anchorStart = new Int32Array(n + 1);
  const flat: number[] = [];
  for (let p = 0; p < n; p++) {
    anchorStart[p] = flat.length;
    for (const r of anchorLists[p] ?? []) flat.push(r);
  }
  anchorStart[n] = flat.length;
  const patFlags = new Uint8Array(n);
  for (const [id, ji] of jurisIds) patFlags[id]! |= 1 << ji;
  for (const id of gateIds) patFlags[id]! |= GATE_FLAG;
  for (const p of STANCE_VOCAB.warns) patFlags[pid(p)]! |= WARNS_FLAG;
  for (const p of STANCE_VOCAB.promotes) patFlags[pid(p)]! |= PROMOTES_FLAG;
  rules.forEach((r, ri) => {
    if (r.tip) for (const p of all[ri]!.phrases) patFlags[pid(p)]! |= TIP_FLAG;
  });
  // every anchor of a flagging rule is a gate cue too, so gate() ⊇ what classify() can flag
  RULES.forEach((r) => {
    if (r.class !== 'none') for (const p of r.phrases) patFlags[pid(p)]! |= GATE_FLAG;
  });
  const a = buildAutomaton(phrases);
  engine = {
    a,
    rules,
    anchorStart,
    anchorRules: Int32Array.from(flat),
    patFlags,
    nClassRules: RULES.length,
    model: { w: [] },
    featureNames: [],
    featureRule: [],
    state: new ScanState({ rules, a }),
  };
  engine.featureNames = featureNames(engine);
  const ruleIndex = new Map(rules.map((r, ri) => [r.id, ri]));
  engine.featureRule = engine.featureNames.map((n) => ruleIndex.get(n.replace(/^tip\.|@.*$/g, '')) ?? -1);
  engine.model = compileModel(engine);
  return engine;
}
