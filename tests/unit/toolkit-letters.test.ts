/**
 * Letters: each template filled from a form gives the expected text and cites the expected
 * articles (from the facts' sources); statements are tied to existing facts; user statements
 * carry no law; blanks and bad input are handled; complaint deadlines as dates.
 */
import { describe, expect, test } from 'vitest';
import type { EvidenceEntry } from '../../core/evidence/types';
import { FACT_BY_ID } from '../../core/knowledge/facts';
import { addDays, complaintDeadlines } from '../../core/letters/deadlines';
import { citation, fillLetter, MAX_FIELD } from '../../core/letters/fill';
import { FIELD_IDS, TEMPLATES, type LetterId } from '../../core/letters/templates';

const values = {
  name: '张三', contact: '13800000000', lender: '某某消费金融有限公司', account: '1234', collector: '某催收公司',
  situation: '今年失业，收入减少', proposal: '每月还款1000元，分24期', newCreditor: '某资产管理公司',
  report: '2026年3月的逾期记录', correct: '该笔已按时还款', request: '停止向第三人催收', facts: '',
};
const entry: EvidenceEntry = {
  id: 'e1', at: '2026-11-30T23:15', channel: 'relative', who: '自称法务', said: '给我母亲打电话说我欠钱',
  rules: ['third-party', 'impersonation'], screenshots: [], created: 1, updated: 1,
};
const fill = (id: LetterId, v: Partial<typeof values> = values, entries: EvidenceEntry[] = []) => fillLetter(id, { values: v, entries, today: '2026-12-02' });

describe('letters', () => {
  test.each<[LetterId, string[]]>([
    ['plan', ['关于协商还款计划（个性化分期）的申请', '因今年失业，收入减少', '每月还款1000元，分24期', '第70条']],
    ['third-party', ['停止联系本人的亲属、同事及通讯录联系人', '《民法典》第1032条、第1033条', '第1038条', '《个人信息保护法》', '撤回对读取、使用本人通讯录的同意']],
    ['transfer', ['某资产管理公司自称已受让本人在贵机构的债权', '未通知债务人的，该转让对债务人不发生效力', '《民法典》第546条', '向哪个对公账户还款']],
    ['credit', ['个人信用报告异议申请', '2026年3月的逾期记录', '《征信业管理条例》第25条', '20日内']],
    ['complaint', ['投诉书', '一、投诉人：张三；联系方式：13800000000', '二、被投诉机构：某某消费金融有限公司；相关人员或催收方：某催收公司', '三、投诉请求：停止向第三人催收']],
  ])('%s: text and cited articles', (id, expected) => {
    const l = fill(id, values, id === 'complaint' ? [entry] : []);
    expect(l.missing).toEqual([]);
    for (const e of expected) expect(l.text).toContain(e);
    expect(l.text.startsWith('致：某某消费金融有限公司\n')).toBe(true);
    expect(l.text.endsWith('此致\n\n张三\n2026-12-02')).toBe(true);
    expect(l.text).not.toContain('＿');
    expect(l.text).not.toMatch(/\{\w+\}/);
  });

  test('complaint lists the rules of the chosen entries with their articles, and the entries', () => {
    const l = fill('complaint', values, [entry]);
    expect(l.text).toContain('五、可能违反的规定：');
    expect(l.text).toMatch(/- 联系第三人或透露欠款（爆通讯录）（依据：[^）]*第1038条/);
    expect(l.text).toMatch(/- 冒充律师、警察、法院或其他机关（依据：[^\n]*《刑法》第279条/);
    expect(l.text).toContain('附：相关记录（本人如实记录）\n1. 2026-11-30 23:15 · 联系了我的亲属 · 对方：自称法务：给我母亲打电话说我欠钱');
    expect(l.facts).toEqual(expect.arrayContaining(['D17', 'D18', 'F1']));
  });

  test('a complaint with neither typed facts nor entries asks for facts', () => {
    expect(fill('complaint').missing).toEqual(['facts']);
    expect(fill('complaint', { ...values, facts: '11月30日晚11点来电' }).missing).toEqual([]);
  });

  test('optional fields switch statements; required ones are reported and left as blanks', () => {
    const l = fill('plan', { ...values, account: '' });
    expect(l.text).toContain('本人张三，在贵机构有借款。');
    expect(l.text).not.toContain('账号');
    const empty = fill('transfer', {});
    expect(empty.missing).toEqual(['name', 'lender', 'newCreditor', 'contact']);
    expect(empty.text).toContain('＿＿＿＿');
  });

  test('input is bounded and cleaned', () => {
    const l = fill('credit', { ...values, report: `x\u0000${'y'.repeat(MAX_FIELD * 2)}` });
    expect(l.text).not.toContain('\u0000');
    expect(l.text).toContain('y'.repeat(MAX_FIELD - 1));
    expect(l.text).not.toContain('y'.repeat(MAX_FIELD));
  });
});

describe('templates as data', () => {
  test.each(TEMPLATES.map((t) => [t.id, t] as const))('%s: statements tied to facts; user statements carry no law; no threats', (_id, t) => {
    const fields = new Set(t.fields.map(([f]) => f));
    for (const s of t.body) {
      for (const f of s.text.matchAll(/\{(\w+)\}/g)) expect(fields.has(f[1] as never), `${t.id}: {${f[1]}}`).toBe(true);
      if (s.kind === 'user') {
        expect(s.facts).toEqual([]);
        expect(s.text).not.toMatch(/《|第\d+条|法律|规定/);
      } else {
        expect(s.facts.length, s.text).toBeGreaterThan(0);
        for (const f of s.facts) expect(FACT_BY_ID.has(f), `${t.id}: ${f}`).toBe(true);
      }
      expect(s.text).not.toMatch(/曝光|后果自负|走着瞧|起诉你|举报你/);
    }
    for (const [f] of t.fields) expect(FIELD_IDS).toContain(f);
  });

  test('citations name laws once, with their articles, and skip phone-line pages', () => {
    expect(citation(['A4a', 'A4b'])).toMatch(/^《个人信息保护法》第23条、第25条.*第15条/);
    expect(citation(['F2'])).toBe('');
  });
});

describe('complaint deadlines', () => {
  test('dates from today across month and year ends', () => {
    expect(addDays('2026-12-20', 15)).toBe('2027-01-04');
    expect(addDays('2026-02-14', 15)).toBe('2026-03-01');
    expect(addDays('2028-02-14', 15)).toBe('2028-02-29');
  });
  test('shown only when the knowledge base carries the deadline fact (F13)', () => {
    const d = complaintDeadlines('2026-12-02');
    if (FACT_BY_ID.has('F13')) expect(d).toEqual([{ days: 15, date: '2026-12-17' }, { days: 30, date: '2027-01-01' }, { days: 60, date: '2027-01-31' }]);
    else expect(d).toBeNull();
  });
});
