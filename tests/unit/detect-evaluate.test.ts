/**
 * evaluate() (the rule pass over the hits, with its per-pattern anchor tables) against a
 * straightforward reference of the same rule semantics, one rule at a time over the scan's hits:
 * an anchor counts when its rule has no `near` phrases, or when one of them ends within the
 * window before the anchor's start or starts within the window after its end (looking at most
 * NEIGHBOURS hits to each side). Compared through analyse(): per rule count and contribution
 * (which says whether the title counted), and the scam-headline flag.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/detect/classify';
import { getEngine } from '../../core/detect/engine';
import { foldString } from '../../core/text';
import { Hits, scan } from '../../core/detect/scan';
import { RULES } from '../../core/detect/rules';

const HEAD_CHARS = 40;
const NEIGHBOURS = 48;
const repeat = (c: number): number => Math.min(4, 1 + Math.log2(c));

interface Ref {
  fired: Map<string, { count: number; contribution: number }>;
  scamHead: boolean;
}

function reference(title: string, text: string): Ref {
  const e = getEngine();
  const hits = new Hits(1 << 16, Infinity);
  const tn = scan(e.a, title, Math.min(title.length, 512), hits, 0);
  const th = hits.count;
  scan(e.a, text, text.length, hits, tn + 1024);
  const fired = new Map<string, { count: number; contribution: number }>();
  let scamHead = false;
  for (const r of RULES) {
    const anchors = new Set(r.phrases.map(foldString));
    const nears = r.near ? new Set(r.near.map(foldString)) : undefined;
    const window = r.window ?? 24;
    let count = 0;
    let inTitle = false;
    const patternAt = (h: number): string => e.a.patterns[hits.pid[h]!]!;
    const nearBy = (h: number): boolean => {
      const np = hits.npos[h]!;
      const lo = np - patternAt(h).length - window;
      const hi = np + window;
      for (let j = h - 1; j >= 0 && j >= h - NEIGHBOURS && hits.npos[j]! >= lo; j--) if (nears!.has(patternAt(j))) return true;
      for (let j = h + 1; j < hits.count && j <= h + NEIGHBOURS && hits.npos[j]! - patternAt(j).length <= hi; j++)
        if (nears!.has(patternAt(j))) return true;
      return false;
    };
    for (let h = 0; h < hits.count; h++) {
      if (!anchors.has(patternAt(h)) || (nears && !nearBy(h))) continue;
      count++;
      if (h < th) inTitle = true;
      if (r.class === 'scam' && (h < th || hits.end[h]! <= HEAD_CHARS)) scamHead = true;
    }
    if (count === 0) continue;
    const w = r.weight * repeat(count);
    fired.set(r.id, { count, contribution: r.class === 'none' ? -w : w * (inTitle ? 1.25 : 1) });
  }
  return { fired, scamHead };
}

describe('evaluate() = one-rule-at-a-time reference', () => {
  // anchors and near phrases of every class rule, short noise, and separators that move the
  // pieces in and out of each other's windows
  const words = [...new Set(RULES.flatMap((r) => [...r.phrases, ...(r.near ?? [])]))];
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...words) },
    { weight: 2, arbitrary: fc.constantFrom(' ', '，', '的', '\n', '(wèn)', '\u200b', 'x') },
    { weight: 1, arbitrary: fc.nat(40).map((n) => '。'.repeat(n)) },
  );
  const doc = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(''));
  const title = fc.oneof(fc.constant(''), fc.array(piece, { maxLength: 6 }).map((xs) => xs.join('')));

  it('same rule counts, title flags and scam-headline flag on random texts', () => {
    fc.assert(
      fc.property(title, doc, (t, s) => {
        const d = analyse({ title: t, text: s });
        const ref = reference(t, s);
        const got = new Map(d.fired.map((f) => [f.id, { count: f.count, contribution: f.contribution }]));
        expect(got).toEqual(ref.fired);
        expect(d.scamHead).toBe(ref.scamHead);
      }),
      { numRuns: 1500 },
    );
  });
});
