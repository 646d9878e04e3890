/**
 * One-pass multi-phrase matcher: Aho–Corasick over UTF-16 code units, fused with
 * normalisation. Each raw code unit goes through ONE lookup table (Uint16Array, 64 K entries)
 * that already encodes case/width/traditional folding and the automaton's alphabet; chars no
 * phrase uses map to class 0 (always back to the root); zero-width chars are skipped; "(" /
 * "（" runs a tiny check for pinyin annotations ("問(wèn)") which are skipped too.
 *
 * Automaton: a complete DFA (failure links resolved at build time, so every char is exactly
 * one transition and the scan has no failure loop and no dense/deep branch), stored in
 * row-displacement form. Most transitions of a state equal the root's (δ(s, k) = δ(root, k)
 * for almost every k), so only the differences are stored: state s owns the slots
 * base[s] + k of one packed table whose entries carry their owner, and
 *   δ(s, k) = owner(tab[base[s] + k]) === s ? next(tab[base[s] + k]) : root[k].
 * A state's id is its row base (| OUT if it has outputs), so a step needs no per-state load.
 * ≈ 3,900 stored transitions for ≈ 1,900 states × 570 classes: an 18 KB table besides the
 * 128 KB class table, small enough to stay in cache (the earlier ≈ 0.34 MB of dense rows made
 * throughput depend on memory layout). Built at runtime from the phrase list, so no table ships.
 */
import { foldChar, foldedSources, foldString, isSkip as isSkipImport, pinyinEnd as pinyinEndImport } from './fold';

// Module-local bindings for the helpers called per char or per match: when the module is loaded
// as CommonJS (tsx: npm run bench/scan/eval), every call through an import is a getter call.
const isSkip = isSkipImport;
const pinyinEnd = pinyinEndImport;

const SKIP = 0xffff;
const PAREN = 0xfffe;
/** flag of the states with outputs, in their ids; ids without it are row bases */
const OUT = 0x4000;
const BASE = OUT - 1;
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

const isAsciiAlnum = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

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
    if (p.length > 0) patWord[i] = isAsciiAlnum(p.charCodeAt(0)) || isAsciiAlnum(p.charCodeAt(p.length - 1)) ? 1 : 0;
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
  for (const z of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e, 0x2061, 0x2062, 0x2063, 0x2064])
    cls[z] = SKIP;
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
 * are the hardest to place; the many rows of 1–2 entries then fill the holes). Candidate bases
 * are only those that put the row's smallest class on a free slot, found through a "next free
 * slot" forest (path-compressed), so occupied stretches are skipped in one step. Rows of 3+
 * entries start their search where the table so far would be FILL full, not at its first hole:
 * in the crowded front a row of m entries needs ~1/free^m tries (≈ 70 K tries in all, too slow
 * for cold code at start-up); this takes ≈ 16 K (most for rows of 1–2 entries, which must also
 * avoid the bases taken), for a table no longer.
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

/** State ids but the root's, longest row first, ties by id (a bucket sort: no comparator calls in cold code). */
function longestFirst(rows: number[][]): number[] {
  const buckets: number[][] = [];
  for (let s = 1; s < rows.length; s++) (buckets[rows[s]!.length] ??= []).push(s);
  const out: number[] = [];
  for (let len = buckets.length - 1; len >= 0; len--) for (const s of buckets[len] ?? []) out.push(s);
  return out;
}

/**
 * Hits of one scan, in end order. Reused across scans (no per-char allocation). Three stores
 * per hit, as hits are frequent (≈ 64 K per 1 M chars): a hit's start is recomputed by
 * startOf() where needed (tips only), and whether it is in the title follows from its index
 * (the caller notes `count` after scanning the title).
 */
export class Hits {
  pid: Int32Array;
  /** original index just past the match */
  end: Int32Array;
  /** normalised index of the match end (for proximity) */
  npos: Int32Array;
  count = 0;
  constructor(readonly cap: number) {
    this.pid = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.npos = new Int32Array(cap);
  }
  reset(): void {
    this.count = 0;
  }
}

/** Work done besides the one step per char and one per stored hit (multi-output reporting, startOf), for the linear-time test. */
let extraWork = 0;

/**
 * Scan s[0..limit) and append hits. `nBase` offsets the normalised positions (so title and text
 * never look "near" each other). Returns the normalised length scanned, and counts transitions
 * in `ops` (for the linear-time property test).
 */
