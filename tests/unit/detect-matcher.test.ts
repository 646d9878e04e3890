/**
 * The packed DFA matcher against a straightforward reference: normalise() the text, find every
 * occurrence of every phrase with indexOf, map it back to original offsets and apply the ASCII
 * word-boundary rule. Same hits, same order (by end, then longest first), same offsets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getEngine } from '../../core/detect/engine';
import type { Automaton } from '../../core/detect/automaton';
import { Hits, scan, startOf } from '../../core/detect/scan';
import { normalise } from '../../core/text';

interface Hit {
  pid: number;
  start: number;
  end: number;
  npos: number;
}

const isAsciiAlnum = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** The ASCII word-boundary rule: no letter/digit just before or after ("loans" may end in a plural s). */
function onWordBoundary(s: string, start: number, last: number): boolean {
  if (start > 0 && isAsciiAlnum(s.charCodeAt(start - 1))) return false;
  const r = last + 1 < s.length ? s.charCodeAt(last + 1) : 32;
  if (!isAsciiAlnum(r)) return true;
  return (r === 115 || r === 83) && !(last + 2 < s.length && isAsciiAlnum(s.charCodeAt(last + 2)));
}

function reference(a: Automaton, s: string): Hit[] {
  const { text, map } = normalise(s);
  const found: (Hit & { len: number })[] = [];
  a.patterns.forEach((p, pid) => {
    if (!p) return;
    for (let j = text.indexOf(p); j >= 0; j = text.indexOf(p, j + 1)) {
      const last = map[j + p.length - 1]!;
      const start = map[j]!;
      if (a.patWord[pid] === 1 && !onWordBoundary(s, start, last)) continue;
      found.push({ pid, start, end: last + 1, npos: j + p.length, len: p.length });
    }
  });
  found.sort((x, y) => x.npos - y.npos || y.len - x.len);
  return found.map(({ pid, start, end, npos }) => ({ pid, start, end, npos }));
}

function scanned(a: Automaton, s: string, hits: Hits): Hit[] {
  hits.reset();
  const n = scan(a, s, s.length, hits, 0);
  expect(n).toBe(normalise(s).text.length);
  const out: Hit[] = [];
  for (let h = 0; h < hits.count; h++) {
    // hits carry no start: it is recomputed lazily (startOf), as the tips do
    const start = startOf(s, hits.end[h]! - 1, a.patLen[hits.pid[h]!]!);
    out.push({ pid: hits.pid[h]!, start, end: hits.end[h]!, npos: hits.npos[h]! });
  }
  return out;
}

describe('packed DFA matcher = normalise + indexOf reference', () => {
  const e = getEngine();
  const a = e.a;
  const phrases = a.patterns.filter((p) => p.length > 0);
  // whole phrases, their prefixes and suffixes (partial matches exercise the inherited,
  // failure-derived transitions), and the noise the fused normalisation must handle
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...phrases) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...phrases), fc.nat(6)).map(([p, n]) => p.slice(0, Math.max(1, p.length - n))) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...phrases), fc.nat(6)).map(([p, n]) => p.slice(Math.min(n, p.length - 1))) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        '\u200b', '\u00ad', '\ufeff', '(wèn)', '（dǎo）', '(ab)', '(', ')', '（', ' ', '\n', 'x', '1', '%', '。',
        'Loans', 'LOAN', 'loanS', 'ＡＰＰ', 'Ａ', '網貸', '債務', '萬', '還款', '貸', '問(wèn)', '的', '新',
      ),
    },
  );
  const text = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(''));
  const hits = new Hits(1 << 16, Infinity);

  it('reports exactly the reference hits on random phrase / fragment / noise mixes', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(scanned(a, s, hits)).toEqual(reference(a, s));
      }),
      { numRuns: 400 },
    );
  });

  it('lazy starts (startOf) land on the reference start of every hit', () => {
    fc.assert(
      fc.property(text, (s) => {
        const { text: t, map } = normalise(s);
        for (const h of scanned(a, s, hits)) {
          const len = a.patLen[h.pid]!;
          expect(h.start).toBe(map[h.npos - len]);
          expect(t.slice(h.npos - len, h.npos)).toBe(a.patterns[h.pid]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('handles every phrase on its own and every pair of one phrase followed by another', () => {
    for (const p of phrases) expect(scanned(a, p, hits)).toEqual(reference(a, p));
    for (let i = 0; i < phrases.length; i += 7) {
      const s = phrases[i]! + phrases[(i * 31 + 5) % phrases.length]!;
      expect(scanned(a, s, hits)).toEqual(reference(a, s));
    }
  });
});
