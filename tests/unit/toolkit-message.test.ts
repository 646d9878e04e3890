/**
 * The message check's advice layer: kinds and claims on messages written for this test, the
 * advice and lines chosen for each kind, marks that never overlap, and that every piece of
 * advice names facts that exist (with sources) and has text in all three locales.
 */
import { describe, expect, test } from 'vitest';
import { t } from '../../core/i18n';
import toolkit from '../../core/i18n/catalogs/toolkit';
import { FACTS, HELP_LINES, sourcesOf } from '../../core/knowledge';
import { ADVICE, LINE_IDS, selectAdvice, type AdviceKey } from '../../core/message/advice';
import { checkMessage, MAX_MESSAGE, runs, separateTips } from '../../core/message/check';
import { LOCALES, type Tip } from '../../core/types';

const check = (text: string) => {
  const r = checkMessage(text);
  return { r, a: selectAdvice(r) };
};

describe('message kinds and advice', () => {
  test('a debt-transfer claim: verify with the original lender (A14), never pay a private account (G7)', () => {
    const { r, a } = check('你的债务已转让给我公司，请向我方账户还款');
    expect(r.kind).toBe('overdue');
    expect(r.tips.map((x) => x.id)).toContain('debt-transfer');
    expect(a.advice).toEqual(expect.arrayContaining(['advice.transfer', 'advice.court.no-private', 'advice.record']));
    expect(ADVICE['advice.transfer']).toEqual(['A14', 'G7']);
    expect(a.rules).toContain('unverified-debt');
  });
  test('a bare jail threat gets the "not a crime" advice and 110', () => {
    const { r, a } = check('再不还就让你坐牢，刑事拘留');
    expect(r.kind).toBe('overdue');
    expect(a.advice).toContain('advice.threat');
    expect(a.lines).toContain('110');
  });
  test('collection threat with impersonation and contact-list blasting', () => {
    const { r, a } = check('【催收】你已逾期45天，我司法务部已安排执法人员三日内上门，再不还款就爆通讯录，联系你家人和单位。');
    expect(r.kind).toBe('overdue');
    expect(r.tips.map((x) => x.id)).toEqual(expect.arrayContaining(['impersonation', 'contacts-blast']));
    expect(a.advice).toEqual(expect.arrayContaining(['advice.impersonation', 'advice.third-party', 'advice.complain', 'advice.record']));
    expect(a.lines).toEqual(expect.arrayContaining(['12378', '12363', '110']));
    expect(a.rules).toEqual(expect.arrayContaining(['impersonation', 'third-party']));
    expect(a.advice).not.toContain('advice.scam.no-pay');
  });

  test('upfront-fee scam: don\u2019t pay, don\u2019t install, don\u2019t share codes, 96110 / 110', () => {
    const { r, a } = check('您的贷款已审批通过，但银行卡号填写错误，资金已冻结，请先缴纳解冻金2000元。');
    expect(r.kind).toBe('scam');
    expect(a.advice.slice(0, 4)).toEqual(['advice.scam.no-pay', 'advice.scam.no-install', 'advice.scam.safe-account', 'advice.scam.report']);
    expect(a.lines).toEqual(['110', '96110']);
  });

  test('debt-relief ad is a scam with the free-official-channel advice first', () => {
    const { r, a } = check('停息挂账、债务优化，专业团队帮你协商还款，还能征信修复，先付服务费。');
    expect(r.kind).toBe('scam');
    expect(a.advice[0]).toBe('advice.scam.relief');
  });

  test('诉前调解 notice: verify through 12368, no private account, payment-order window', () => {
    const { r, a } = check('【诉前调解中心】您的欠款纠纷已进入诉前调解程序，请三日内联系调解员，否则将起诉并申请强制执行。');
    expect(r.kind).toBe('overdue');
    expect(a.advice).toEqual(expect.arrayContaining(['advice.court.verify', 'advice.court.no-private', 'advice.court.payment-order']));
    expect(a.lines).toContain('12368');
  });

  test('loan offer: APR and contacts advice, no lines', () => {
    const { r, a } = check('最高可借20万，日息低至万五，3分钟到账，点击申请。');
    expect(r.kind).toBe('lender');
    expect(a.advice).toEqual(['advice.lender.apr', 'advice.lender.contacts']);
    expect(a.lines).toEqual([]);
  });

  test.each([
    '图书馆提醒：您借阅的《活着》已到期，请于3日内归还，逾期将暂停借阅。',
    '您的快递已到达驿站，取件码 8-2-1034，请凭码取件。',
    '您本月电费账单已出，应缴金额128.50元，请在月底前缴纳。',
    '妈，我周末回家吃饭，帮我留点饺子。',
  ])('ordinary message stays quiet: %s', (text) => {
    const { r, a } = check(text);
    expect(r.kind).toBe('none');
    expect(r.tips).toEqual([]);
    expect(a).toEqual({ advice: [], lines: [], rules: [] });
  });

  test('long input is cut and says so', () => {
    const r = checkMessage('你好'.repeat(MAX_MESSAGE));
    expect(r.truncated).toBe(true);
    expect(r.text.length).toBe(MAX_MESSAGE);
  });
});

describe('marks', () => {
  const tip = (start: number, end: number): Tip => ({ id: 'impersonation', start, end, text: '' });
  test('overlapping claims keep the first; runs cover the text exactly once', () => {
    const tips = separateTips([tip(5, 9), tip(0, 3), tip(2, 6), tip(9, 10)]);
    expect(tips.map((x) => [x.start, x.end])).toEqual([[0, 3], [5, 9], [9, 10]]);
    const text = '0123456789AB';
    const rs = runs(text, tips);
    expect(rs.map((x) => x.text).join('')).toBe(text);
    expect(rs.filter((x) => x.tip).map((x) => x.n)).toEqual([1, 2, 3]);
  });
  test('marks on a real message cover the claimed words', () => {
    const { r } = check('执法人员明天上门，再不还爆通讯录');
    for (const x of r.tips) expect(r.text.slice(x.start, x.end)).toBe(x.text);
  });
});

describe('advice data', () => {
  const factIds = new Set(FACTS.map((f) => f.id));
  test.each(Object.entries(ADVICE))('%s names existing facts with sources, text in every locale', (key, facts) => {
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(factIds.has(f), f).toBe(true);
    expect(sourcesOf(facts, 'zh-CN').length).toBeGreaterThan(0);
    for (const l of LOCALES) expect(t(toolkit, l, key as AdviceKey)).not.toBe(key);
  });
  test('every line id is a help line of the knowledge base', () => {
    for (const id of LINE_IDS) expect(HELP_LINES.some((h) => h.id === id), id).toBe(true);
  });
  test('phone numbers in advice text are lines the advice also cites', () => {
    for (const [key, facts] of Object.entries(ADVICE)) {
      const text = t(toolkit, 'zh-CN', key as AdviceKey);
      for (const n of text.match(/\d{3,}/g) ?? []) {
        if (n === '15') continue;
        const cited = facts.some((f) => FACTS.find((x) => x.id === f)!.text['zh-CN'].includes(n));
        expect(cited, `${key}: ${n}`).toBe(true);
      }
    }
  });
});
