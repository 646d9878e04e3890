/**
 * Builds the one-pass matcher: an Aho–Corasick automaton over UTF-16 code units, fused with
 * the fold of core/text. Each raw code unit goes through ONE class table (Uint16Array, 64 K
 * entries) that encodes the fold and the automaton's alphabet; chars no phrase uses map to
 * class 0 (back to the root); skip characters and "(" get classes of their own (scan.ts).
 *
 * The automaton is a complete DFA (failure links resolved at build time: one transition per
 * char, no failure loop), stored in row-displacement form. Most transitions of a state equal
 * the root's, so only the differences are stored: state s owns the slots base[s] + k of one
 * packed table whose entries carry their owner, and
 *   δ(s, k) = owner(tab[base[s] + k]) === s ? next(tab[base[s] + k]) : root[k].
 * A state's id is its row base (| OUT if it has outputs), so a step needs no per-state load,
 * and the table stays small enough to stay in cache. Built at runtime from the phrase list.
 *
 * Worked example: phrases "ab", "b". Classes a=1, b=2. The root's row: root[1] = state A
 * (after "a"), root[2] = state B (after "b", an output). State A differs from the root only
 * on b (→ state AB, outputs "ab" and "b"), so A stores one slot, tab[base(A) + 2]; on any
 * other class A falls back to root[k].
 */
import { foldChar, foldedSources, foldString, needsBoundary, SKIP_CHARS } from '../text';
import { BASE, OUT, PAREN, SKIP } from './scan';
/** owner of a free slot of `tab` (no state) */
const FREE = -1;

export interface Automaton {
  /** code unit → alphabet class (0 = not in any phrase), SKIP or PAREN */
  cls: Uint16Array;
  /** δ(root, class) */
  root: Uint16Array;
  /**
   * Packed transitions that differ from the root's: (owner << 16) | next, or FREE. A state's id
   * IS its row: id & BASE is where the row starts (so a step needs no per-state load), and
   * id & OUT says it has outputs. The root is 0.
   */
  tab: Int32Array;
  /** per row base b: the outputs of the state with that base are out[outStart[b] .. outStart[b + 1]) */
  outStart: Int32Array;
  out: Int32Array;
  /** per row base b: its only output if it has exactly one and that needs no word-boundary check, else -1 */
  single: Int32Array;
  /** per pattern: normalised length, and 1 if it must sit on ASCII word boundaries */
  patLen: Int32Array;
  patWord: Uint8Array;
  patterns: string[];
}

/** Build from already-unique phrases; pattern id = index in `phrases`. */
export function buildAutomaton(phrases: readonly string[]): Automaton {
  const patterns = phrases.map(foldString);
  const clsOfChar = new Map<number, number>();
  for (const p of patterns)
    for (let i = 0; i < p.length; i++) if (!clsOfChar.has(p.charCodeAt(i))) clsOfChar.set(p.charCodeAt(i), clsOfChar.size + 1);
  const nCls = clsOfChar.size + 1;
  const cls = classTable(clsOfChar);
  const trie = buildTrie(patterns, clsOfChar);
  const n = trie.children.length;
  // the DFA, as differences from the root row: D(s) = goto(s) ∪ (D(fail(s)) minus the classes
  // goto(s) overrides). A goto target is never a depth-1 state, so it never equals root[k].
  const rows: number[][] = new Array(n); // per trie state: [class, next trie state, …]
  rows[0] = [];
  const own = new Int32Array(nCls).fill(-1); // own[k] === s ⇔ s has a goto edge on k
  for (const s of trie.order) {
    const d = trie.edges[s]!.slice();
    for (let x = 0; x < d.length; x += 2) own[d[x]!] = s;
    const inherited = rows[trie.fail[s]!]!;
    for (let x = 0; x < inherited.length; x += 2) if (own[inherited[x]!] !== s) d.push(inherited[x]!, inherited[x + 1]!);
    rows[s] = d;
  }
  const { base, owner, next, size } = pack(rows, nCls);
  if (size > BASE + 1 || nCls > 0xfffd) throw new Error('automaton too large');
  const id = new Int32Array(n);
  for (let s = 0; s < n; s++) id[s] = base[s]! | (trie.outs[s]!.length > 0 ? OUT : 0);
  const tab = new Int32Array(size);
  for (let x = 0; x < size; x++) tab[x] = owner[x] === FREE ? FREE : (id[owner[x]!]! << 16) | id[next[x]!]!;
  const root = new Uint16Array(nCls);
  const e0 = trie.edges[0]!;
  for (let x = 0; x < e0.length; x += 2) root[e0[x]!] = id[e0[x + 1]!]!;
  const { outStart, out } = outputsByBase(trie.outs, base, size);
  const patLen = new Int32Array(patterns.length);
  const patWord = new Uint8Array(patterns.length);
  patterns.forEach((p, i) => {
    patLen[i] = p.length;
    patWord[i] = needsBoundary(p) ? 1 : 0;
  });
  const single = new Int32Array(size).fill(-1);
  for (let b = 0; b < size; b++)
    if (outStart[b + 1]! - outStart[b]! === 1 && patWord[out[outStart[b]!]!] === 0) single[b] = out[outStart[b]!]!;
  return { cls, root, tab, outStart, out, single, patLen, patWord, patterns };
}

