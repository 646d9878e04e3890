/**
 * Evidence log model: entry validation and bounds, backup export → import round trip, every way
 * an import is refused (and that a refusal carries no entries), merging, and the summary text.
 */
import { describe, expect, test } from 'vitest';
import { countEntries, summaryText } from '../../core/evidence/summary';
import { fromBase64, sniffImage, toBase64 } from '../../core/evidence/shot-data';
import { BACKUP_VERSION, backupShots, exportBackup, mergeEntries, parseBackup } from '../../core/evidence/transfer';
import { LIMITS, type EvidenceEntry } from '../../core/evidence/types';
import { draftProblems, localMinute, makeEntry, newId, parseEntry, sortEntries, validAt } from '../../core/evidence/validate';

/** A 1×1 PNG's first bytes are enough for the sniffer; the rest is padding. */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 1, 2, 3]);

const entry = (over: Partial<EvidenceEntry> = {}): EvidenceEntry => ({
  ...makeEntry({ at: '2026-11-30T21:15', channel: 'call', who: '138 0000 0000', said: '说再不还就联系你单位', rules: ['third-party'] }, newId(), 1_000),
  ...over,
});

describe('entries', () => {
  test('times must be real calendar minutes', () => {
    expect(validAt('2026-02-28T23:59')).toBe(true);
    expect(validAt('2026-02-29T10:00')).toBe(false);
    expect(validAt('2026-13-01T10:00')).toBe(false);
    expect(validAt('2026-01-01T24:00')).toBe(false);
    expect(validAt('2026-01-01 10:00')).toBe(false);
    expect(validAt(20260101)).toBe(false);
    expect(localMinute(new Date(2026, 0, 5, 7, 3))).toBe('2026-01-05T07:03');
  });

  test('draft problems name each bad field', () => {
    expect(draftProblems({ at: '', channel: 'call', who: '', said: ' ', rules: [] })).toEqual(['at', 'said']);
    expect(draftProblems({ at: '2026-01-01T10:00', channel: 'fax' as 'call', who: 'x'.repeat(LIMITS.who + 1), said: 'y'.repeat(LIMITS.said + 1), rules: [] }))
      .toEqual(['channel', 'said-too-long', 'who-too-long']);
  });

  test('makeEntry trims, drops unknown rules and duplicates, strips control characters', () => {
    const e = makeEntry({ at: '2026-01-01T10:00', channel: 'sms', who: ' 张三\u0007 ', said: ' 爆通讯录\r\n明天 ', rules: ['third-party', 'third-party', 'nope' as 'third-party'] }, 'abc', 5);
    expect(e).toMatchObject({ who: '张三', said: '爆通讯录\n明天', rules: ['third-party'], created: 5, updated: 5, screenshots: [] });
  });

  test('parseEntry refuses what cannot be repaired and repairs the rest', () => {
    expect(parseEntry(null)).toBeNull();
    expect(parseEntry([])).toBeNull();
    expect(parseEntry({ ...entry(), id: '../x' })).toBeNull();
    expect(parseEntry({ ...entry(), at: 'yesterday' })).toBeNull();
    expect(parseEntry({ ...entry(), said: '   ' })).toBeNull();
    const fixed = parseEntry({
      ...entry(), who: 7, rules: ['impersonation', 'bogus'], extra: 'dropped', updated: -1,
      screenshots: [{ id: 's1', type: 'image/png', size: 10, name: 'a.png' }, { id: 's2', type: 'text/html', size: 10 }, { id: 's3', type: 'image/png', size: LIMITS.screenshotBytes + 1 }],
    });
    expect(fixed).not.toBeNull();
    expect(fixed!.who).toBe('');
    expect(fixed!.rules).toEqual(['impersonation']);
    expect(fixed!.screenshots.map((s) => s.id)).toEqual(['s1']);
    expect('extra' in fixed!).toBe(false);
    expect(fixed!.updated).toBe(fixed!.created);
    expect(parseEntry({ ...entry(), said: 'x'.repeat(LIMITS.said * 2) })!.said.length).toBe(LIMITS.said);
  });

  test('sortEntries orders by when it happened', () => {
    const a = entry({ at: '2026-01-02T10:00' });
    const b = entry({ at: '2026-01-01T10:00' });
    expect(sortEntries([a, b]).map((e) => e.at)).toEqual(['2026-01-01T10:00', '2026-01-02T10:00']);
  });
});

