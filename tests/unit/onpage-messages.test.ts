/**
 * Message validation for what crosses from content scripts to the background: isMessage() and
 * sanitizeVerdict() reject forged and malformed input field by field and copy what they keep
 * (no getters, no extra fields, capped sizes).
 */
import { describe, expect, test } from 'vitest';
import type { Verdict } from '../../core/types';
import {
  FULL_SAMPLE_CHARS, isMessage, MAX_TITLE_CHARS, MAX_URL_CHARS, parseSample, sanitizeVerdict,
} from '../../core/protocol';

const good = (): Verdict => ({
  kind: 'overdue',
  level: 'high',
  score: 7.5,
  reasons: ['overdue-notice', 'collection'],
  tips: [
    { id: 'family-contact', start: 10, end: 16, text: '联系家人' },
    { id: 'rate-claim', start: 30, end: 34, text: '日息万五', rate: { basis: 'daily', percent: 0.05, periods: 12 } },
  ],
  jurisdiction: 'cn',
});

describe('isMessage', () => {
  test('accepts the four message types, rejects anything else', () => {
    for (const type of ['lg:sample', 'lg:clear', 'lg:get-verdict', 'lg:open-details']) expect(isMessage({ type })).toBe(true);
    for (const x of [null, undefined, 'lg:sample', { type: 'lg:verdict' }, { type: 'lg:need-engine' }, 42, [], {}, { type: 'lg:other' }, { type: ['lg:clear'] }, { type: { toString: () => 'lg:clear' } }]) {
      expect(isMessage(x), JSON.stringify(x)).toBe(false);
    }
  });
});

describe('parseSample', () => {
  test('strings are required; flags are read as booleans only', () => {
    expect(parseSample({ url: 'https://a.example/', title: 't', text: 'x' })).toEqual({
      url: 'https://a.example/', title: 't', text: 'x', truncated: false, full: false, overlay: false,
    });
    expect(parseSample({ url: 'https://a.example/', title: 't', text: 'x', full: 'yes', overlay: 1 })!.full).toBe(false);
    for (const x of [null, 'x', { url: 1, title: '', text: '' }, { url: '', title: null, text: '' }, { url: '', title: '', text: ['a'] }]) {
      expect(parseSample(x), JSON.stringify(x)).toBeNull();
    }
  });
  test('a huge URL, title or text is cut to its cap (and an over-long text counts as truncated)', () => {
    const s = parseSample({ url: `https://a.example/?${'q'.repeat(1_500_000)}`, title: 'T'.repeat(10_000), text: '字'.repeat(FULL_SAMPLE_CHARS + 5) })!;
    expect(s.url.length).toBe(MAX_URL_CHARS);
    expect(s.title.length).toBe(MAX_TITLE_CHARS);
    expect(s.text.length).toBe(FULL_SAMPLE_CHARS);
    expect(s.truncated).toBe(true);
  });
});

describe('sanitizeVerdict', () => {
  test('a well-formed verdict comes back equal, as a copy', () => {
    const v = good();
    const s = sanitizeVerdict(v)!;
    expect(s).toEqual(v);
    expect(s).not.toBe(v);
    expect(s.tips[0]).not.toBe(v.tips[0]);
    expect(sanitizeVerdict({ ...good(), truncated: true })!.truncated).toBe(true);
    expect('truncated' in sanitizeVerdict({ ...good(), truncated: 'yes' })!).toBe(false);
  });

  test('not an object, or a wrong kind / level / score / arrays: rejected', () => {
    for (const x of [null, undefined, 1, 'overdue', [good()]]) expect(sanitizeVerdict(x)).toBeNull();
    const bad: Record<string, unknown>[] = [
      { kind: 'loan' },
      { kind: undefined },
      { kind: ['overdue'] },
      { level: 'extreme' },
      { level: 2 },
      { score: '7' },
      { score: NaN },
      { score: Infinity },
      { reasons: 'overdue-notice' },
      { reasons: undefined },
      { tips: {} },
      { tips: null },
    ];
    for (const patch of bad) expect(sanitizeVerdict({ ...good(), ...patch }), JSON.stringify(patch)).toBeNull();
  });

  test('bad reasons and tips are dropped one by one, the rest kept', () => {
    const v = {
      ...good(),
      reasons: ['ok', 7, null, 'x'.repeat(201), { r: 1 }, 'fine'],
      tips: [
        good().tips[0],
        null,
        'tip',
        { id: 'lawsuit', start: '1', end: 2, text: '起诉' },
        { id: 'lawsuit', start: 1, end: NaN, text: '起诉' },
        { id: 'x'.repeat(65), start: 1, end: 2, text: '起诉' },
        { id: 'lawsuit', start: 1, end: 2, text: 'x'.repeat(2001) },
        { id: 'lawsuit', start: 1, end: 2 },
        { id: 'lawsuit', start: 3, end: 5, text: '起诉', extra: '<img src=x onerror=alert(1)>' },
      ],
    };
    const s = sanitizeVerdict(v)!;
    expect(s.reasons).toEqual(['ok', 'fine']);
    expect(s.tips).toEqual([good().tips[0], { id: 'lawsuit', start: 3, end: 5, text: '起诉' }]);
  });

  test('a malformed rate is dropped, the tip kept; unknown jurisdiction becomes "unknown"', () => {
    const tip = { id: 'rate-claim', start: 1, end: 5, text: '日息万五' };
    for (const rate of [null, 'daily', { basis: 'daily' }, { basis: 'daily', percent: '0.05' }, { basis: 'x'.repeat(21), percent: 1 }]) {
      const s = sanitizeVerdict({ ...good(), tips: [{ ...tip, rate }] })!;
      expect(s.tips, JSON.stringify(rate)).toEqual([tip]);
    }
    const s = sanitizeVerdict({ ...good(), tips: [{ ...tip, rate: { basis: 'daily', percent: 0.05, periods: 'many' } }] })!;
    expect(s.tips[0]!.rate).toEqual({ basis: 'daily', percent: 0.05 });
    for (const j of ['mars', 7, undefined, null]) expect(sanitizeVerdict({ ...good(), jurisdiction: j })!.jurisdiction).toBe('unknown');
    expect(sanitizeVerdict({ ...good(), jurisdiction: 'hk' })!.jurisdiction).toBe('hk');
  });

  test('huge arrays are capped; extra fields and getters do not survive', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ id: 'lawsuit', start: i, end: i + 1, text: '诉' }));
    const s = sanitizeVerdict({ ...good(), reasons: Array(500).fill('r'), tips: many, evil: () => 1 })!;
    expect(s.reasons).toHaveLength(50);
    expect(s.tips).toHaveLength(500);
    expect(Object.keys(s).sort()).toEqual(['jurisdiction', 'kind', 'level', 'reasons', 'score', 'tips']);
    let reads = 0;
    const sneaky = { ...good() } as Record<string, unknown>;
    Object.defineProperty(sneaky, 'kind', { get: () => (++reads > 1 ? 'scam' : 'lender'), enumerable: true });
    const t = sanitizeVerdict(sneaky)!;
    // whatever the getter answers later, the copy holds one value and is a plain data property
    const d = Object.getOwnPropertyDescriptor(t, 'kind')!;
    expect('value' in d && !('get' in d && d.get)).toBe(true);
    expect(['lender', 'scam']).toContain(t.kind);
  });
});
