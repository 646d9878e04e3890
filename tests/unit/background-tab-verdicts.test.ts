/**
 * The background's per-tab bookkeeping (background/tab-verdicts.ts): which frame's verdict the
 * badge and popup show, and what a navigation clears.
 */
import { describe, expect, test } from 'vitest';
import type { PageKind, Verdict } from '../../core/types';
import { MAX_KEY_CHARS, urlKey, type TabVerdict } from '../../core/protocol';
import { DETAILS_GAP_MS, mayOpen } from '../../background/rate-limit';
import {
  afterNavigation, frameVerdict, MAX_FRAMES, MAX_QUOTE_CHARS, MAX_STORED_TIPS, pageKey, tabVerdict, withFrame, type TabEntry,
} from '../../background/tab-verdicts';

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

describe('bounds on what the background stores', () => {
  test('urlKey: a 1.5 MB URL becomes a bounded key; short URLs lose only the fragment; late differences survive', () => {
    const huge = `https://a.example/p?${'x'.repeat(1_500_000)}`;
    const k = urlKey(huge);
    expect(k.length).toBeLessThanOrEqual(MAX_KEY_CHARS);
    expect(urlKey(`${huge}#frag`)).toBe(k);
    expect(urlKey(`${huge}y`)).not.toBe(k);
    expect(urlKey(k)).toBe(k); // a key is its own key: stored and fresh URLs compare equal
    expect(urlKey('https://a.example/p?q=1#top')).toBe('https://a.example/p?q=1');
  });

  test('frameVerdict caps tips, quotes and the URL', () => {
    const v = tv('overdue', 'high', 9).verdict;
    const tips = Array.from({ length: 500 }, (_, i) => ({ id: 'family-contact' as const, start: i, end: i + 1, text: '字'.repeat(5_000) }));
    const stored = frameVerdict({ ...v, tips }, `https://a.example/?${'q'.repeat(100_000)}`, 3, 7);
    expect(stored.verdict.tips).toHaveLength(MAX_STORED_TIPS);
    expect(stored.verdict.tips.every((t) => t.text.length <= MAX_QUOTE_CHARS)).toBe(true);
    expect(stored.url.length).toBeLessThanOrEqual(MAX_KEY_CHARS);
    expect(JSON.stringify(stored).length).toBeLessThan(40_000);
  });

  test('withFrame keeps at most MAX_FRAMES frames: the top frame and the strongest others', () => {
    let e: TabEntry | undefined = withFrame(undefined, 0, tv('lender', 'low', 3));
    for (let f = 1; f <= 30; f++) e = withFrame(e, f, tv(f === 17 ? 'scam' : 'lender', 'low', f, 'https://b.example/', f));
    expect(Object.keys(e!.frames)).toHaveLength(MAX_FRAMES);
    expect(e!.frames['0']).toBeDefined();
    expect(e!.frames['17']).toBeDefined();
  });
});

describe('details tabs: per-tab rate limit', () => {
  test('one per DETAILS_GAP_MS per tab, other tabs unaffected', () => {
    const last = new Map<number, number>();
    expect(mayOpen(1, 1_000, last)).toBe(true);
    for (let i = 0; i < 100; i++) expect(mayOpen(1, 1_000 + i, last)).toBe(false);
    expect(mayOpen(2, 1_050, last)).toBe(true);
    expect(mayOpen(1, 1_000 + DETAILS_GAP_MS, last)).toBe(true);
  });
});
