/**
 * Matching and evaluation: scan the title and text once into a ScanState, then count the
 * rules (an anchor phrase, with a `near` phrase within the rule's window when it has one).
 */
import type { ClassifyInput } from '../types';
import type { Engine } from './engine';
import { GATE_CHARS } from './host';
import { scan } from './scan';
import type { ScanState } from './state';

/** Characters of a title that are read. */
export const TITLE_MAX = 512;
/** Normalised distance between the title and the text, so nothing in one is "near" the other. */
const TITLE_GAP = 1024;
/** The opening of a text: a rule counted here is a feature of its own (features.ts). */
export const OPENING_CHARS = 200;
/** The headline: a scam cue in the title or this many first characters makes the page about it. */
export const HEAD_CHARS = 40;
/** Hits looked at on each side when checking a tip rule's `near` condition. */
const NEIGHBOURS = 48;

/** pattern flag bits (engine.ts packs them into patFlags; bits 0..3 are the JURIS indices) */
export const JURIS_FLAGS = 15;
export const GATE_FLAG = 16;
export const TIP_FLAG = 32;
export const WARNS_FLAG = 64;
export const PROMOTES_FLAG = 128;

/** The `near` window of a rule in this document: the whole of a message, else the rule's own. */
const windowIn = (st: ScanState, window: number): number => (st.nearAnywhere ? 0x3fffffff : window);

/** A string field of the input, or '' (callers may hand over anything). */
export const str = (x: unknown): string => (typeof x === 'string' ? x : '');

/** Scan title + text (within `budget` characters) into an empty scan state `st`. */
export function match(e: Engine, input: ClassifyInput, budget: number, knownLender: boolean, st: ScanState): ScanState {
  const { hits } = st;
  const title = str(input.title);
  const text = str(input.text);
  const tl = Math.min(title.length, TITLE_MAX, budget);
  const tn = scan(e.a, title, tl, hits, 0);
  st.titleHits = hits.count;
  const limit = Math.min(text.length, Math.max(0, budget - tl));
  st.textLength = scan(e.a, text, limit, hits, tn + TITLE_GAP) - TITLE_GAP;
  st.overBudget = text.length > limit;
  st.gateHit = knownLender || gateCueIn(e, st);
  return st;
}

/** Is there a gate cue in the title or the first GATE_CHARS of the text? */
function gateCueIn(e: Engine, st: ScanState): boolean {
  const { pid, end, count } = st.hits;
  for (let h = 0; h < count; h++) {
    // text hits are in end order: none after this one is in the opening either
    if (h >= st.titleHits && end[h]! > GATE_CHARS) return false;
    if ((e.patFlags[pid[h]!]! & GATE_FLAG) !== 0) return true;
  }
  return false;
}

/**
 * Count the vocabulary that is not a rule: jurisdiction words and stance words (warning,
 * selling). Even a page that is not flagged gets its jurisdiction from these.
 */
export function countVocabulary(e: Engine, st: ScanState): void {
  const { patFlags } = e;
  const { pid, count } = st.hits;
  const { juris } = st;
  for (let h = 0; h < count; h++) {
    const f = patFlags[pid[h]!]!;
    if ((f & JURIS_FLAGS) !== 0) for (let j = 0; j < 4; j++) if (f & (1 << j)) juris[j]!++;
    if ((f & WARNS_FLAG) !== 0) st.warns++;
    if ((f & PROMOTES_FLAG) !== 0) st.promotes++;
  }
}

/**
 * Count the class rules over the hits. An anchor counts when its rule has no `near` condition,
 * or when a near phrase of the rule ends within the rule's window before it or starts within
 * the window after it (nearSatisfied, the same test the tip rules use).
 */
export function evaluate(e: Engine, st: ScanState): void {
  const { anchorStart, anchorRules, rules, nClassRules } = e;
  const { pid, end, count } = st.hits;
  const { ruleCount, ruleTitle, ruleHead, titleHits } = st;
  for (let h = 0; h < count; h++) {
    const p = pid[h]!;
    // a pattern's rules are in rule order, class rules first
    for (let x = anchorStart[p]!, y = anchorStart[p + 1]!; x < y; x++) {
      const ri = anchorRules[x]!;
      if (ri >= nClassRules) break;
      const r = rules[ri]!;
      if (r.near && !nearSatisfied(e, st, h, r.near, r.window)) continue;
      ruleCount[ri]!++;
      const inTitle = h < titleHits;
      if (inTitle) ruleTitle[ri] = 1;
      if (inTitle || end[h]! <= OPENING_CHARS) ruleHead[ri] = 1;
      if (r.kind === 'scam' && (inTitle || end[h]! <= HEAD_CHARS)) st.scamHead = true;
    }
  }
}

/** Does hit h of a rule with this `near` set have a near phrase within `window` (either side)? */
export function nearSatisfied(e: Engine, st: ScanState, h: number, near: Uint8Array, window: number): boolean {
  const { npos, pid, count } = st.hits;
  const np = npos[h]!;
  const w = windowIn(st, window);
  const lo = np - e.a.patLen[pid[h]!]! - w;
  const hi = np + w;
  for (let j = h - 1, k = 0; j >= 0 && k < NEIGHBOURS; j--, k++) {
    if (npos[j]! < lo) break;
    if (near[pid[j]!] === 1) return true;
  }
  for (let j = h + 1, k = 0; j < count && k < NEIGHBOURS; j++, k++) {
    if (npos[j]! - e.a.patLen[pid[j]!]! > hi) break;
    if (near[pid[j]!] === 1) return true;
  }
  return false;
}

/**
 * Count the tip rules' hits into ruleCount (features, firedRuleIds()) and list them in
 * st.tipHit / st.tipRule (the marks): in hit order, a hit's rules in reverse rule order.
 */
export function evaluateTips(e: Engine, st: ScanState): void {
  const { anchorStart, anchorRules, rules, nClassRules, patFlags } = e;
  const { pid, count } = st.hits;
  for (let h = 0; h < count; h++) {
    const p = pid[h]!;
    if ((patFlags[p]! & TIP_FLAG) === 0) continue;
    // a pattern's rules are in rule order, tip rules last: walk back over them
    for (let x = anchorStart[p + 1]! - 1, y = anchorStart[p]!; x >= y; x--) {
      const ri = anchorRules[x]!;
      if (ri < nClassRules) break;
      const r = rules[ri]!;
      if (r.near && !nearSatisfied(e, st, h, r.near, r.window)) continue;
      st.ruleCount[ri]!++;
      st.tipHit.push(h);
      st.tipRule.push(ri);
    }
  }
}