export function scan(a: Automaton, s: string, limit: number, hits: Hits, nBase: number, ops?: { n: number }): number {
  const { cls, root, tab } = a;
  const c0 = hits.count;
  let st = 0;
  // the normalised position of char i is i + off: off only changes on skipped chars (rare), so
  // the loop keeps no per-char counter
  let off = nBase + 1;
  extraWork = 0;
  const end = Math.min(limit, s.length);
  for (let i = 0; i < end; i++) {
    const k = cls[s.charCodeAt(i)]!;
    if (k >= PAREN) {
      if (k === SKIP) {
        off--;
        continue;
      }
      // a pinyin note starts with a pinyin letter (a-z, ü, toned vowels): test that here, as
      // most "(" are not notes, before the full check
      const c1 = i + 1 < end ? s.charCodeAt(i + 1) : 0;
      const j = (c1 >= 97 && c1 <= 122) || (c1 >= 0xe0 && c1 <= 0x1e3f) ? pinyinEnd(s, i) : -1;
      if (j > 0 && j <= end) {
        off -= j - i; // the whole note is skipped
        i = j - 1;
      } else st = 0; // "(" is in no phrase
      continue;
    }
    // one DFA step: the state's own (packed) transition, else the root's
    const e = tab[(st & BASE) + k]!;
    // owner === st ⇔ d === 0 (a free slot's owner reads as 0xffff, which no state is)
    const m = (((e >>> 16) ^ st) - 1) >> 31; // -1 iff st owns the slot
    st = (e & 0xffff & m) | (root[k]! & ~m);
    if (st >= OUT) report(a, s, i, st & BASE, hits, i + off);
  }
  if (ops) {
    ops.n += end + extraWork + (hits.count - c0);
    extraWork = 0;
  }
  return end - 1 + off - nBase;
}

/**
 * Append the outputs of the state with base b, reached at original index i (normalised position
 * np). Out of the scan loop: outputs are rare next to plain steps (≈ 6 %); inlining the stores
 * into the loop measured slower (more live values in the hot loop).
 */
function report(a: Automaton, s: string, i: number, b: number, hits: Hits, np: number): void {
  const id1 = a.single[b]!;
  if (id1 >= 0) {
    // most output states: one phrase, no word boundary to check
    const c = hits.count;
    if (c >= hits.cap) return; // full: later hits are dropped
    hits.pid[c] = id1;
    hits.end[c] = i + 1;
    hits.npos[c] = np;
    hits.count = c + 1;
    return;
  }
  const { outStart, out, patLen, patWord } = a;
  for (let x = outStart[b]!, y = outStart[b + 1]!; x < y; x++) {
    const id = out[x]!;
    extraWork++;
    if (patWord[id] === 1) {
      const start = startOf(s, i, patLen[id]!);
      if (start > 0 && isAsciiAlnum(s.charCodeAt(start - 1))) continue;
      // right boundary; a plural "s" is allowed ("loan" matches "loans")
      const r = i + 1 < s.length ? s.charCodeAt(i + 1) : 32;
      if (isAsciiAlnum(r) && !((r === 115 || r === 83) && !(i + 2 < s.length && isAsciiAlnum(s.charCodeAt(i + 2))))) continue;
    }
    const c = hits.count;
    if (c >= hits.cap) return; // full: later hits are dropped
    hits.pid[c] = id;
    hits.end[c] = i + 1;
    hits.npos[c] = np;
    hits.count = c + 1;
  }
}

/** Original index of the start of a match of `len` normalised chars ending at original index i. */
export function startOf(s: string, i: number, len: number): number {
  let p = i;
  let left = len - 1;
  while (left > 0 && p > 0) {
    p--;
    extraWork++;
    const c = s.charCodeAt(p);
    if (isSkip(c)) continue;
    if (c === 0x29 || c === 0xff09) {
      // maybe the end of a pinyin annotation: find its "(" and check
      let q = p - 1;
      const lim = Math.max(0, p - 9);
      while (q > lim && s.charCodeAt(q) !== 0x28 && s.charCodeAt(q) !== 0xff08) q--;
      if (q >= 0 && (s.charCodeAt(q) === 0x28 || s.charCodeAt(q) === 0xff08) && pinyinEnd(s, q) === p + 1) {
        p = q;
        continue;
      }
    }
    left--;
  }
  return p;
}