/** Outputs in CSR form over the row bases (bases of no state have none). */
function outputsByBase(outs: number[][], base: Int32Array, size: number): { outStart: Int32Array; out: Int32Array } {
  const stateAt = new Int32Array(size).fill(-1);
  for (let s = 0; s < outs.length; s++) stateAt[base[s]!] = s;
  let nOut = 0;
  for (const o of outs) nOut += o.length;
  const outStart = new Int32Array(size + 1);
  const out = new Int32Array(nOut);
  let o = 0;
  for (let b = 0; b < size; b++) {
    outStart[b] = o;
    if (stateAt[b]! >= 0) for (const p of outs[stateAt[b]!]!) out[o++] = p;
  }
  outStart[size] = o;
  return { outStart, out };
}

/** code unit → class: each phrase char and everything that folds to it; skip chars; "(". */
function classTable(clsOfChar: Map<number, number>): Uint16Array {
  const cls = new Uint16Array(65536);
  for (const [c, k] of clsOfChar) cls[c] = k;
  for (const src of foldedSources()) {
    const k = clsOfChar.get(foldChar(src));
    if (k !== undefined) cls[src] = k;
  }
  for (const z of SKIP_CHARS) cls[z] = SKIP;
  cls[0x28] = PAREN;
  cls[0xff08] = PAREN;
  return cls;
}

interface Trie {
  /** per state: class → child (maps during build only) */
  children: Map<number, number>[];
  /** the same goto edges as flat [class, child, …] lists (cheaper to walk than a Map) */
  edges: number[][];
  /** per state: the patterns it ends, own first, then along the failure chain (longest first) */
  outs: number[][];
  fail: Int32Array;
  /** the states other than the root, breadth first */
  order: number[];
}

function buildTrie(patterns: readonly string[], clsOfChar: Map<number, number>): Trie {
  const children: Map<number, number>[] = [new Map()];
  const edges: number[][] = [[]];
  const own: number[][] = [[]];
  patterns.forEach((p, id) => {
    if (p.length === 0) return;
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const k = clsOfChar.get(p.charCodeAt(i))!;
      let t = children[s]!.get(k);
      if (t === undefined) {
        t = children.length;
        children.push(new Map());
        edges.push([]);
        own.push([]);
        children[s]!.set(k, t);
        edges[s]!.push(k, t);
      }
      s = t;
    }
    own[s]!.push(id);
  });
  const n = children.length;
  const fail = new Int32Array(n);
  const outs: number[][] = new Array(n);
  outs[0] = [];
  const order: number[] = [];
  for (let x = 1; x < edges[0]!.length; x += 2) order.push(edges[0]![x]!);
  const step = (s: number, k: number): number => {
    for (;;) {
      const t = children[s]!.get(k);
      if (t !== undefined) return t;
      if (s === 0) return 0;
      s = fail[s]!;
    }
  };
  for (let qi = 0; qi < order.length; qi++) {
    const s = order[qi]!;
    outs[s] = own[s]!.concat(outs[fail[s]!]!);
    const e = edges[s]!;
    for (let x = 0; x < e.length; x += 2) {
      fail[e[x + 1]!] = step(fail[s]!, e[x]!);
      order.push(e[x + 1]!);
    }
  }
  return { children, edges, outs, fail, order };
}

