/**
 * Rate arithmetic: daily / monthly rates and instalment plans → annual rates, compared with
 * the 24% and 4 × LPR lines (facts E2–E9). Pure functions; bad input gives `{ ok: false }`,
 * never an exception, so the UI can always show something.
 */
import type { RateClaim } from '../types';
import { LPR } from '../knowledge/lpr';

export const MAX_PERIODS = 600; // 50 years of monthly instalments
export const MAX_PERCENT = 1000; // per basis period; anything larger is a typo
export const DEFAULT_PERIODS = 12;
export const CAP_24 = 24;
export const LPR_PERCENT = LPR.percent;
export const LPR_AS_OF = LPR.asOf;
export const LPR_4X = 4 * LPR.percent;

export type RateError = 'invalid' | 'too-many-periods' | 'no-solution';

export interface RateResult {
  ok: true;
  method: 'simple' | 'irr' | 'stated';
  /** nominal annual rate in percent (simple: rate × periods per year; IRR: monthly IRR × 12) */
  apr: number;
  /** effective annual rate in percent, compounding the per-period rate */
  effective: number;
  /** what the rate naively looks like, when that differs (monthly fee × 12) */
  headline?: number;
  /** the number of instalments used, for instalment plans */
  periods?: number;
  /** true when the claim did not state the number of instalments and we assumed DEFAULT_PERIODS */
  assumedPeriods?: boolean;
  /** true when the plan was computed on an amount received that is less than the principal */
  onReceived?: boolean;
  /** for a daily rate: the rate per day in percent (the UI asks about implausible ones) */
  daily?: number;
}

export type RateOutcome = RateResult | { ok: false; error: RateError };

const bad = (error: RateError): RateOutcome => ({ ok: false, error });

function validPercent(p: number): boolean {
  return typeof p === 'number' && Number.isFinite(p) && p > 0 && p <= MAX_PERCENT;
}

function validAmount(x: number): boolean {
  return typeof x === 'number' && Number.isFinite(x) && x > 0 && x < 1e13;
}

function checkPeriods(n: number): RateError | null {
  if (typeof n !== 'number' || !Number.isFinite(n) || !Number.isInteger(n) || n < 1) return 'invalid';
  if (n > MAX_PERIODS) return 'too-many-periods';
  return null;
}

/** A daily rate in percent (日息万五 = 0.05) → simple APR (× 365 or × 360) and daily-compounded rate. */
export function fromDaily(dailyPercent: number, dayBasis: 365 | 360 = 365): RateOutcome {
  if (!validPercent(dailyPercent)) return bad('invalid');
  const d = dailyPercent / 100;
  return {
    ok: true,
    method: 'simple',
    daily: dailyPercent,
    apr: dailyPercent * dayBasis,
    effective: (Math.pow(1 + d, 365) - 1) * 100,
  };
}

/** A monthly interest rate in percent (月息/月利率) → × 12 and monthly-compounded rate. */
export function fromMonthly(monthlyPercent: number): RateOutcome {
  if (!validPercent(monthlyPercent)) return bad('invalid');
  return {
    ok: true,
    method: 'simple',
    apr: monthlyPercent * 12,
    effective: (Math.pow(1 + monthlyPercent / 100, 12) - 1) * 100,
  };
}

/** Present value of `periods` equal payments at per-period rate r. */
function presentValue(payment: number, periods: number, r: number): number {
  if (Math.abs(r) < 1e-12) return payment * periods;
  return (payment * (1 - Math.pow(1 + r, -periods))) / r;
}

/**
 * Per-period IRR of receiving `received` now and paying `payment` at the end of each of
 * `periods` periods. Bisection: present value falls as the rate rises, so it always converges.
 * Returns null when no rate in [0, 10 000 %] per period fits.
 */
export function periodicIRR(received: number, payment: number, periods: number): number | null {
  if (!validAmount(received) || !validAmount(payment) || checkPeriods(periods) !== null) return null;
  // Repaying less than you received is not a cost of credit: no sensible rate to show.
  const total = payment * periods;
  if (total < received * (1 - 1e-12)) return null;
  if (total <= received * (1 + 1e-12)) return 0;
  let lo = 0;
  let hi = 100;
  if (presentValue(payment, periods, hi) > received) return null;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (presentValue(payment, periods, mid) > received) lo = mid;
    else hi = mid;
    if (hi - lo < 1e-13) break;
  }
  return (lo + hi) / 2;
}

export interface InstalmentPlan {
  /** the amount you actually get (after any fee deducted upfront) */
  received: number;
  /** the amount paid each month */
  payment: number;
  /** number of monthly payments */
  periods: number;
}

/** Monthly instalment plan → IRR × 12 as the nominal APR, and the effective annual rate. */
export function fromInstalments(plan: InstalmentPlan): RateOutcome {
  const pErr = checkPeriods(plan.periods);
  if (pErr) return bad(pErr);
  if (!validAmount(plan.received) || !validAmount(plan.payment)) return bad('invalid');
  const r = periodicIRR(plan.received, plan.payment, plan.periods);
  if (r === null) return bad('no-solution');
  return {
    ok: true,
    method: 'irr',
    apr: r * 12 * 100,
    effective: (Math.pow(1 + r, 12) - 1) * 100,
    periods: plan.periods,
  };
}

