/**
 * Robustness properties (fast-check): classify() never throws on random Unicode, malformed
 * UTF-16 (lone surrogates), NULs, huge repeats or a 5 MB input; tips always sit inside the text
 * with text === input.slice(start, end); the work is linear in the input (operation counts,
 * not wall-clock time).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, gate, MAX_TIPS } from '../../core/detect/index';
import { MAX_PER_TIP } from '../../core/detect/marks';
import { getEngine } from '../../core/detect/engine';
import { Hits, scan } from '../../core/detect/scan';
import { TIP_IDS, type Verdict } from '../../core/types';

const KINDS = ['lender', 'overdue', 'scam', 'none'];

function check(v: Verdict, text: string): void {
  expect(KINDS).toContain(v.kind);
  expect(['low', 'medium', 'high']).toContain(v.level);
  expect(Number.isFinite(v.score)).toBe(true);
  expect(v.tips.length).toBeLessThanOrEqual(MAX_TIPS);
  let last = -1;
  for (const t of v.tips) {
    expect(TIP_IDS).toContain(t.id);
    expect(t.start).toBeGreaterThanOrEqual(0);
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.end).toBeLessThanOrEqual(text.length);
    expect(t.text).toBe(text.slice(t.start, t.end));
    expect(t.start).toBeGreaterThanOrEqual(last); // sorted, no overlap
    last = t.end;
  }
}

/** Words that make rules and tips fire, mixed with noise. */
const vocab = fc.constantFrom(
  '借呗', '逾期', '催收', '联系家人', '上門(mén)', '征信', '日息万五', '月费率0.6%', '起诉', '停息挂账',
  '解冻金', '贷款', '\u0000', '\ud800', '\udfff', '(', '(wèn)', '\u200b', 'Ａ', 'loan', ' ', '\n', '😀',
);
const mixed = fc.array(fc.oneof(vocab, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 80 }).map((a) => a.join(''));

describe('classify() robustness', () => {
  it('never throws on random Unicode (including lone surrogates) and keeps tips inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.option(fc.string({ maxLength: 40 })), (text, title) => {
        const v = classify({ text, title: title ?? undefined });
        check(v, text);
        if (v.kind !== 'none') expect(gate({ text, title: title ?? undefined })).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
  it('never throws on rule vocabulary mixed with noise; flagged ⇒ gate', () => {
    fc.assert(
      fc.property(mixed, fc.option(fc.webUrl()), (text, url) => {
        const v = classify({ text, url: url ?? undefined });
        check(v, text);
        if (v.kind !== 'none') expect(gate({ text, url: url ?? undefined })).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
  it('empty and malformed inputs', () => {
    for (const input of [
      { text: '' },
      { text: '', title: '' },
      { text: '\u0000'.repeat(1000) },
      { text: '\ud800\udc00\ud800'.repeat(100) },
      { text: '(' .repeat(5000) + '借呗逾期催收' },
      { text: '問(' + 'wèn'.repeat(1000) },
      { text: 'x', url: 'not a url' },
      { text: 'x', url: 'https://user@host.example.tw:8080/path' },
      { text: null as unknown as string },
      { text: 42 as unknown as string, title: {} as unknown as string },
    ]) {
      const v = classify(input);
      check(v, typeof input.text === 'string' ? input.text : '');
    }
  });
  it('a 5 MB input is read up to the budget and reported truncated; tips stay valid', () => {
    const unit = '借呗逾期后催收会联系家人吗?日息万五,上门催收。';
    const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
    const v = classify({ text });
    expect(v.truncated).toBe(true);
    expect(v.kind).toBe('overdue');
    // at most MAX_PER_TIP marks per tip, whatever the length
    expect(v.tips.length).toBeGreaterThan(0);
    expect(v.tips.length).toBeLessThanOrEqual(Math.min(MAX_TIPS, MAX_PER_TIP * TIP_IDS.length));
    check(v, text);
    const small = classify({ text }, { budget: 1000 });
    expect(small.truncated).toBe(true);
    check(small, text);
    expect(classify({ text: unit }).truncated).toBeUndefined();
  });
  it('huge repeats of one phrase do not explode (hit buffer and tips are capped)', () => {
    const text = '催收'.repeat(200_000);
    const v = classify({ text }, { budget: 400_000 });
    check(v, text);
  });
});

describe('bounded work (counts, not wall clock)', () => {
  // The scan loop is one table step per char with no inner loop but the pinyin check (at most 9
  // chars); the work that can grow is reporting, bounded by the outputs per state.
  it('hits per character are bounded by the outputs of one state, whatever the input', () => {
    const e = getEngine();
    const hits = new Hits(1 << 16, Infinity);
    const maxOut = Math.max(...Array.from({ length: e.a.outStart.length - 1 }, (_, s) => e.a.outStart[s + 1]! - e.a.outStart[s]!));
    fc.assert(
      fc.property(mixed, fc.integer({ min: 1, max: 50 }), (unit, reps) => {
        const s = (unit || 'a').repeat(reps);
        hits.reset();
        scan(e.a, s, s.length, hits, 0);
        expect(hits.count).toBeLessThanOrEqual(s.length * maxOut);
      }),
      { numRuns: 200 },
    );
  });
  it('doubling the input doubles the hits; the per-phrase cap bounds them', () => {
    const e = getEngine();
    const unit = '借呗逾期催收上門(mén)執法人員日息萬五\u200b联系家人(wèn)';
    const count = (n: number, cap = Infinity): number => {
      const hits = new Hits(e.a.patterns.length, cap);
      scan(e.a, unit.repeat(n), unit.length * n, hits, 0);
      return hits.count;
    };
    expect(count(200)).toBe(2 * count(100));
    const capped = new Hits(e.a.patterns.length, 5);
    scan(e.a, unit.repeat(100), unit.length * 100, capped, 0);
    expect(capped.capped).toBe(true);
    expect(capped.count).toBeLessThanOrEqual(5 * e.a.patterns.length);
    expect(capped.count).toBe(count(5));
  });
});
