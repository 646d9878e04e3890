/** Stance and fitting tips, on texts we wrote ourselves. */
import { describe, expect, it } from 'vitest';
import { classify } from '../../core/detect/index';

describe('stance: warning against a scheme is not selling it', () => {
  it('a police warning about paid 停息挂账 is scam-topic, stance warns', () => {
    const v = classify({ text: '警方提醒：警惕“停息挂账”骗局。不法分子自称专业协商团队，以代办停息挂账、债务优化为名收取高额服务费，切勿相信，谨防被骗。' });
    expect(v.kind).toBe('scam');
    expect(v.stance).toBe('warns');
  });
  it('an agency pitch is stance promotes', () => {
    const v = classify({ text: '专业团队办理停息挂账、债务优化，信用卡网贷逾期均可协商，全国可做，免费咨询，添加微信了解成功案例。' });
    expect(v.kind).toBe('scam');
    expect(v.stance).toBe('promotes');
  });
});

describe('tips that fit the claim', () => {
  it('no mark inside a 《…》 law title', () => {
    const text = '信用卡逾期被银行起诉怎么办？根据《中华人民共和国民事诉讼法》，收到支付令可以提出异议。网贷逾期也可能被起诉。';
    const v = classify({ text });
    for (const t of v.tips) {
      const open = text.lastIndexOf('《', t.start);
      const close = text.lastIndexOf('》', t.start);
      expect(open < 0 || close > open, `${t.id} at ${t.start} is inside 《…》`).toBe(true);
    }
  });
  it('at most two marks per tip and page', () => {
    const text = '网贷逾期会上征信吗？逾期会上征信，影响征信记录，征信报告会有不良记录。'.repeat(5);
    const v = classify({ text });
    const per = new Map<string, number>();
    for (const t of v.tips) per.set(t.id, (per.get(t.id) ?? 0) + 1);
    for (const [id, n] of per) expect(n, id).toBeLessThanOrEqual(2);
  });
  it('no "not a crime" tip on a police warning about renting out bank cards', () => {
    const v = classify({ text: '警方提醒：出租出借银行卡涉嫌帮信罪，可能被判刑、追究刑事责任。警惕网贷诈骗，不要轻信“注销校园贷”电话。' });
    expect(v.tips.map((t) => t.id)).not.toContain('jail-threat');
  });
});
