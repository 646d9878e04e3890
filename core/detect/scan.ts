/**
 * The one pass over a document: every code unit is one step of the automaton (automaton.ts);
 * skip characters and pinyin notes are stepped over as core/text defines them. Hits go into a
 * Hits buffer of the document's scan state.
 */
import { isSkip, mayStartPinyin, onBoundaries, pinyinEnd, pinyinStartBefore } from '../text';
import type { Automaton } from './automaton';

// The packed automaton's encoding (automaton.ts builds it), declared here where the hot loop
// reads it: a constant imported from another module may be read through a getter.
/** classes of the code units the scan treats specially: skipped, and "(" (maybe a pinyin note) */
export const SKIP = 0xffff;
export const PAREN = 0xfffe;
/** flag of the states with outputs, in their ids; ids without it are row bases */
export const OUT = 0x4000;
export const BASE = OUT - 1;

/** Hits kept per phrase and document; later ones are dropped (and the verdict says truncated). */
export const MAX_HITS_PER_PHRASE = 200;

/**
 * Hits of one scan, in end order. Three numbers per hit: a hit's start is recomputed by
 * startOf() where needed (tips only), and whether it is in the title follows from its index
 * (the caller notes `count` after scanning the title). Each phrase keeps at most `perPhrase`
 * hits, so one phrase repeated in hidden text cannot crowd out the others. Plain arrays: they
 * grow with the document, and the engine's reused scan state (state.ts) keeps them.
 */
export class Hits {
  /** pattern id */
  readonly pid: number[] = [];
  /** original index just past the match */
  readonly end: number[] = [];
  /** normalised index of the match end (for proximity) */
  readonly npos: number[] = [];
  /** some hit was dropped by the per-phrase cap */
  capped = false;
  /** hits per pattern; only counted once the buffer holds perPhrase hits (no phrase can reach the cap before) */
  private seen: number[] | undefined;
  constructor(
    private readonly nPatterns: number,
    readonly perPhrase: number = MAX_HITS_PER_PHRASE,
  ) {}
  get count(): number {
    return this.pid.length;
  }
  /** Empty the buffer for another scan (ScanState.reset()). */
  reset(): void {
    this.pid.length = this.end.length = this.npos.length = 0;
    this.capped = false;
    this.seen = undefined;
  }
  add(id: number, end: number, np: number): void {
    if (this.pid.length >= this.perPhrase) {
      const seen = (this.seen ??= this.countSoFar());
      if (seen[id]! >= this.perPhrase) {
        this.capped = true;
        return;
      }
      seen[id]!++;
    }
    this.pid.push(id);
    this.end.push(end);
    this.npos.push(np);
  }
  private countSoFar(): number[] {
    const seen = new Array<number>(this.nPatterns).fill(0);
    for (const id of this.pid) seen[id]!++;
    return seen;
  }
}

/**
 * Scan s[0..limit) and append hits. `nBase` offsets the normalised positions (so title and text
 * never look "near" each other). Returns the normalised length scanned.
 */
export function scan(a: Automaton, s: string, limit: number, hits: Hits, nBase: number): number {
  const { cls, root, tab } = a;
  let st = 0;
  // the normalised position of char i is i + off: off only changes on skipped chars
  let off = nBase + 1;
  const end = Math.min(limit, s.length);
  for (let i = 0; i < end; i++) {
    const k = cls[s.charCodeAt(i)]!;
    if (k >= PAREN) {
      if (k === SKIP) {
        off--;
        continue;
      }
      const j = i + 1 < end && mayStartPinyin(s.charCodeAt(i + 1)) ? pinyinEnd(s, i) : -1;
      if (j > 0 && j <= end) {
        off -= j - i; // the whole note is skipped
        i = j - 1;
      } else st = 0; // "(" is in no phrase
      continue;
    }
    // one DFA step: the state's own (packed) transition, else the root's. The choice is a
    // mask, not a branch: whether a state owns the slot is data-dependent and mispredicts.
    const e = tab[(st & BASE) + k]!;
    const m = (((e >>> 16) ^ st) - 1) >> 31; // -1 iff st owns the slot
    st = (e & 0xffff & m) | (root[k]! & ~m);
    if (st >= OUT) report(a, s, i, st & BASE, hits, i + off);
  }
  return end - 1 + off - nBase;
}

/** Append the outputs of the state with base b, reached at original index i (normalised position np). */
function report(a: Automaton, s: string, i: number, b: number, hits: Hits, np: number): void {
  const one = a.single[b]!;
  if (one >= 0) {
    hits.add(one, i + 1, np);
    return;
  }
  const { outStart, out, patLen, patWord } = a;
  for (let x = outStart[b]!, y = outStart[b + 1]!; x < y; x++) {
    const id = out[x]!;
    if (patWord[id] === 1 && !onBoundaries(s, startOf(s, i, patLen[id]!), i)) continue;
    hits.add(id, i + 1, np);
  }
}

/** Original index of the start of a match of `len` normalised chars ending at original index i. */
export function startOf(s: string, i: number, len: number): number {
  let p = i;
  let left = len - 1;
  while (left > 0 && p > 0) {
    p--;
    const c = s.charCodeAt(p);
    if (isSkip(c)) continue;
    const q = pinyinStartBefore(s, p);
    if (q >= 0) {
      p = q;
      continue;
    }
    left--;
  }
  return p;
}
