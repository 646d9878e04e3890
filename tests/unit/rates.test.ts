import { describe, expect, it } from 'vitest';
import {
  aprFromClaim,
  comparePosition,
  describeRate,
  fromDaily,
  fromInstalments,
  fromMonthly,
  fromMonthlyFee,
  MAX_PERIODS,
  periodicIRR,
} from '../../core/rates';
import { LOCALES } from '../../core/types';

function ok(o: ReturnType<typeof fromDaily>) {
  if (!o.ok) throw new Error(`expected ok, got ${o.error}`);
  return o;
}

describe('daily rates (E7)', () => {
  it('日息万五 0.05 %/day → 18.25 % simple, ≈ 20.0 % compounded daily', () => {
    const r = ok(fromDaily(0.05));
    expect(r.apr).toBeCloseTo(18.25, 10);
    expect(r.effective).toBeCloseTo(20.0, 1);
  });
  it.each([
    [0.02, 7.3],
    [0.03, 10.95],
    [0.04, 14.6],
    [0.06, 21.9],
  ])('%s %%/day → %s %%', (d, apr) => {
    expect(ok(fromDaily(d)).apr).toBeCloseTo(apr, 8);
  });
  it('uses ×360 when asked', () => {
    expect(ok(fromDaily(0.05, 360)).apr).toBeCloseTo(18, 8);
  });
});

describe('monthly rates', () => {
  it('1 %/month → 12 % simple, 12.68 % compounded', () => {
    const r = ok(fromMonthly(1));
    expect(r.apr).toBeCloseTo(12, 8);
    expect(r.effective).toBeCloseTo(12.68, 2);
  });
});

describe('monthly fee on 12 instalments (E8)', () => {
  it.each([
    [0.5, 10.9, 11.5, 6],
    [0.6, 13.0, 13.8, 7.2],
    [0.75, 16.2, 17.5, 9],
    [1, 21.5, 23.7, 12],
  ])('%s %%/month → IRR APR ≈ %s %% (effective ≈ %s %%), headline %s %%', (fee, apr, eff, headline) => {
    const r = ok(fromMonthlyFee(fee, 12));
    expect(r.method).toBe('irr');
    expect(Math.round(r.apr * 10) / 10).toBe(apr);
    expect(Math.round(r.effective * 10) / 10).toBe(eff);
    expect(r.headline).toBeCloseTo(headline, 8);
  });
  it('the quick estimate fee × 12 × 2n/(n+1) is close to the IRR', () => {
    const r = ok(fromMonthlyFee(0.6, 12));
    expect(Math.abs(r.apr - 0.6 * 12 * (24 / 13))).toBeLessThan(0.5);
  });
});

describe('砍头息 (E9)', () => {
  it('¥9,000 received, 1 % a month on ¥10,000 over 12 months → ≈ 42 %', () => {
    const r = ok(fromMonthlyFee(1, 12, 10_000, 9_000));
    expect(Math.round(r.apr)).toBe(42);
    expect(r.onReceived).toBe(true);
  });
});

describe('instalment IRR', () => {
  it('zero-interest plan is 0 %', () => {
    expect(ok(fromInstalments({ received: 1200, payment: 100, periods: 12 })).apr).toBeCloseTo(0, 6);
  });
  it('recovers a known monthly rate', () => {
    const r = 0.015;
    const n = 24;
    const payment = (10_000 * r) / (1 - Math.pow(1 + r, -n));
    expect(periodicIRR(10_000, payment, n)!).toBeCloseTo(r, 9);
  });
});

describe('bad inputs never throw', () => {
  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 5000])('daily %s → invalid', (x) => {
    expect(fromDaily(x)).toEqual({ ok: false, error: 'invalid' });
  });
  it('zero, negative, fractional and NaN periods are invalid', () => {
    for (const n of [0, -3, 1.5, Number.NaN]) expect(fromMonthlyFee(0.6, n)).toEqual({ ok: false, error: 'invalid' });
  });
  it('huge periods are refused', () => {
    expect(fromMonthlyFee(0.6, MAX_PERIODS + 1)).toEqual({ ok: false, error: 'too-many-periods' });
    expect(fromMonthlyFee(0.6, 1e9)).toEqual({ ok: false, error: 'too-many-periods' });
  });
  it('payments that can never repay what was received have no solution', () => {
    expect(fromInstalments({ received: 10_000, payment: 1, periods: 2 })).toEqual({ ok: false, error: 'no-solution' });
  });
  it('every error has a sentence in every locale', () => {
    for (const o of [fromDaily(-1), fromMonthlyFee(1, 1e6), fromInstalments({ received: 1e6, payment: 1, periods: 2 })]) {
      for (const l of LOCALES) {
        const s = describeRate(o, l);
        expect(s).toHaveLength(1);
        expect(s[0]!.length).toBeGreaterThan(5);
      }
    }
  });
});

describe('aprFromClaim', () => {
  it('daily claim', () => {
    expect(ok(aprFromClaim({ basis: 'daily', percent: 0.05 })).apr).toBeCloseTo(18.25, 8);
  });
  it('monthly-fee claim with periods', () => {
    const r = ok(aprFromClaim({ basis: 'monthly-fee', percent: 0.6, periods: 12 }));
    expect(Math.round(r.apr * 10) / 10).toBe(13);
    expect(r.assumedPeriods).toBeUndefined();
  });
  it('monthly-fee claim without periods assumes 12 and says so', () => {
    const r = ok(aprFromClaim({ basis: 'monthly-fee', percent: 0.6 }));
    expect(r.assumedPeriods).toBe(true);
    expect(describeRate(r, 'en').join(' ')).toMatch(/assumes 12/);
  });
  it('annual claim is taken as stated', () => {
    expect(ok(aprFromClaim({ basis: 'annual', percent: 36 })).apr).toBe(36);
  });
  it('garbage claims are invalid, not exceptions', () => {
    expect(aprFromClaim({ basis: 'weekly', percent: 1 } as never).ok).toBe(false);
    expect(aprFromClaim(null as never).ok).toBe(false);
    expect(aprFromClaim({ basis: 'daily', percent: Number.NaN }).ok).toBe(false);
  });
});

describe('comparison with the lines', () => {
  it('positions', () => {
    expect(comparePosition(10)).toBe('within');
    expect(comparePosition(12)).toBe('within');
    expect(comparePosition(18.25)).toBe('above-4lpr');
    expect(comparePosition(24)).toBe('above-4lpr');
    expect(comparePosition(42)).toBe('above-24');
  });
  it('plain words name the lender kinds and carry the LPR date', () => {
    const en = describeRate(fromMonthlyFee(1, 12, 10_000, 9_000), 'en').join(' ');
    expect(en).toMatch(/above 24%/);
    expect(en).toMatch(/financial institution/);
    expect(en).toMatch(/private lending/);
    expect(en).toMatch(/2026-01-20/);
    const zh = describeRate(fromDaily(0.05), 'zh-CN').join('');
    expect(zh).toContain('18.25%');
    expect(zh).toContain('民间借贷');
    expect(zh).toContain('2026-01-20');
    expect(describeRate(fromMonthlyFee(0.6, 12), 'zh-CN').join('')).toContain('13.0%');
    expect(describeRate(fromMonthly(0.5), 'en').join(' ')).toMatch(/within 4 × the one-year LPR/);
  });
  it('zh-TW sentences are traditional', () => {
    expect(describeRate(fromDaily(0.05), 'zh-TW').join('')).toContain('單利');
  });
});
