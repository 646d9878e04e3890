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
 * ≈ 3,900 stored transitions for ≈ 1,900 states × 570 classes: ≈ 20 KB of tables besides the
 * 128 KB class table, small enough to stay in cache, which also keeps throughput stable across
 * processes (the earlier ≈ 0.34 MB dense rows made it depend on memory layout). Built at
 * runtime from the phrase list, so no table ships.
 */
import { foldChar, foldedSources, foldString, isSkip, pinyinEnd } from './fold';

const SKIP = 0xffff;
const PAREN = 0xfffe;
/** owner of a free slot of `tab` (no state: state ids are < 0x7fff) */
const FREE = -1;

export interface Automaton {
  /** code unit → alphabet class (0 = not in any phrase), SKIP or PAREN */
  cls: Uint16Array;
  /** δ(root, class) */
  root: Uint16Array;
  /** per state: where its row starts in `tab` */
  base: Int32Array;
  /** packed transitions that differ from the root's: (owner state << 16) | next state, or FREE */
  tab: Int32Array;
  /** state ids >= outFrom have outputs (they are numbered last) */
  outFrom: number;
  /** per state: its outputs are out[outStart[state] .. outStart[state + 1]) */
  outStart: Int32Array;
  out: Int32Array;
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
  const { num, outFrom, outStart, out } = numberStates(trie);
  const n = trie.children.length;
  if (n >= 0x7fff || nCls > 0xfffd) throw new Error('automaton too large');
  // the DFA, as differences from the root row: D(s) = goto(s) ∪ (D(fail(s)) minus the classes
  // goto(s) overrides). A goto target is never a depth-1 state, so it never equals root[k].
  const root = new Uint16Array(nCls);
  for (const [k, t] of trie.children[0]!) root[k] = num[t]!;
  const diff: number[][] = new Array(n); // per old state id: [class, new next id, …]
  diff[0] = [];
  for (const s of trie.order) {
    const d: number[] = [];
    const ch = trie.children[s]!;
    for (const [k, t] of ch) d.push(k, num[t]!);
    const inherited = diff[trie.fail[s]!]!;
    for (let x = 0; x < inherited.length; x += 2) if (!ch.has(inherited[x]!)) d.push(inherited[x]!, inherited[x + 1]!);
    diff[s] = d;
  }
  const rows: number[][] = new Array(n);
  for (let s = 0; s < n; s++) rows[num[s]!] = diff[s]!;
  const { base, tab } = pack(rows, nCls);
  const patLen = new Int32Array(patterns.length);
  const patWord = new Uint8Array(patterns.length);
  patterns.forEach((p, id) => {
    patLen[id] = p.length;
    if (p.length > 0) patWord[id] = isAsciiAlnum(p.charCodeAt(0)) || isAsciiAlnum(p.charCodeAt(p.length - 1)) ? 1 : 0;
  });
  return { cls, root, base, tab, outFrom, outStart, out, patLen, patWord, patterns };
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
  /** per state: the patterns it ends, own first, then along the failure chain (longest first) */
  outs: number[][];
  fail: Int32Array;
  /** the states other than the root, breadth first */
  order: number[];
}

function buildTrie(patterns: readonly string[], clsOfChar: Map<number, number>): Trie {
  const children: Map<number, number>[] = [new Map()];
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
        own.push([]);
        children[s]!.set(k, t);
      }
      s = t;
    }
    own[s]!.push(id);
  });
  const n = children.length;
  const fail = new Int32Array(n);
  const outs: number[][] = new Array(n);
  outs[0] = [];
  const order: number[] = [...children[0]!.values()];
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
    for (const [k, t] of children[s]!) {
      fail[t] = step(fail[s]!, k);
      order.push(t);
    }
  }
  return { children, outs, fail, order };
}

