/**
 * One-pass multi-phrase matcher: Aho–Corasick over UTF-16 code units, fused with
 * normalisation. Each raw code unit goes through ONE lookup table (Uint16Array, 64 K entries)
 * that already encodes case/width/traditional folding and the automaton's alphabet; chars no
 * phrase uses map to class 0 (reset to root); zero-width chars are skipped; "(" / "（" runs a
 * tiny check for pinyin annotations ("問(wèn)") which are skipped too.
 *
 * Automaton: dense rows (Uint16, 2^shift columns: the classes of first and second phrase
 * characters) for the root and the depth-1 states, where most steps of a scan happen (one load
 * per char, no indirection: row v starts at v << shift) + sparse goto
 * edges for deeper states (CSR typed arrays, a handful per state) + failure links, with
 * outputs merged along the dictionary-suffix chain at build time. ~0.34 MB of tables besides the
 * 128 KB class table; built at runtime from the phrase list (~2 ms), so no table ships.
 */
import { foldChar, foldedSources, foldString, isSkip, pinyinEnd } from './fold';

const SKIP = 0xffff;
const PAREN = 0xfffe;

export interface Automaton {
  /** code unit → alphabet class (0 = not in any phrase), SKIP or PAREN */
  cls: Uint16Array;
  /**
   * Classes below `m` are the characters some phrase starts with or has second; only they
   * have columns in the dense rows (any other class takes a dense state back to the root).
   */
  m: number;
  /** dense row v (state ids v < nDense: the root and the depth-1 states) is dense[v << shift ..] */
  shift: number;
  nDense: number;
  /** class → next state, failure links folded in (Uint16: state ids < 65536) */
  dense: Uint16Array;
  /** goto edges of deep state s: cls eCls[x] → state eTo[x] for x in eStart[s] .. eStart[s + 1] */
  eStart: Int32Array;
  eCls: Uint16Array;
  eTo: Uint16Array;
  /** failure link per state */
  fail: Uint16Array;
  /**
   * State ids: [root, depth-1 states without outputs | depth-1 with outputs) [deep without |
   * deep with outputs): a state has outputs ⇔ v >= denseOut && (v < nDense || v >= deepOut).
   */
  denseOut: number;
  deepOut: number;
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
  // alphabet: first and second characters of phrases get the low classes (dense columns)
  const clsOfChar = new Map<number, number>();
  const addCls = (c: number): void => {
    if (!clsOfChar.has(c)) clsOfChar.set(c, clsOfChar.size + 1);
  };
  for (const p of patterns) for (let i = 0; i < p.length && i < 2; i++) addCls(p.charCodeAt(i));
  const m = clsOfChar.size + 1;
  for (const p of patterns) for (let i = 2; i < p.length; i++) addCls(p.charCodeAt(i));
  const nCls = clsOfChar.size + 1;
  let shift = 0;
  while (1 << shift < m) shift++;
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

