/** Typed rates (万五, 千三, 厘, 0.05%, 0.0005), the received-amount mode (砍头息) and the lines every result states. */
import { describe, expect, it } from 'vitest';
import {
  describeRate, describeReceived, fromDaily, fromMonthlyFee, fromReceivedFee, fromReceivedPlan, lprIsStale, parseRateInput,
} from '../../core/rates';
import { LOCALES } from '../../core/types';

const NOW = new Date('2026-12-02T12:00:00Z');

describe('parseRateInput', () => {
  it.each([
    ['万五', 0.05, 'per-ten-thousand'],
    ['万分之五', 0.05, 'per-ten-thousand'],
    ['萬五', 0.05, 'per-ten-thousand'],
    ['万2.5', 0.025, 'per-ten-thousand'],
    ['万二点五', 0.025, 'per-ten-thousand'],
    ['千三', 0.3, 'per-thousand'],
    ['千分之三', 0.3, 'per-thousand'],
    ['3厘', 0.3, 'li'],
    ['3釐', 0.3, 'li'],
    ['1分', 1, 'fen'],
    ['0.05%', 0.05, 'percent'],
    ['０．０５％', 0.05, 'percent'],
    ['0.05', 0.05, 'percent'],
    ['0.0005', 0.05, 'fraction'],
  ] as const)('%s → %s %% (%s)', (input, percent, as) => {
    const r = parseRateInput(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.percent).toBeCloseTo(percent, 10);
    expect(r.as).toBe(as);
  });
  it('reads the period a prefix names', () => {
    expect(parseRateInput('日息万五')).toMatchObject({ ok: true, basis: 'daily' });
    expect(parseRateInput('月息2厘')).toMatchObject({ ok: true, basis: 'monthly', percent: 0.2 });
    expect(parseRateInput('年化利率 18%')).toMatchObject({ ok: true, basis: 'annual', percent: 18 });
  });
  it.each(['', 'abc', '0', '-1', '万', '千分之', '厘', '%', '1e400'])('rejects %j', (s) => {
    expect(parseRateInput(s).ok).toBe(false);
  });
});

describe('received amount (砍头息, facts E9, E11)', () => {
  it('¥10,000 contract, ¥9,000 received, 12 monthly payments of ¥900', () => {
    const r = fromReceivedPlan({ contract: 10_000, received: 9_000, payment: 900, periods: 12 });
    if (!r.ok) throw new Error(r.error);
    expect(Math.round(r.onContract.apr * 10) / 10).toBe(14.5);
    expect(Math.round(r.onReceived.apr * 10) / 10).toBe(35.1);
    expect(Math.round(r.onReceived.effective * 10) / 10).toBe(41.3);
    const zh = describeReceived(r, 'zh-CN', { now: NOW }).join('\n');
    expect(zh).toContain('按合同借款金额 10,000 元计算，年化约 14.5%');
    expect(zh).toContain('按实际到手的 9,000 元计算，实际年化约 35.1%');
    expect(zh).toContain('《民法典》第670条');
    expect(describeReceived(r, 'en', { now: NOW }).join(' ')).toMatch(/¥9,000 you actually received.*35\.1%.*Civil Code, Art\. 670/s);
    expect(describeReceived(r, 'zh-TW', { now: NOW }).join('')).toContain('《民法典》第670條');
  });
  it('the sheet’s worked example: ¥9,000 of ¥10,000, 1 % a month on ¥10,000 over 12 months ≈ 42 % (E9)', () => {
    const r = fromReceivedFee(1, 12, 10_000, 9_000);
    if (!r.ok) throw new Error(r.error);
    expect(Math.round(r.onReceived.apr)).toBe(42);
    const same = fromMonthlyFee(1, 12, 10_000, 9_000);
    expect(same.ok && same.apr).toBeCloseTo(r.onReceived.apr, 8);
  });
  it('received above the contract amount is refused with its own message', () => {
    const r = fromReceivedPlan({ contract: 9_000, received: 10_000, payment: 900, periods: 12 });
    expect(r).toEqual({ ok: false, error: 'received-above-contract' });
    expect(describeReceived(r, 'zh-CN')[0]).toContain('不能大于合同借款金额');
  });
  it('received equal to the contract: no 砍头息 sentence', () => {
    const r = fromReceivedPlan({ contract: 10_000, received: 10_000, payment: 900, periods: 12 });
    expect(describeReceived(r, 'zh-CN', { now: NOW }).join('')).not.toContain('第670条');
  });
  it('bad numbers give a sentence, never an exception', () => {
    for (const bad of [Number.NaN, -1, 0, Infinity]) {
      const r = fromReceivedPlan({ contract: 10_000, received: bad, payment: 900, periods: 12 });
      expect(r.ok).toBe(false);
      expect(describeReceived(r, 'en').length).toBe(1);
    }
  });
});

describe('every result states the lines', () => {
  it.each(LOCALES)('%s: the 24 %% and 4 × LPR comparisons, with scope and the LPR date', (l) => {
    for (const daily of [0.02, 0.05, 0.1]) {
      const t = describeRate(fromDaily(daily), l, { now: NOW }).join(' ');
      expect(t).toMatch(/24%/);
      expect(t).toMatch(/民间借贷|民間借貸|private lending/);
      expect(t).toContain('2026-01-20');
    }
  });
  it('above 36 % says where to report; below it does not', () => {
    expect(describeRate(fromDaily(0.1), 'zh-CN', { now: NOW }).join('')).toContain('12378');
    expect(describeRate(fromDaily(0.1), 'en', { now: NOW }).join('')).toContain('jubao.nifa.org.cn');
    expect(describeRate(fromDaily(0.05), 'zh-CN', { now: NOW }).join('')).not.toContain('12378');
  });
  it('an LPR older than 3 months says it may have changed and where to check', () => {
    expect(lprIsStale(new Date('2026-04-19T00:00:00Z'))).toBe(false);
    expect(lprIsStale(new Date('2026-04-21T00:00:00Z'))).toBe(true);
    expect(describeRate(fromDaily(0.05), 'zh-CN', { now: NOW }).join('')).toContain('此后可能已调整');
    expect(describeRate(fromDaily(0.05), 'zh-CN', { now: new Date('2026-02-01') }).join('')).not.toContain('此后可能已调整');
  });
  it('a daily rate above 0.5 % asks whether a smaller one was meant instead of compounding it', () => {
    const t = describeRate(fromDaily(5), 'zh-CN', { now: NOW }).join('\n');
    expect(t).toContain('是不是想输入每天 0.05%');
    expect(t).not.toMatch(/\d{7,}/);
    expect(describeRate(fromDaily(5), 'en', { now: NOW }).join(' ')).toContain('Did you mean 0.05% a day?');
    expect(describeRate(fromDaily(0.05), 'zh-CN', { now: NOW }).join('')).not.toContain('是不是想');
  });
});