describe('backup', () => {
  test('export → import gives the same entries; a screenshot without bytes is left out', () => {
    const list = [entry({ screenshots: [{ id: 's1', type: 'image/png', size: 3, name: 'x' }] }), entry({ at: '2026-12-01T08:00', channel: 'relative' })];
    const text = exportBackup(list, new Date('2026-12-02T10:00:00Z'));
    const back = parseBackup(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.entries).toEqual(sortEntries(list).map((e) => ({ ...e, screenshots: [] })));
    expect(back.shots.size).toBe(0);
    expect(JSON.parse(text).version).toBe(BACKUP_VERSION);
  });

  test('screenshots travel as base64 with type and size, and come back byte for byte', () => {
    const shot = { id: 's1', type: 'image/png', size: PNG.length, name: 'call.png' };
    const list = [entry({ screenshots: [shot] })];
    const text = exportBackup(list, new Date(), new Map([['s1', PNG]]));
    expect(JSON.parse(text).entries[0].screenshots[0]).toEqual({ ...shot, data: toBase64(PNG) });
    const back = parseBackup(text);
    if (!back.ok) throw new Error(back.error);
    expect(back.entries[0]!.screenshots).toEqual([shot]);
    expect([...back.shots.get('s1')!]).toEqual([...PNG]);
  });

  test('a version-1 file (text only) still imports', () => {
    const v1 = { ...JSON.parse(exportBackup([entry({ screenshots: [{ id: 's1', type: 'image/png', size: 3, name: '' }] })], new Date())), version: 1 };
    v1.entries[0].screenshots = [{ id: 's1', type: 'image/png', size: 3, name: '' }];
    const r = parseBackup(JSON.stringify(v1));
    expect(r.ok && r.entries[0]!.screenshots).toEqual([]);
  });

  test.each<[string, (s: Record<string, unknown>) => unknown]>([
    ['not an image (type says png)', (s) => ({ ...s, data: toBase64(new TextEncoder().encode('<svg onload=alert(1)>')), size: 21 })],
    ['bytes of another type', (s) => ({ ...s, type: 'image/jpeg' })],
    ['a type we do not keep', (s) => ({ ...s, type: 'image/svg+xml' })],
    ['a size that lies', (s) => ({ ...s, size: PNG.length + 1 })],
    ['no data', (s) => ({ ...s, data: undefined })],
    ['data that is not base64', (s) => ({ ...s, data: '!!!!' })],
    ['base64 with whitespace', (s) => ({ ...s, data: ` ${String(s.data)}` })],
    ['over the per-screenshot cap', (s) => ({ ...s, size: LIMITS.screenshotBytes + 1 })],
    ['too many on one entry', (s) => Array.from({ length: LIMITS.screenshotsPerEntry + 1 }, (_, i) => ({ ...s, id: `s${i}` }))],
  ])('refuses the whole file for a screenshot with %s', (_name, spoil) => {
    const file = JSON.parse(exportBackup([entry(), entry({ screenshots: [{ id: 's1', type: 'image/png', size: PNG.length, name: '' }] })], new Date(), new Map([['s1', PNG]])));
    const e = file.entries[1];
    const bad = spoil(e.screenshots[0]);
    e.screenshots = Array.isArray(bad) ? bad : [bad];
    const r = parseBackup(JSON.stringify(file));
    expect(r).toEqual({ ok: false, error: 'bad-shot', at: 2 });
  });

  test('the same screenshot id twice is refused', () => {
    const s = { id: 's1', type: 'image/png', size: PNG.length, name: '' };
    const file = JSON.parse(exportBackup([entry({ screenshots: [s] }), entry({ screenshots: [s] })], new Date(), new Map([['s1', PNG]])));
    expect(parseBackup(JSON.stringify(file))).toEqual({ ok: false, error: 'bad-shot', at: 2 });
  });

  test('backupShots keeps to the total cap and counts what it leaves out', () => {
    const big = (id: string) => ({ id, type: 'image/png', size: LIMITS.screenshotBytes, name: '' });
    const n = LIMITS.backupShotBytes / LIMITS.screenshotBytes;
    const list = Array.from({ length: n + 3 }, (_, i) => entry({ at: `2026-01-01T${String(i % 24).padStart(2, '0')}:00`, screenshots: [big(`b${i}`)] }));
    const r = backupShots(list);
    expect(r.ids).toHaveLength(n);
    expect(r.leftOut).toBe(3);
  });

  test('base64 and the image sniffer are strict', () => {
    expect(fromBase64(toBase64(PNG))).toEqual(PNG);
    expect(fromBase64('YQ')).toBeNull(); // unpadded
    expect(fromBase64('YQ==\n')).toBeNull();
    expect(sniffImage(PNG)).toBe('image/png');
    expect(sniffImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImage(new TextEncoder().encode('GIF89a'))).toBe('image/gif');
    expect(sniffImage(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffImage(new TextEncoder().encode('<svg/>'))).toBeNull();
  });

  const valid = () => JSON.parse(exportBackup([entry()], new Date())) as Record<string, unknown>;
  test.each<[string, string, string]>([
    ['not JSON', '{"format": "loan-guard-evidence", ', 'corrupt'],
    ['truncated bytes', exportBackup([entry()], new Date()).slice(0, 40), 'corrupt'],
    ['an array', '[]', 'not-backup'],
    ['another format', JSON.stringify({ ...valid(), format: 'loan-guard-settings' }), 'not-backup'],
    ['a newer version', JSON.stringify({ ...valid(), version: 99 }), 'wrong-version'],
    ['__proto__ key', '{"format":"loan-guard-evidence","version":1,"entries":[],"__proto__":{"polluted":1}}', 'prototype'],
    ['nested constructor key', '{"format":"loan-guard-evidence","version":1,"entries":[{"constructor":{"prototype":{}}}]}', 'prototype'],
    ['a bad entry', JSON.stringify({ ...valid(), entries: [entry(), { id: 'x', at: 'nope' }] }), 'bad-entry'],
  ])('refuses %s', (_name, text, error) => {
    const r = parseBackup(text);
    expect(r).toMatchObject({ ok: false, error });
    expect('entries' in r).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('bad entry says which one', () => {
    expect(parseBackup(JSON.stringify({ ...valid(), entries: [entry(), { id: 'x' }] }))).toEqual({ ok: false, error: 'bad-entry', at: 2 });
  });

  test('refuses a file too large, by reported size or by length, and too many entries', () => {
    expect(parseBackup('{}', LIMITS.backupBytes + 1)).toEqual({ ok: false, error: 'too-large' });
    expect(parseBackup(' '.repeat(LIMITS.backupBytes + 1))).toEqual({ ok: false, error: 'too-large' });
    const many = { ...valid(), entries: Array.from({ length: LIMITS.entries + 1 }, () => ({})) };
    expect(parseBackup(JSON.stringify(many))).toEqual({ ok: false, error: 'too-many' });
  });

  test('merge adds new ids, keeps the later edit, keeps local screenshots, deletes nothing', () => {
    const a = entry({ updated: 10, screenshots: [{ id: 's1', type: 'image/png', size: 3, name: '' }] });
    const b = entry({ updated: 10 });
    const newerA = { ...a, said: 'edited', updated: 20, screenshots: [] };
    const olderB = { ...b, said: 'old', updated: 5 };
    const c = entry({ at: '2025-01-01T00:00' });
    const m = mergeEntries([a, b], [newerA, olderB, c])!;
    expect([m.added, m.updated, m.unchanged]).toEqual([1, 1, 1]);
    expect(m.entries.find((e) => e.id === a.id)).toMatchObject({ said: 'edited', screenshots: a.screenshots });
    expect(m.entries.find((e) => e.id === b.id)!.said).toBe(b.said);
    expect(m.entries[0]!.id).toBe(c.id);
  });
});

describe('summary', () => {
  const list = [
    entry({ at: '2026-11-02T23:10', channel: 'call', rules: ['call-pattern'] }),
    entry({ at: '2026-11-01T09:00', channel: 'relative', who: '', said: '打给我母亲说我欠钱', rules: ['third-party'], screenshots: [{ id: 's', type: 'image/png', size: 1, name: '' }] }),
  ];
  test('counts', () => {
    expect(countEntries(list)).toMatchObject({ total: 2, first: '2026-11-01T09:00', last: '2026-11-02T23:10', byChannel: { call: 1, relative: 1 } });
  });
  test('zh-CN text: dated, in order, with channels, rules and what was said', () => {
    const t = summaryText(list, 'zh-CN', '2026-12-02', '李四');
    expect(t).toContain('制作日期：2026-12-02');
    expect(t).toContain('记录人：李四');
    expect(t).toContain('时间范围：2026-11-01 09:00 至 2026-11-02 23:10');
    expect(t.indexOf('打给我母亲')).toBeLessThan(t.indexOf('说再不还'));
    expect(t).toContain('1. 2026-11-01 09:00 · 联系了我的亲属');
    expect(t).toContain('可能违反：联系第三人或透露欠款（爆通讯录）');
    expect(t).toContain('另有截图 1 张');
  });
  test('English labels in the English summary', () => {
    expect(summaryText(list, 'en', '2026-12-02')).toContain('Made on: 2026-12-02');
    expect(summaryText([], 'zh-TW', '2026-12-02')).toContain('共 0 條記錄');
  });
});

describe('rules', () => {
  test('every evidence-log rule points at facts that exist', async () => {
    const { FACTS } = await import('../../core/knowledge');
    const { RULE_FACTS } = await import('../../core/evidence/types');
    const ids = new Set(FACTS.map((f) => f.id));
    for (const [rule, facts] of Object.entries(RULE_FACTS)) for (const f of facts) expect(ids.has(f), `${rule}: ${f}`).toBe(true);
  });
});
