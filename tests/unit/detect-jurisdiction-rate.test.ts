/** Jurisdiction from host ccTLD and vocabulary; rate parsing into RateClaim. */
import { describe, expect, it } from 'vitest';
import { classify } from '../../core/detect/index';
import type { RateClaim } from '../../core/types';

describe('jurisdiction', () => {
  const overdue = '信用卡逾期被催收,银行起诉了怎么办';
  it.each([
    ['https://www.example.com.tw/a', overdue, 'tw'],
    ['https://news.example.hk/a', overdue, 'hk'],
    ['https://law.example.jp/a', overdue, 'other'],
    ['https://example.com/a', '卡債逾期可以走前置協商,不行再聲請更生', 'tw'],
    ['https://example.com/a', '二線財務追數點算?卡數太多', 'hk'],
    ['https://example.com/a', 'Under the FDCPA a debt collector must send debt validation', 'other'],
    ['https://example.com/a', '借呗逾期上征信,人民银行征信中心可以查', 'cn'],
    [undefined, '借呗逾期会被催收吗', 'cn'],
    [undefined, '天气很好', 'unknown'],
  ] as const)('%s %s → %s', (url, text, want) => {
    expect(classify({ url, text }).jurisdiction).toBe(want);
  });
});

function rateOf(text: string): RateClaim | undefined {
  const v = classify({ text: '网贷平台借款利率说明:' + text });
  return v.tips.find((t) => t.id === 'rate-claim')?.rate;
}

describe('rate claims', () => {
  it.each([
    ['日息万五', { basis: 'daily', percent: 0.05 }],
    ['日利率0.05%', { basis: 'daily', percent: 0.05 }],
    ['日利率低至0.02%', { basis: 'daily', percent: 0.02 }],
    ['日息万分之五', { basis: 'daily', percent: 0.05 }],
    ['日利率万分之3', { basis: 'daily', percent: 0.03 }],
    ['月费率0.6%,分12期', { basis: 'monthly-fee', percent: 0.6, periods: 12 }],
    ['分期手续费每期0.75%', { basis: 'monthly-fee', percent: 0.75 }],
    ['分12期，每期手续费率0.6%', { basis: 'monthly-fee', percent: 0.6, periods: 12 }],
    ['分期手续费率为0.5%', { basis: 'monthly-fee', percent: 0.5 }],
    ['月利率1.5%', { basis: 'monthly', percent: 1.5 }],
    ['年化利率18%', { basis: 'annual', percent: 18 }],
    ['日利率：０．０４％', { basis: 'daily', percent: 0.04 }],
  ] as const)('%s', (text, want) => {
    expect(rateOf(text)).toEqual(want);
  });
  it('marks the rate with its number in the original text', () => {
    const text = '网贷平台借款利率说明:日息萬五,随借随还';
    const t = classify({ text }).tips.find((x) => x.id === 'rate-claim')!;
    expect(t.text).toBe('日息萬五');
    expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('a rate word without a number is not a claim', () => {
    expect(rateOf('日利率是怎么算的')).toBeUndefined();
  });
});