  // trie (maps during build only)
  const children: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  const depth: number[] = [0];
  const patLen = new Int32Array(patterns.length);
  const patWord = new Uint8Array(patterns.length);
  patterns.forEach((p, id) => {
    patLen[id] = p.length;
    if (p.length === 0) return;
    patWord[id] = isAsciiAlnum(p.charCodeAt(0)) || isAsciiAlnum(p.charCodeAt(p.length - 1)) ? 1 : 0;
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const k = clsOfChar.get(p.charCodeAt(i))!;
      let t = children[s]!.get(k);
      if (t === undefined) {
        t = children.length;
        children.push(new Map());
        own.push([]);
        depth.push(depth[s]! + 1);
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
  const rootNext = new Int32Array(nCls);
  const order: number[] = [];
  for (const [k, t] of children[0]!) {
    rootNext[k] = t;
    fail[t] = 0;
    order.push(t);
  }
  const step = (s: number, k: number): number => {
    for (;;) {
      const t = children[s]!.get(k);
      if (t !== undefined) return t;
      if (s === 0) return rootNext[k]!;
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
  // renumber: root, depth-1 states without / with outputs, deeper states without / with outputs
  const num = new Int32Array(n);
  let next = 1;
  const place = (d1: boolean, withOut: boolean): number => {
    const first = next;
    for (let st = 1; st < n; st++)
      if ((depth[st] === 1) === d1 && (outs[st]!.length > 0) === withOut) num[st] = next++;
    return first;
  };
  place(true, false);
  const denseOut = place(true, true);
  const nDense = place(false, false);
  const deepOut = place(false, true);
  if (n > 0xffff || nCls > 0xffff) throw new Error('automaton too large');
  const dense = new Uint16Array(nDense << shift);
  for (const [k, t] of children[0]!) dense[k] = num[t]!;
  for (const [, t] of children[0]!) {
    const base = num[t]! << shift;
    dense.copyWithin(base, 0, 1 << shift); // fail(depth-1 state) = root
    for (const [k, u] of children[t]!) dense[base + k] = num[u]!;
  }
  const failN = new Uint16Array(n);
  const eStart = new Int32Array(n + 1);
  const eCls = new Uint16Array(n - 1);
  const eTo = new Uint16Array(n - 1);
  const byNum: number[] = new Array(n);
  for (let st = 0; st < n; st++) byNum[num[st]!] = st;
  let e = 0;
  for (let v = 0; v < n; v++) {
    const st = byNum[v]!;
    failN[v] = num[fail[st]!]!;
    eStart[v] = e;
    if (v >= nDense)
      for (const [k, t] of children[st]!) {
        eCls[e] = k;
        eTo[e++] = num[t]!;
      }
  }
  eStart[n] = e;
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
  return {
    cls, m, shift, nDense, dense, eStart, eCls: eCls.slice(0, e), eTo: eTo.slice(0, e), fail: failN,
    denseOut, deepOut, outStart, out, patLen, patWord, patterns,
  };
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

/** Work done outside the one-lookup-per-char loop (match reporting), for the linear-time test. */
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
  const { cls, m, shift, nDense, dense, eStart, eCls, eTo, fail, denseOut, deepOut, outStart, out, patLen, patWord } = a;
  // hits are written inline (no call per match): the arrays and the count live in locals
  const { pid, start: hStart, end: hEnd, npos, seg: hSeg, cap } = hits;
  let count = hits.count;
  extraWork = 0;
  let outWork = 0;
  let st = 0;
  let n = 0;
  const end = Math.min(limit, s.length);
  for (let i = 0; i < end; i++) {
    const k = cls[s.charCodeAt(i)]!;
    if (k < m && st < nDense) {
      // the root or a depth-1 state (most steps): one load (class 0 leads back to the root)
      n++;
      st = dense[(st << shift) + k]!;
      if (st < denseOut) continue;
    } else if (k >= PAREN) {
      if (k === SKIP) continue;
      const j = pinyinEnd(s, i);
      if (j > 0 && j <= end) i = j - 1;
      else {
        st = 0;
        n++;
      }
      continue;
    } else {
      n++;
      if (st < nDense || k === 0) {
        st = 0; // a dense state on a char no phrase starts with or has second, or a char no phrase uses
        continue;
      }
      // a deeper state: goto, else follow failure links (amortised O(1): each fail step undoes
      // one earlier step down)
      for (;;) {
        let x = eStart[st]!;
        const y = eStart[st + 1]!;
        while (x < y && eCls[x] !== k) x++;
        if (x < y) {
          st = eTo[x]!;
          break;
        }
        st = fail[st]!;
        extraWork++;
        if (st < nDense) {
          st = k < m ? dense[(st << shift) + k]! : 0;
          break;
        }
      }
    }
    if (st >= denseOut && (st < nDense || st >= deepOut)) {
      // report the state's outputs; the start is computed lazily (startOf) except where a
      // word boundary must be checked
      for (let x = outStart[st]!, y = outStart[st + 1]!; x < y; x++) {
        const id = out[x]!;
        outWork++;
        let start = -1;
        if (patWord[id] === 1) {
          start = startOf(s, i, patLen[id]!);
          if (start > 0 && isAsciiAlnum(s.charCodeAt(start - 1))) continue;
          // right boundary; a plural "s" is allowed ("loan" matches "loans")
          const r = i + 1 < s.length ? s.charCodeAt(i + 1) : 32;
          if (isAsciiAlnum(r) && !((r === 115 || r === 83) && !(i + 2 < s.length && isAsciiAlnum(s.charCodeAt(i + 2))))) continue;
        }
        if (count >= cap) break; // full: later hits are dropped
        pid[count] = id;
        hStart[count] = start;
        hEnd[count] = i + 1;
        npos[count] = nBase + n;
        hSeg[count] = seg;
        count++;
      }
    }
  }
  hits.count = count;
  if (ops) {
    ops.n += end + extraWork + outWork;
    extraWork = 0;
  }
  return n;
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
