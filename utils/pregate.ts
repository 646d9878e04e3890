/**
 * A pre-gate in front of the engine's gate(), so an ordinary page never pays for building the
 * engine (its Aho–Corasick automaton and fold tables take ~10–40 ms cold, once per page).
 *
 * It answers "could the engine's gate fire?" conservatively: it is a SUPERSET of gate()
 * (tests/unit/onpage-pregate.test.ts checks this on the whole dev corpus, the seeds and every
 * rule example). One pass over the title and the first GATE_CHARS of text (a first-character
 * index, then a short check of the few cues starting there), built from the
 * engine's own gate cues (GATE_PHRASES and every anchor phrase of a flagging rule) with their traditional variants (trad-map), optional zero-width
 * characters and parenthesised (pinyin) annotations between characters, ASCII case-folded.
 * (A single alternation RegExp of the same cues measured 10 ms warm on 2 KB: too slow.) Text with rarer
 * compatibility characters (full-width letters, Kangxi radicals, half-width katakana…), which
 * the engine folds through NFKC, is simply handed to the engine. Lender hosts too.
 */
import { GATE_CHARS, lenderHost } from '../core/detect';
import { GATE_PHRASES, RULES } from '../core/detect/rules';
import { TRAD_FROM, TRAD_TO } from '../core/detect/trad-map.generated';
import type { ClassifyInput } from '../core/types';

/** Characters the engine folds through NFKC tables: leave such text to the engine. */
const DEFER = /[\u2e80-\u2fdf\u3000\uf900-\ufaff\ufe50-\ufe6f\uff21-\uff3a\uff41-\uff5a\uff65-\uff9f]/;
/** Characters the engine drops (zero-width, soft hyphen, BOM…). */
const isSkip = (c: number) =>
  c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x00ad ||
  c === 0x180e || c === 0x2061 || c === 0x2062 || c === 0x2063 || c === 0x2064;

let firstMark: Uint8Array | undefined;
let byFirst: Map<number, string[]> | undefined;
let fold: Map<number, number> | undefined;

/** The phrases the engine flags as gate cues (engine.ts: patFlags & 16). */
export function gateCues(): string[] {
  const cues = new Set<string>(GATE_PHRASES);
  for (const r of RULES) if (r.class !== 'none') for (const p of r.phrases) cues.add(p);
  return [...cues];
}

/**
 * Cues indexed by first character. The TEXT is folded (traditional → simplified as the
 * engine's trad-map does, ASCII lower-case) rather than the cues expanded: fewer operations
 * in the cold, interpreted first run that an ordinary page pays.
 */
function build(): void {
  fold = new Map();
  for (let i = 0; i < TRAD_FROM.length; i++) fold.set(TRAD_FROM.charCodeAt(i), TRAD_TO.charCodeAt(i));
  firstMark = new Uint8Array(65536);
  byFirst = new Map();
  for (const p of gateCues()) {
    const cue = p.toLowerCase();
    const c = cue.charCodeAt(0);
    firstMark[c] = 1;
    const list = byFirst.get(c);
    if (list) list.push(cue);
    else byFirst.set(c, [cue]);
  }
}

function foldAt(s: string, j: number): number {
  const c = s.charCodeAt(j);
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  return fold!.get(c) ?? c;
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

/** Does any cue occur in s (folding as the engine does, more permissively)? */
function anyCue(s: string): boolean {
  const mark = firstMark!;
  for (let i = 0; i < s.length; i++) {
    const c0 = foldAt(s, i);
    if (mark[c0] === 0) continue;
    for (const cue of byFirst!.get(c0)!) {
      let j = i + 1;
      let k = 1;
      for (; k < cue.length; k++) {
        j = skipBetween(s, j);
        if (j >= s.length || foldAt(s, j) !== cue.charCodeAt(k)) break;
        j++;
      }
      if (k === cue.length) return true;
    }
  }
  return false;
}

function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** false = the engine's gate() would certainly say false too; true = ask the engine. */
export function preGate(input: ClassifyInput): boolean {
  const host = hostOf(input.url);
  if (host && lenderHost(host)) return true;
  const s = `${(input.title ?? '').slice(0, 512)}\n${(input.text ?? '').slice(0, GATE_CHARS)}`;
  if (DEFER.test(s)) return true;
  if (!firstMark) build();
  return anyCue(s);
}
