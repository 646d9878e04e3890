/** Total cost of an offer: figures, 砍头息, fees paid apart, and refusal of unusable input. */
import { describe, expect, test } from 'vitest';
import { costOf } from '../../components/toolkit/CostCalculator';

const v = (o: Partial<Record<'principal' | 'received' | 'periods' | 'payment' | 'fees', string>>) => ({
  principal: '10000', received: '9000', periods: '12', payment: '933.33', fees: '', ...o,
});

describe('total cost', () => {
  test('fact E9 example: ¥9,000 received of ¥10,000, 1% a month on ¥10,000 over 12 months ≈ 42% a year', () => {
    const r = costOf(v({}), 'zh-CN')!;
    expect(r.total).toBeCloseTo(11199.96, 2);
    expect(r.cost).toBeCloseTo(2199.96, 2);
    expect(r.deducted).toBe(1000);
    expect(r.deductedPct).toBeCloseTo(10, 6);
    const apr = Number(/(\d+(?:\.\d+)?)%/.exec(r.sentences[1]!)![1]);
    expect(apr).toBeGreaterThan(40);
    expect(apr).toBeLessThan(44);
  });
  test('nothing deducted: the same rate on contract and received; a fee paid apart raises it', () => {
    const plain = costOf(v({ received: '' }), 'en')!;
    expect(plain.deducted).toBe(0);
    const withFee = costOf(v({ received: '', fees: '500' }), 'en')!;
    expect(withFee.cost).toBeCloseTo(plain.cost + 500, 6);
    const rate = (s: string[]) => Number(/(\d+(?:\.\d+)?)%/.exec(s[1]!)![1]);
    expect(rate(withFee.sentences)).toBeGreaterThan(rate(plain.sentences));
  });
  test.each([
    [{ principal: '' }], [{ periods: '1.5' }], [{ periods: '601' }], [{ payment: '-1' }], [{ fees: '9000' }], [{ received: 'abc' }],
  ])('unusable input %j gives null', (o) => {
    expect(costOf(v(o), 'zh-CN')).toBeNull();
  });
  test('full-width digits and separators are read', () => {
    expect(costOf(v({ principal: '１０,０００', received: '９０００元' }), 'zh-CN')!.deducted).toBe(1000);
  });
});