/**
 * Monthly fee rate on the original principal (月费率/手续费率), repaid in equal principal
 * parts: payment = principal / n + principal × fee. `received` (default: principal) lets a
 * fee deducted upfront (砍头息) be counted.
 */
export function fromMonthlyFee(
  feePercent: number,
  periods: number,
  principal = 10_000,
  received = principal,
): RateOutcome {
  const pErr = checkPeriods(periods);
  if (pErr) return bad(pErr);
  if (!validPercent(feePercent) || !validAmount(principal) || !validAmount(received)) return bad('invalid');
  const payment = principal / periods + (principal * feePercent) / 100;
  const out = fromInstalments({ received, payment, periods });
  if (!out.ok) return out;
  return { ...out, headline: feePercent * 12, ...(received < principal ? { onReceived: true } : {}) };
}

/** For the overlay's rate tips: the annual rate of a rate stated on a page. */
export function aprFromClaim(claim: RateClaim): RateOutcome {
  if (!claim || typeof claim !== 'object') return bad('invalid');
  switch (claim.basis) {
    case 'daily':
      return fromDaily(claim.percent);
    case 'monthly':
      return fromMonthly(claim.percent);
    case 'monthly-fee': {
      const assumed = claim.periods === undefined;
      const out = fromMonthlyFee(claim.percent, claim.periods ?? DEFAULT_PERIODS);
      return out.ok && assumed ? { ...out, assumedPeriods: true } : out;
    }
    case 'annual':
      return validPercent(claim.percent)
        ? { ok: true, method: 'stated', apr: claim.percent, effective: claim.percent }
        : bad('invalid');
    default:
      return bad('invalid');
  }
}

export type LinePosition = 'within' | 'above-4lpr' | 'above-24';

/** Where an annual rate sits against the lines. */
export function comparePosition(apr: number): LinePosition {
  if (apr > CAP_24) return 'above-24';
  if (apr > LPR_4X) return 'above-4lpr';
  return 'within';
}

/**
 * Round for display. `fixed` keeps trailing zeros (13.0 for an IRR estimate, LPR 3.0);
 * otherwise up to `decimals` without trailing zeros (18.25, 7.2).
 */
export function formatPercent(x: number, decimals = 2, fixed = false): string {
  if (!Number.isFinite(x)) return '—';
  return fixed ? x.toFixed(decimals) : String(Number(x.toFixed(decimals)));
}

export const CAP_36 = 36;
/** A daily rate above this (percent per day) is more likely a typo for a smaller one (万五 → 0.05). */
export const DAILY_SANITY = 0.5;
/** The LPR is fixed monthly; after this many months without an update the UI says it may have changed (fact E3). */
export const LPR_REVIEW_MONTHS = 3;

/** True when `now` is more than LPR_REVIEW_MONTHS after the LPR's as-of date. */
export function lprIsStale(now: Date, asOf: string = LPR_AS_OF): boolean {
  const d = new Date(`${asOf}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || Number.isNaN(now.getTime())) return true;
  d.setUTCMonth(d.getUTCMonth() + LPR_REVIEW_MONTHS);
  return now.getTime() > d.getTime();
}

export interface ReceivedPlan {
  /** the amount the contract says you borrowed */
  contract: number;
  /** what actually reached you (after any fee or interest taken off upfront) */
  received: number;
  /** the amount paid each month */
  payment: number;
  periods: number;
}

export interface ReceivedResult {
  ok: true;
  method: 'received';
  contract: number;
  received: number;
  /** the rate as if you had received the whole contract amount */
  onContract: RateResult;
  /** the real rate: on what you actually received */
  onReceived: RateResult;
}

export type ReceivedOutcome = ReceivedResult | { ok: false; error: RateError | 'received-above-contract' };

/**
 * The real rate of an instalment plan on the money received, beside the rate on the contract
 * amount (facts E9, E11: interest taken off upfront — 砍头息). Received must not exceed the
 * contract amount.
 */
export function fromReceivedPlan(plan: ReceivedPlan): ReceivedOutcome {
  const pErr = checkPeriods(plan.periods);
  if (pErr) return { ok: false, error: pErr };
  if (!validAmount(plan.contract) || !validAmount(plan.received) || !validAmount(plan.payment)) return { ok: false, error: 'invalid' };
  if (plan.received > plan.contract) return { ok: false, error: 'received-above-contract' };
  const onContract = fromInstalments({ received: plan.contract, payment: plan.payment, periods: plan.periods });
  const onReceived = fromInstalments({ received: plan.received, payment: plan.payment, periods: plan.periods });
  if (!onContract.ok) return onContract;
  if (!onReceived.ok) return onReceived;
  return { ok: true, method: 'received', contract: plan.contract, received: plan.received, onContract, onReceived };
}

/** The same for a monthly fee on the contract amount (月费率), paid with equal principal parts. */
export function fromReceivedFee(feePercent: number, periods: number, contract: number, received: number): ReceivedOutcome {
  if (!validPercent(feePercent) || !validAmount(contract)) return { ok: false, error: 'invalid' };
  const pErr = checkPeriods(periods);
  if (pErr) return { ok: false, error: pErr };
  return fromReceivedPlan({ contract, received, periods, payment: contract / periods + (contract * feePercent) / 100 });
}