/** New state ids: the root 0, states without outputs, then states with outputs (from outFrom). */
function numberStates(trie: Trie): { num: Int32Array; outFrom: number; outStart: Int32Array; out: Int32Array } {
  const { outs } = trie;
  const n = outs.length;
  const num = new Int32Array(n);
  let next = 1;
  for (let s = 1; s < n; s++) if (outs[s]!.length === 0) num[s] = next++;
  const outFrom = next;
  for (let s = 1; s < n; s++) if (outs[s]!.length > 0) num[s] = next++;
  const byNum: number[] = new Array(n);
  for (let s = 0; s < n; s++) byNum[num[s]!] = s;
  let nOut = 0;
  for (const o of outs) nOut += o.length;
  const outStart = new Int32Array(n + 1);
  const out = new Int32Array(nOut);
  let o = 0;
  for (let v = 0; v < n; v++) {
    outStart[v] = o;
    for (const id of outs[byNum[v]!]!) out[o++] = id;
  }
  outStart[n] = o;
  return { num, outFrom, outStart, out };
}

/**
 * Row displacement: give each state a base so that its stored classes land on free slots.
 * First fit, biggest rows first (they are the hardest to place; the many rows of 1–2 entries
 * then fill the holes). Candidate bases are only those that put the row's smallest class on a
 * free slot, found through a "next free slot" forest (path-compressed), so occupied stretches
 * are skipped in one step. Rows of 3+ entries start their search where the table so far would
 * be FILL full, not at its first hole: in the crowded front a row of m entries needs ~1/free^m
 * tries (≈ 70 K tries in all, too slow for cold code at start-up); this takes ≈ 5 K tries for
 * a table only ≈ 7 % longer.
 */
const FILL = 0.6;
function pack(rows: number[][], nCls: number): { base: Int32Array; tab: Int32Array } {
  const n = rows.length;
  let total = 0;
  for (const r of rows) total += r.length >> 1;
  const slots = new Slots(2 * total + 2 * nCls);
  const base = new Int32Array(n);
  const byLen = Array.from({ length: n }, (_, s) => s).sort((x, y) => rows[y]!.length - rows[x]!.length || x - y);
  let used = nCls;
  let placed = 0;
  for (const s of byLen) {
    const r = rows[s]!;
    if (r.length === 0) break; // the rest are empty rows: base 0, they own nothing
    let k0 = r[0]!;
    for (let x = 2; x < r.length; x += 2) if (r[x]! < k0) k0 = r[x]!;
    const from = r.length >= 6 ? Math.max(k0, Math.floor(placed / FILL)) : k0;
    let b = slots.freeFrom(from) - k0;
    while (!slots.fits(b, r, nCls)) b = slots.freeFrom(b + k0 + 1) - k0;
    base[s] = b;
    for (let x = 0; x < r.length; x += 2) slots.take(b + r[x]!, s, r[x + 1]!);
    placed += r.length >> 1;
    used = Math.max(used, b + nCls);
  }
  // every base + class stays inside the table (slots nobody owns read as FREE)
  const tab = new Int32Array(used);
  for (let x = 0; x < used; x++) tab[x] = slots.owner[x] === FREE ? FREE : (slots.owner[x]! << 16) | slots.next[x]!;
  return { base, tab };
}

/** The packing work area: who owns each slot, its transition, and the next-free forest. */
class Slots {
  owner: Int32Array;
  next: Uint16Array;
  /** nextFree[x] === x ⇔ x is free; else a slot at or before the next free one after x */
  nextFree: Int32Array;
  constructor(size: number) {
    this.owner = new Int32Array(size).fill(FREE);
    this.next = new Uint16Array(size);
    this.nextFree = Int32Array.from({ length: size }, (_, x) => x);
  }
  /** the first free slot at or after x */
  freeFrom(x: number): number {
    const nf = this.nextFree;
    let f = x;
    while (nf[f] !== f) f = nf[f]!;
    while (nf[x] !== f) {
      const y = nf[x]!;
      nf[x] = f;
      x = y;
    }
    return f;
  }
  /** can a row (class, next pairs) sit at base b? grows the area when b nears its end */
  fits(b: number, row: number[], nCls: number): boolean {
    if (b + nCls + 1 > this.owner.length) this.grow();
    for (let x = 0; x < row.length; x += 2) if (this.owner[b + row[x]!] !== FREE) return false;
    return true;
  }
  take(x: number, state: number, next: number): void {
    this.owner[x] = state;
    this.next[x] = next;
    this.nextFree[x] = x + 1;
  }
  private grow(): void {
    const size = this.owner.length * 2;
    const owner = new Int32Array(size).fill(FREE);
    owner.set(this.owner);
    const next = new Uint16Array(size);
    next.set(this.next);
    const nextFree = Int32Array.from({ length: size }, (_, x) => x);
    nextFree.set(this.nextFree);
    this.owner = owner;
    this.next = next;
    this.nextFree = nextFree;
  }
}

