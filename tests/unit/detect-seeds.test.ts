/** The five seed articles (all `overdue`) and the claims each of them actually makes. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../../core/detect/index';
import type { TipId } from '../../core/types';

const seeds = path.resolve(__dirname, '../..', '../shared/corpus/seeds');
const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();

/** Claims read from each seed (by file-name prefix). */
const CLAIMS: Record<string, TipId[]> = {
  '000': ['credit-record'], // 逾期 reported to 个人征信报告
  '001': ['impersonation', 'credit-record'], // "逾期执法人员" 上门催收; 个人信用记录
  '002': ['credit-record'], // 催收 article: 信用记录 damage
  '003': ['family-contact'], // when the lender 联系家人
  '004': ['auto-deduction', 'credit-record', 'lawsuit'], // 余额划扣, 征信, 诉讼
};

describe('seed articles', () => {
  it('there are five', () => expect(files).toHaveLength(5));
  it.each(files.map((f) => [f]))('%s is overdue, cn, with its claims marked', (f) => {
    const text = readFileSync(path.join(seeds, f), 'utf8');
    const v = classify({ text });
    expect(v.kind).toBe('overdue');
    expect(v.level).not.toBe('low');
    expect(v.jurisdiction).toBe('cn');
    const ids = new Set(v.tips.map((t) => t.id));
    for (const claim of CLAIMS[f.slice(0, 3)]!) expect([...ids], claim).toContain(claim);
    // nothing a seed does not claim
    expect(ids.has('credit-repair')).toBe(false);
    expect(ids.has('upfront-fee')).toBe(false);
    expect(ids.has('fake-account-cancel')).toBe(false);
    for (const t of v.tips) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(v.reasons[0]).toMatch(/^overdue\./);
  });
});