/**
 * Row displacement: give each state a base so that its stored classes land on free slots, and
 * no two states the same base (the base is the state's id). First fit, biggest rows first (they
 * are the hardest to place; the many small rows then fill the holes). Candidate bases are only
 * those that put the row's smallest class on a free slot, found through a "next free slot"
 * forest (path-compressed). Rows of 3+ entries start their search where the table so far would
 * be FILL full rather than at its first hole: in the crowded front a row of m entries needs
 * about 1/free^m tries, too slow for a build that runs once in cold code.
 */
const FILL = 0.6;
function pack(rows: number[][], nCls: number, room = 0): { base: Int32Array; owner: Int32Array; next: Int32Array; size: number } {
  const n = rows.length;
  let total = 0;
  for (const r of rows) total += r.length >> 1;
  // one function with plain loops, no method calls: this runs once, in cold (interpreted) code
  const cap = room || 2 * total + 4 * nCls;
  const owner = new Int32Array(cap).fill(FREE);
  const next = new Int32Array(cap);
  const isBase = new Uint8Array(cap);
  isBase[0] = 1; // the root's (it owns nothing: its row is `root`)
  // next-free forest: skip[x] === 0 ⇔ x is free; else x + skip[x] is at or before the next free slot
  const skip = new Int32Array(cap);
  const base = new Int32Array(n);
  let size = nCls;
  let placed = 0;
  let unused = 1;
  for (const s of longestFirst(rows)) {
    const r = rows[s]!;
    if (r.length === 0) {
      // owns nothing: any base no state has
      while (isBase[unused]) unused++;
      base[s] = unused;
      isBase[unused] = 1;
      size = Math.max(size, unused + nCls);
      continue;
    }
    let k0 = r[0]!;
    for (let x = 2; x < r.length; x += 2) if (r[x]! < k0) k0 = r[x]!;
    let f = r.length >= 6 ? Math.max(k0, Math.floor(placed / FILL)) : k0;
    let b: number;
    for (;;) {
      // f ← the first free slot at or after f, compressing the path walked
      let g = f;
      while (skip[g] !== 0) g += skip[g]!;
      while (f !== g) {
        const y = f + skip[f]!;
        skip[f] = g - f;
        f = y;
      }
      b = f - k0;
      if (b + nCls >= cap) return pack(rows, nCls, 2 * cap); // rarely: no room left, start over
      if (!isBase[b]) {
        let x = 0;
        while (x < r.length && owner[b + r[x]!] === FREE) x += 2;
        if (x >= r.length) break;
      }
      f++;
    }
    base[s] = b;
    isBase[b] = 1;
    for (let x = 0; x < r.length; x += 2) {
      owner[b + r[x]!] = s;
      next[b + r[x]!] = r[x + 1]!;
      skip[b + r[x]!] = 1;
    }
    placed += r.length >> 1;
    size = Math.max(size, b + nCls);
  }
  // every base + class stays below size (slots nobody owns read as FREE)
  return { base, owner, next, size };
}

/** State ids but the root's, longest row first, ties by id. */
function longestFirst(rows: number[][]): number[] {
  const ids = Array.from({ length: rows.length - 1 }, (_, i) => i + 1);
  return ids.sort((a, b) => rows[b]!.length - rows[a]!.length || a - b);
}
