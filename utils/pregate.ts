/**
 * A pre-gate in front of the engine's gate(), so an ordinary page never pays for building the
 * engine (its Aho–Corasick automaton and fold tables take ~10–40 ms cold, once per page).
 *
 * It answers "could the engine's gate fire?" conservatively: it is a SUPERSET of gate()
 * (tests/unit/onpage-pregate.test.ts checks this on the whole dev corpus, the seeds, every
 * rule example, random text built from cue fragments, and code unit by code unit for the
 * folding). The cues are the engine's own gate cues (GATE_PHRASES and every anchor phrase of a
 * flagging rule).
 *
 * Cost model: an ordinary page pays this once, cold, so no interpreted per-character loop and
 * no table building there. One native RegExp scan (built lazily from the pre-generated cue
 * pairs in pregate-tables.generated.ts, see scripts/gen/pregate-tables.ts) finds the positions where a
 * character that may start a cue (after folding) is followed by one that may continue it
 * (second characters, plus the zero-width and "(" that the engine skips between characters);
 * each such candidate is ruled out by looking its folded pair up in the generated pairs. Only
 * a real cue pair (or a skip between) builds the tables (lazily, ≈1 k cheap operations) and
 * compares the few cues starting there, folding as the engine does (traditional → simplified
 * via the engine's trad-map, ASCII and full-width case/width, ideographic space), skipping
 * zero-width characters and a parenthesised (pinyin) annotation between characters. Text
 * with the rarer compatibility characters the engine folds through NFKC (Kangxi radicals, CJK
 * compatibility ideographs, small forms, half-width katakana…) is simply handed to the engine,
 * lender hosts too.
 */
import { GATE_CHARS, hostOf } from '../core/detect/host';
import { lenderHost } from '../core/detect/lender-hosts';
import { isSkip, SKIP_CHARS } from '../core/text/skip';
import { TRAD_FROM, TRAD_TO } from '../core/text/trad-map.generated';
import type { ClassifyInput } from '../core/types';
import { CUES, FIRSTS, NEXTS, PAIRS, SINGLES } from './pregate-tables.generated';

/** Characters the engine folds through NFKC tables that we do not fold here: leave such text to the engine. */
export const DEFER = /[\u2e80-\u2fdf\uf900-\ufaff\ufe50-\ufe6f\uff5f-\uffee]/;

const FIRST = 1;
const NEXT = 2;
const SINGLE = 4;

export interface Tables {
  /** per code unit: FIRST (may start a cue), NEXT (may follow a cue's first char), SINGLE */
  flags: Uint8Array;
  /** per code unit: its fold (0 = itself) */
  fold: Uint16Array;
  /** folded first char → cues starting with it */
  byFirst: Map<number, string[]>;
}
let tables: Tables | undefined;
/**
 * The tables of the shipped cue list (generated: the always-injected script does not load the
 * rules module; utils/pregate-gen.ts derives the list from the rules and a test compares).
 */
const shipped = (): Tables => (tables ??= buildTables(CUES.split(',')));

/** The flags table and its bits (for the unit test of the candidate RegExp). */
export function pregateFlags(): { flags: Uint8Array; SINGLE: number; FIRST: number; NEXT: number } {
  return { flags: shipped().flags, SINGLE, FIRST, NEXT };
}

/** The fold this pre-gate applies to one code unit (exported for the test against the engine's). */
export function pregateFold(c: number): number {
  const t = shipped();
  return t.fold[c] || c;
}

