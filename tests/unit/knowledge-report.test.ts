/** The reviewer's table (npm run -s facts:report): every shown legal sentence has a fact, every fact a source. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../core/knowledge/facts';
import { SOURCE_BY_ID } from '../../core/knowledge/sources';
import { RATE_TEXT_FACTS, reportRows } from '../../core/knowledge/report';
import { toolkitReportRows } from '../../core/letters/report';
import { ADVICE } from '../../core/message/advice';
import { TEMPLATES } from '../../core/letters/templates';
import { RATE_TEXT } from '../../core/rates/text';
import { LOCALES } from '../../core/types';

describe('facts report', () => {
  const rows = [...reportRows(), ...toolkitReportRows()];
  it('every shown statement has ≥ 1 fact id, sources, a confidence and a review date, in all three locales', () => {
    expect(rows.length).toBeGreaterThan(150);
    for (const r of rows) {
      expect(r.factIds.length, r.where).toBeGreaterThan(0);
      expect(r.sources.length, r.where).toBeGreaterThan(0);
      expect(r.confidence, r.where).not.toBe('none');
      expect(r.reviewed, r.where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const l of LOCALES) expect(r.text[l].trim(), `${r.where} ${l}`).not.toBe('');
    }
  });
  it('lists every toolkit advice sentence and every law / ask statement of every letter with its facts', () => {
    for (const key of Object.keys(ADVICE)) expect(rows.some((r) => r.where.endsWith(`› ${key}`)), key).toBe(true);
    const letterRows = rows.filter((r) => r.where.startsWith('toolkit › letter '));
    const statements = TEMPLATES.flatMap((t) => t.body.filter((s) => s.kind !== 'user'));
    expect(letterRows.map((r) => r.text['zh-CN'])).toEqual(statements.map((s) => s.text));
    const transfer = rows.find((r) => r.where.startsWith('toolkit › letter transfer') && r.text['zh-CN'].includes('未通知债务人'))!;
    expect(transfer.factIds).toEqual(['A14']);
    expect(transfer.sources.join(' ')).toMatch(/民法典.*第546条/);
  });
  it('every fact has a source that exists', () => {
    for (const f of FACTS) {
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      for (const s of f.sources) expect(SOURCE_BY_ID.has(s), `${f.id} → ${s}`).toBe(true);
    }
  });
  it('every rate sentence is classified; any that states a line or a law names its facts', () => {
    expect(Object.keys(RATE_TEXT_FACTS).sort()).toEqual(Object.keys(RATE_TEXT).sort());
    for (const [k, facts] of Object.entries(RATE_TEXT_FACTS)) {
      const zh = RATE_TEXT[k as keyof typeof RATE_TEXT]['zh-CN'];
      if (/24%|36%|LPR|法|民间借贷/.test(zh)) expect(facts, k).not.toBeNull();
    }
  });
  it('the report shows the payment-order consequence with 民事诉讼法 第227条 and 砍头息 with 民法典 第670条', () => {
    const po = rows.find((r) => r.where.startsWith('fact A11'))!;
    expect(po.text['zh-CN']).toContain('直接申请法院强制执行');
    expect(po.sources.join(' ')).toMatch(/民事诉讼法.*第227条/);
    const up = rows.find((r) => r.where.endsWith('› upfront'))!;
    expect(up.sources.join(' ')).toMatch(/民法典.*第670条/);
  });
  it('`npm run -s facts:report -- --out -` writes one HTML table with a row per statement', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/facts-report.ts', '--out', '-'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect((r.stdout.match(/<tr data-confidence=/g) ?? []).length).toBe(rows.length);
    expect(r.stdout).toContain('銀發〔2016〕111號');
  }, 60_000);
});
