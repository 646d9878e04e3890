/**
 * Rate results in plain words, one sentence per entry: the annual rate, then where it sits
 * against the 24 % and 4 × LPR lines (with whom each applies to and the LPR's date), and above
 * 36 % where to report. Texts in ./text.ts (zh-TW generated with the knowledge base).
 */
import type { Locale } from '../types';
import {
  CAP_24, CAP_36, DAILY_SANITY, DEFAULT_PERIODS, LPR_4X, LPR_AS_OF, LPR_PERCENT, MAX_PERIODS,
  formatPercent, lprIsStale, type ReceivedOutcome, type RateOutcome,
} from './math';
import { RATE_TEXT, type RateTextKey } from './text';
import { RATE_TEXT_ZH_TW } from './text-zh-TW.generated';

export interface DescribeOptions {
  /** today, for the LPR's review date (default: the clock) */
  now?: Date;
}

/**
 * A rate text in one locale. zh-TW from its own generated table (the same conversion as the
 * knowledge base's; a test compares), so the overlay carries the rate texts only.
 */
export function rateText(key: RateTextKey, locale: Locale): string {
  const txt = RATE_TEXT[key];
  if (locale === 'zh-TW') return RATE_TEXT_ZH_TW[key] ?? txt['zh-CN'];
  return txt[locale] || txt['zh-CN'];
}

function say(key: RateTextKey, locale: Locale, vars: Record<string, string | number> = {}): string {
  return rateText(key, locale).replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** Where an annual rate sits: the 24 % line, the 4 × LPR line (and its date), above 36 % where to report. */
export function describeLines(apr: number, locale: Locale, opts: DescribeOptions = {}): string[] {
  const vars = { line: formatPercent(LPR_4X), lpr: formatPercent(LPR_PERCENT, 1, true), asOf: LPR_AS_OF };
  const out = [
    say(apr > CAP_24 ? 'above24' : 'below24', locale),
    say(apr > LPR_4X ? 'above4lpr' : 'within4lpr', locale, vars),
  ];
  if (lprIsStale(opts.now ?? new Date())) out.push(say('lprStale', locale, vars));
  if (apr > CAP_36) out.push(say('above36', locale));
  return out;
}

const money = (x: number) => (Number.isInteger(x) ? x.toLocaleString('en-US') : x.toLocaleString('en-US', { maximumFractionDigits: 2 }));

export function describeRate(outcome: RateOutcome, locale: Locale, opts: DescribeOptions = {}): string[] {
  if (!outcome.ok) {
    if (outcome.error === 'too-many-periods') return [say('tooManyPeriods', locale, { periods: MAX_PERIODS })];
    if (outcome.error === 'no-solution') return [say('noSolution', locale)];
    return [say('invalid', locale)];
  }
  const apr = outcome.method === 'irr' ? formatPercent(outcome.apr, 1, true) : formatPercent(outcome.apr, 2);
  const effective = formatPercent(outcome.effective, 1, true);
  const out: string[] = [];
  if (outcome.method === 'stated') out.push(say('annual', locale, { apr }));
  else if (outcome.method === 'simple') {
    out.push(say('simple', locale, { apr }));
    if (outcome.daily !== undefined && outcome.daily > DAILY_SANITY) {
      // 5 % a day compounds to billions of percent: ask instead of printing it
      const smaller = formatPercent(outcome.daily / 100, 4);
      out.push(say('dailyTooHigh', locale, { percent: formatPercent(outcome.daily, 4), apr, smaller }));
    } else out.push(say('compounded', locale, { effective }));
  } else {
    out.push(say('irr', locale, { apr, effective }));
    if (outcome.onReceived) out.push(say('received', locale));
    if (outcome.headline !== undefined) out.push(say('headline', locale, { headline: formatPercent(outcome.headline) }));
  }
  if (outcome.assumedPeriods) out.push(say('assumedPeriods', locale, { periods: outcome.periods ?? DEFAULT_PERIODS }));
  return [...out, ...describeLines(outcome.apr, locale, opts)];
}

/** The rate on the contract amount, the real rate on what was received, and the rule on 砍头息 (E11). */
export function describeReceived(outcome: ReceivedOutcome, locale: Locale, opts: DescribeOptions = {}): string[] {
  if (!outcome.ok) {
    if (outcome.error === 'received-above-contract') return [say('receivedAboveContract', locale)];
    return describeRate({ ok: false, error: outcome.error }, locale, opts);
  }
  const { onContract, onReceived, contract, received } = outcome;
  const out = [
    say('onContract', locale, { contract: money(contract), apr: formatPercent(onContract.apr, 1, true) }),
    say('onReceived', locale, {
      received: money(received),
      apr: formatPercent(onReceived.apr, 1, true),
      effective: formatPercent(onReceived.effective, 1, true),
    }),
  ];
  if (received < contract) out.push(say('upfront', locale, { deducted: money(contract - received) }));
  return [...out, ...describeLines(onReceived.apr, locale, opts)];
}