/** Fold table, candidate flags and cues by first character, for a cue list. */
export function buildTables(cues: readonly string[]): Tables {
  const fold = new Uint16Array(65536);
  const sources: number[] = [];
  const set = (from: number, to: number) => {
    fold[from] = to;
    sources.push(from);
  };
  for (let c = 65; c <= 90; c++) set(c, c + 32);
  // Full-width ASCII (NFKC: U+FF01..FF5E → U+0021..007E), then lower-case.
  for (let c = 0xff01; c <= 0xff5e; c++) {
    const a = c - 0xfee0;
    set(c, a >= 65 && a <= 90 ? a + 32 : a);
  }
  set(0x3000, 0x20);
  for (let i = 0; i < TRAD_FROM.length; i++) set(TRAD_FROM.charCodeAt(i), TRAD_TO.charCodeAt(i));

  const flags = new Uint8Array(65536);
  const byFirst = new Map<number, string[]>();
  // Cues are compared folded on both sides (see cueAt), so they are used as written: no string
  // building here. A duplicate cue only costs an extra comparison on a rare candidate.
  const add = (cue: string) => {
    const a = cue.charCodeAt(0);
    const c0 = fold[a] || a;
    if (cue.length === 1) {
      flags[c0]! |= SINGLE;
      return;
    }
    const b = cue.charCodeAt(1);
    flags[c0]! |= FIRST;
    flags[fold[b] || b]! |= NEXT;
    const list = byFirst.get(c0);
    if (list) list.push(cue);
    else byFirst.set(c0, [cue]);
  };
  for (const p of cues) add(p);
  // What the engine skips between characters, and "(" / "（" opening an annotation.
  for (const c of [...SKIP_CHARS, 0x28, 0xff08]) {
    flags[c]! |= NEXT;
  }
  // A character folding to a flagged one carries its flags.
  for (const c of sources) flags[c]! |= flags[fold[c]!]!;
  return { flags, fold, byFirst };
}

/**
 * What scripts/gen/pregate-tables.ts writes to pregate-tables.generated.ts: the single-character cues,
 * and the first two characters of every longer cue, folded, one pair after another (first
 * characters at even offsets). Neither holds a character that is special in a RegExp class.
 */
export function cueChars(t: Tables = shipped()): { singles: string; pairs: string } {
  const f = (c: number) => t.fold[c] || c;
  let singles = '';
  for (let c = 0; c < 65536; c++) if ((t.flags[c]! & SINGLE) !== 0 && !t.fold[c]) singles += String.fromCharCode(c);
  const seen = new Set<string>();
  let pairs = '';
  for (const [c0, cues] of [...t.byFirst].sort((x, y) => x[0] - y[0])) {
    for (const d of cues.map((cue) => f(cue.charCodeAt(1))).sort((x, y) => x - y)) {
      const pair = String.fromCharCode(c0, d);
      if (!seen.has(pair)) pairs += pair;
      seen.add(pair);
    }
  }
  if (/[\\\]^\-]/.test(singles + pairs)) throw new Error('a cue character is special in a RegExp class');
  return { singles, pairs };
}

/** The fold of one code unit without the tables (the unit test checks it against them). */
export function quickFold(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c >= 0xff01 && c <= 0xff5e) return quickFold(c - 0xfee0);
  if (c === 0x3000) return 0x20;
  const k = TRAD_FROM.indexOf(String.fromCharCode(c));
  return k < 0 ? c : TRAD_TO.charCodeAt(k);
}

/**
 * Characters that may fold to a cue character: full-width letters and digits, the ideographic
 * space, traditional characters (the unit test checks this covers every fold source a cue needs).
 */
const FOLDED_FROM = `A-Z\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a\\u3000${TRAD_FROM}`;
/** What the engine skips between a cue's characters, and "(" / "（" opening an annotation. */
const BETWEEN = '\\u00ad\\u180e\\u200b-\\u200d\\u2060-\\u2064\\ufeff(\\uff08';
let candidateRe: RegExp | undefined;

/** Is (a, b), folded, the start of a cue? (a pair at an even offset of PAIRS) */
function hasPair(a: number, b: number): boolean {
  const pair = String.fromCharCode(a, b);
  for (let k = PAIRS.indexOf(pair); k >= 0; k = PAIRS.indexOf(pair, k + 1)) if ((k & 1) === 0) return true;
  return false;
}

/**
 * The candidate positions as one native RegExp scan (no interpreted per-character loop on an
 * ordinary page): a single-character cue, or a character that may start a cue followed by one
 * that may continue it. Built from the pre-generated cue characters plus everything that may
 * fold to one (ASCII capitals, full-width letters and digits, the ideographic space and
 * traditional characters, wholesale), so it matches wherever the flags tables would — a
 * superset (the unit test checks every code unit).
 */