/** Hits of one scan, in end order. Reused across scans (no per-char allocation). */
export class Hits {
  pid: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** normalised index of the match end (for proximity) */
  npos: Int32Array;
  /** 0 = title, 1 = text */
  seg: Uint8Array;
  count = 0;
  constructor(readonly cap: number) {
    this.pid = new Int32Array(cap);
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.npos = new Int32Array(cap);
    this.seg = new Uint8Array(cap);
  }
  reset(): void {
    this.count = 0;
  }
}

/** Work done besides the one step per char (match reporting, startOf), for the linear-time test. */
let extraWork = 0;

/**
 * Scan s[0..limit) and append hits. `nBase` offsets the normalised positions (so title and text
 * never look "near" each other). Returns the normalised length scanned, and counts transitions
 * in `ops` (for the linear-time property test).
 */
export function scan(
  a: Automaton,
  s: string,
  limit: number,
  hits: Hits,
  seg: number,
  nBase: number,
  ops?: { n: number },
): number {
  const { cls, root, base, tab, outFrom } = a;
  let st = 0;
  let n = 0;
  extraWork = 0;
  const end = Math.min(limit, s.length);
  for (let i = 0; i < end; i++) {
    const k = cls[s.charCodeAt(i)]!;
    if (k >= PAREN) {
      if (k === SKIP) continue;
      const j = pinyinEnd(s, i);
      if (j > 0 && j <= end) i = j - 1;
      else {
        st = 0; // "(" is in no phrase
        n++;
      }
      continue;
    }
    n++;
    // one DFA step: the state's own (packed) transition, else the root's
    const e = tab[base[st]! + k]!;
    st = e >> 16 === st ? e & 0xffff : root[k]!;
    if (st >= outFrom) report(a, s, i, st, hits, seg, nBase + n);
  }
  if (ops) {
    ops.n += end + extraWork;
    extraWork = 0;
  }
  return n;
}

/**
 * Append the outputs of state st, reached at original index i (normalised position np). Out of
 * the scan loop: outputs are rare next to plain steps, and a small loop body optimises better.
 * The start is computed lazily (startOf) except where a word boundary must be checked.
 */
function report(a: Automaton, s: string, i: number, st: number, hits: Hits, seg: number, np: number): void {
  const { outStart, out, patLen, patWord } = a;
  for (let x = outStart[st]!, y = outStart[st + 1]!; x < y; x++) {
    const id = out[x]!;
    extraWork++;
    let start = -1;
    if (patWord[id] === 1) {
      start = startOf(s, i, patLen[id]!);
      if (start > 0 && isAsciiAlnum(s.charCodeAt(start - 1))) continue;
      // right boundary; a plural "s" is allowed ("loan" matches "loans")
      const r = i + 1 < s.length ? s.charCodeAt(i + 1) : 32;
      if (isAsciiAlnum(r) && !((r === 115 || r === 83) && !(i + 2 < s.length && isAsciiAlnum(s.charCodeAt(i + 2))))) continue;
    }
    const c = hits.count;
    if (c >= hits.cap) return; // full: later hits are dropped
    hits.pid[c] = id;
    hits.start[c] = start;
    hits.end[c] = i + 1;
    hits.npos[c] = np;
    hits.seg[c] = seg;
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
