/**
 * The background's per-tab bookkeeping (background/tab-verdicts.ts): which frame's verdict the
 * badge and popup show, and what a navigation clears.
 */
import { describe, expect, test } from 'vitest';
import type { PageKind, Verdict } from '../../core/types';
import type { TabVerdict } from '../../core/protocol';
import { afterNavigation, pageKey, tabVerdict, withFrame, type TabEntry } from '../../background/tab-verdicts';

const tv = (kind: PageKind, level: Verdict['level'], score: number, url = 'https://a.example/p', frameId = 0): TabVerdict => ({
  verdict: { kind, level, score, reasons: [], tips: [], jurisdiction: 'cn' },
  url,
  at: 1,
  frameId,
});

describe('tabVerdict', () => {
  test('no entry, or no flagged frame: null', () => {
    expect(tabVerdict(undefined)).toBeNull();
    expect(tabVerdict({ frames: {} })).toBeNull();
    expect(tabVerdict({ frames: { '0': tv('none', 'low', 0), '3': tv('none', 'low', 0) } })).toBeNull();
  });

  test('a flagged top frame wins over a stronger sub-frame', () => {
    const top = tv('lender', 'low', 3);
    const frame = tv('scam', 'high', 90, 'https://b.example/', 5);
    expect(tabVerdict({ frames: { '5': frame, '0': top } })).toBe(top);
  });

  test('without a flagged top frame: the strongest frame (kind, then level, then score)', () => {
    const lenderHigh = tv('lender', 'high', 80, 'u1', 1);
    const overdueLow = tv('overdue', 'low', 4, 'u2', 2);
    const overdueMed = tv('overdue', 'medium', 5, 'u3', 3);
    const overdueMedMore = tv('overdue', 'medium', 60, 'u4', 4);
    expect(tabVerdict({ frames: { '1': lenderHigh, '2': overdueLow } })).toBe(overdueLow);
    expect(tabVerdict({ frames: { '2': overdueLow, '3': overdueMed, '1': lenderHigh } })).toBe(overdueMed);
    expect(tabVerdict({ frames: { '4': overdueMedMore, '3': overdueMed } })).toBe(overdueMedMore);
    expect(tabVerdict({ frames: { '0': tv('none', 'low', 0), '3': overdueMed } })).toBe(overdueMed);
  });
});

describe('withFrame', () => {
  test('adds, replaces and removes one frame without touching the others or the input', () => {
    const a = tv('lender', 'low', 3, 'u', 0);
    const b = tv('scam', 'high', 50, 'v', 7);
    const e1 = withFrame(undefined, 0, a);
    expect(e1).toEqual({ frames: { '0': a } });
    const e2 = withFrame(e1, 7, b);
    expect(e2.frames).toEqual({ '0': a, '7': b });
    expect(e1.frames).toEqual({ '0': a }); // not mutated
    const e3 = withFrame(e2, 0, null);
    expect(e3.frames).toEqual({ '7': b });
    expect(withFrame(e3, 9, null).frames).toEqual({ '7': b });
  });
});

describe('afterNavigation', () => {
  const entry = (url: string): TabEntry => ({ frames: { '0': tv('overdue', 'medium', 5, url), '4': tv('scam', 'low', 5, 'https://ads.example/', 4) } });

  test('a new page clears every frame', () => {
    expect(afterNavigation(entry('https://a.example/p'), 'https://a.example/q')).toEqual({ frames: {} });
    expect(afterNavigation(entry('https://a.example/p?x=1'), 'https://a.example/p?x=2')).toEqual({ frames: {} });
  });

  test('a hash change, or a verdict that already reported for the new URL, keeps the entry', () => {
    const e = entry('https://a.example/p#top');
    expect(afterNavigation(e, 'https://a.example/p#section-2')).toBe(e);
    expect(afterNavigation(e, 'https://a.example/p')).toBe(e);
  });

  test('without a top-frame verdict, sub-frame verdicts go on navigation; no entry stays none', () => {
    const onlyFrame: TabEntry = { frames: { '4': tv('scam', 'low', 5, 'https://ads.example/', 4) } };
    expect(afterNavigation(onlyFrame, 'https://a.example/')).toEqual({ frames: {} });
    expect(afterNavigation(undefined, 'https://a.example/')).toBeUndefined();
  });

  test('pageKey drops only the fragment', () => {
    expect(pageKey('https://a.example/p?q=1#x')).toBe('https://a.example/p?q=1');
    expect(pageKey('https://a.example/p')).toBe('https://a.example/p');
  });
});