export function candidates(): RegExp {
  if (candidateRe) return candidateRe;
  const single = SINGLES ? `[${SINGLES}${FOLDED_FROM}]|` : '';
  // FIRSTS / NEXTS: the first and second characters of the pairs, deduplicated (generated).
  // (DEFER stays a RegExp of its own, measured in Chromium: as an alternative here it made this
  // scan ~6× slower — irregexp no longer skips ahead on one character class — and inside the
  // leading class with a lookbehind `(?<=[DEFER])` in the lookahead, ~1.4× slower.)
  return (candidateRe = new RegExp(`${single}[${FIRSTS}${FOLDED_FROM}](?=[${NEXTS}${FOLDED_FROM}${BETWEEN}])`, 'g'));
}

/** Index just past skip characters and one parenthesised annotation ("(wèn)") at j. */
function skipBetween(s: string, j: number): number {
  while (j < s.length && isSkip(s.charCodeAt(j))) j++;
  const c = s.charCodeAt(j);
  if (c === 0x28 || c === 0xff08) {
    const lim = Math.min(s.length, j + 10);
    for (let k = j + 1; k < lim; k++) {
      const d = s.charCodeAt(k);
      if (d === 0x29 || d === 0xff09) {
        j = k + 1;
        break;
      }
    }
    while (j < s.length && isSkip(s.charCodeAt(j))) j++;
  }
  return j;
}

/** Does a cue start at s[i] (whose folded code unit is c0)? */
function cueAt(t: Tables, s: string, i: number, c0: number): boolean {
  const fold = t.fold;
  for (const cue of t.byFirst.get(c0) ?? []) {
    let j = i + 1;
    let k = 1;
    for (; k < cue.length; k++) {
      j = skipBetween(s, j);
      if (j >= s.length) break;
      const c = s.charCodeAt(j);
      const d = cue.charCodeAt(k);
      if ((fold[c] || c) !== (fold[d] || d)) break;
      j++;
    }
    if (k === cue.length && (!isWord(cue) || onWordBoundaries(s, i, j))) return true;
  }
  return false;
}

const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
/** A cue the engine matches on ASCII word boundaries only (it starts or ends with a letter or digit). */
const isWord = (cue: string): boolean => isAsciiAlnum(cue.charCodeAt(0)) || isAsciiAlnum(cue.charCodeAt(cue.length - 1));

/**
 * The engine's word-boundary rule for s[start..end): no ASCII letter or digit just before or
 * after, except a plural "s" ("loan" matches "loans"). Without it "apr" would pass in "April"
 * and "lend" in "calendar", and every such English page would load the engine for nothing.
 */
function onWordBoundaries(s: string, start: number, end: number): boolean {
  if (start > 0 && isAsciiAlnum(s.charCodeAt(start - 1))) return false;
  if (end >= s.length) return true;
  const r = s.charCodeAt(end);
  if (!isAsciiAlnum(r)) return true;
  return (r === 115 || r === 83) && !(end + 1 < s.length && isAsciiAlnum(s.charCodeAt(end + 1)));
}

/**
 * Does any cue occur in s (folding as the engine does, more permissively)? The candidate
 * positions are found by one native RegExp scan (no interpreted per-character loop on an
 * ordinary page); the tables are built only when a candidate is a real cue pair.
 */
function anyCue(s: string): boolean {
  const re = candidates();
  re.lastIndex = 0;
  // Every match is one character (the second is a lookahead), so it ends at lastIndex.
  while (re.test(s)) {
    const i = re.lastIndex - 1;
    const c0 = quickFold(s.charCodeAt(i));
    if (SINGLES && SINGLES.includes(String.fromCharCode(c0))) return true;
    // Two adjacent characters that begin no cue: no closer look, no tables (the common case).
    const j = skipBetween(s, i + 1);
    if (j >= s.length) continue;
    if (j === i + 1 && !hasPair(c0, quickFold(s.charCodeAt(j)))) continue;
    if (cueAt(shipped(), s, i, c0)) return true;
  }
  return false;
}

/** false = the engine's gate() would certainly say false too; true = ask the engine. */
export function preGate(input: ClassifyInput): boolean {
  const host = hostOf(input.url);
  if (host && lenderHost(host)) return true;
  const title = typeof input.title === 'string' ? input.title.slice(0, 512) : '';
  const text = typeof input.text === 'string' ? input.text.slice(0, GATE_CHARS) : '';
  if (DEFER.test(title) || DEFER.test(text)) return true;
  // The engine reads title and text apart (a cue never spans them): so do we, without a copy.
  return anyCue(title) || anyCue(text);
}
