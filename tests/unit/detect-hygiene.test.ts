/**
 * Cue hygiene: no everyday word is a cue. Every rule that fires on one phrase alone (no `near`
 * condition) is listed, and none of them may fire on everyday sentences (our own) that use money
 * words in other senses; no such sentence is flagged; the gate's own cue list holds no everyday word.
 */
import { describe, expect, it } from 'vitest';
import { classify, firedRuleIds } from '../../core/detect/index';
import { GATE_PHRASES, RULES } from '../../core/detect/rules';

const EVERYDAY = [
  '这款手机的续航超预期，拍照也不错。',
  '牛奶已经过期三天了，别喝。',
  '图书馆的书借了两周，记得按时归还。',
  '我跟同事借了一支笔。',
  '房贷利率下调后，月供少了两百元。',
  '本月信用卡还款日是15号，已设置自动还款。',
  '存款利率又降了，定期存款不划算。',
  '快递在驿站放了五天，逾期要收保管费。',
  '护照过期了要去出入境办理换发。',
  '商场周年庆，手机可以12期免息分期。',
  '今天和房东协商了一下房租的事。',
  '冰箱里的肉拿出来解冻。',
  '这个月电费扣款失败，要重新绑定银行卡。',
  '公司财务说报销下周到账。',
  '银行年报显示不良贷款率稳中有降。',
  '宝宝发烧了，吃了退烧药好一点。',
  '他预期下半年经济会回暖。',
  '这家店的利息计算器很好用，可以算存款收益。',
  'The library book is overdue, please return it.',
  'I will lend you my umbrella.',
  'APR stands for annual percentage rate in this finance course.',
  '作业逾期提交会扣分。',
  '驾驶证逾期未换证需要先体检。',
  '朋友之间借钱写个借条比较好。',
];

/** Rules that fire on one phrase alone, and the everyday words that must never be one of their phrases. */
const singles = RULES.filter((r) => r.class !== 'none' && !r.near);
const EVERYDAY_WORDS = ['预期', '过期', '借', '还款', '利率', '利息', '分期', '协商', '冻结', '扣款', '财务', '到期', '解冻'];

describe('cue hygiene', () => {
  it('lists the single-phrase triggers (rules without a near condition)', () => {
    expect(singles.length).toBeGreaterThan(5);
    for (const r of singles) for (const w of EVERYDAY_WORDS) expect(r.phrases, `${r.id} has "${w}" alone`).not.toContain(w);
  });
  it('the gate cue list holds no everyday word', () => {
    for (const w of EVERYDAY_WORDS) expect(GATE_PHRASES, w).not.toContain(w);
  });
  it.each(EVERYDAY.map((s) => [s]))('stays quiet on: %s', (s) => {
    const fired = firedRuleIds({ text: s });
    expect(fired.filter((id) => singles.some((r) => r.id === id))).toEqual([]);
    expect(classify({ text: s }).kind).toBe('none');
  });
});
