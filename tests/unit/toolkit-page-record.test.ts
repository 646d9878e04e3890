/** "Record this" from the on-page note: which pages offer it, the pending record, its validation. */
import { describe, expect, it } from 'vitest';
import { draftFromPending, MAX_CLAIMS, parsePending, pendingRecord, PENDING_MAX_AGE_MS } from '../../core/evidence/page-record';
import { recordable } from '../../core/evidence/recordable';
import { parseEntry } from '../../core/evidence/validate';
import { classify } from '../../core/detect';
import type { Verdict } from '../../core/types';

const NOW = Date.UTC(2026, 11, 3, 4, 0);
const verdict = (kind: Verdict['kind'], tips: Array<[Verdict['tips'][number]['id'], string]>): Verdict => ({
  kind, level: 'high', score: 90, reasons: [], jurisdiction: 'cn',
  tips: tips.map(([id, text], i) => ({ id, text, start: i * 10, end: i * 10 + text.length })),
});

describe('record this', () => {
  it('is offered on a collection page with a threat, and not on a scam, a lender page or an overdue page without one', () => {
    expect(recordable(verdict('overdue', [['jail-threat', '坐牢']]))).toBe(true);
    expect(recordable(verdict('overdue', [['credit-record', '上征信']]))).toBe(false);
    expect(recordable(verdict('scam', [['impersonation', '执法人员']]))).toBe(false);
    expect(recordable(verdict('lender', [['rate-claim', '日息万五']]))).toBe(false);
    expect(recordable(null)).toBe(false);
  });

  it('a real collection text: the engine’s marked claims become the draft, with the rules they point at', () => {
    const text = '【催收通知】您的网贷已逾期90天，再不还款我们将联系你的家人和单位，执法人员三日内上门，后果自负。逾期不还就爆你通讯录。';
    const v = classify({ text });
    expect(v.kind).toBe('overdue');
    const p = pendingRecord(v, 'https://collect.example.cn/notice?id=1#x', NOW)!;
    expect(p.who).toBe('collect.example.cn');
    expect(p.claims.length).toBeGreaterThan(0);
    for (const c of p.claims) expect(text).toContain(c);
    expect(p.rules).toContain('third-party');
    const d = draftFromPending(p, '网页上的说法：');
    expect(d.channel).toBe('web-page');
    expect(d.said.split('\n')[0]).toBe('网页上的说法：');
    expect(d.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    // the draft is a valid entry once saved
    expect(parseEntry({ ...d, id: 'abc', created: NOW, updated: NOW, screenshots: [] })).not.toBeNull();
  });

  it('bounds the claims: distinct, at most MAX_CLAIMS, each cut, control characters gone; no host for a non-web URL', () => {
    const tips: Array<[Verdict['tips'][number]['id'], string]> = [];
    for (let i = 0; i < 30; i++) tips.push(['jail-threat', `坐牢${i % 12}\u0007${'x'.repeat(400)}`]);
    const p = pendingRecord(verdict('overdue', tips), 'file:///tmp/a.html', NOW)!;
    expect(p.claims).toHaveLength(MAX_CLAIMS);
    for (const c of p.claims) expect(c.length).toBeLessThanOrEqual(200);
    expect(p.claims.join('')).not.toMatch(/[\u0000-\u001F]/);
    expect(p.who).toBe('');
  });

  it('reads a stored pending record defensively: stale, future, malformed or empty ones are refused', () => {
    const good = { at: NOW, who: 'a.example', claims: ['坐牢'], rules: ['legal-threat', 'nonsense'] };
    expect(parsePending(good, NOW)).toEqual({ at: NOW, who: 'a.example', claims: ['坐牢'], rules: ['legal-threat'] });
    expect(parsePending(good, NOW + PENDING_MAX_AGE_MS + 1)).toBeNull();
    expect(parsePending({ ...good, at: NOW + 3_600_000 }, NOW)).toBeNull();
    expect(parsePending({ ...good, claims: [] }, NOW)).toBeNull();
    expect(parsePending({ ...good, claims: [{ toString: () => 'x' }] }, NOW)).toBeNull();
    expect(parsePending('坐牢', NOW)).toBeNull();
    expect(parsePending(null, NOW)).toBeNull();
  });
});
