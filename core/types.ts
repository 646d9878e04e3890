/**
 * Shared contracts between the pure core (detection, knowledge, rates, settings)
 * and the browser glue. Pure data types only: no browser APIs here.
 */

export type PageKind = 'lender' | 'overdue' | 'scam' | 'none';
export const FLAGGED_KINDS = ['scam', 'overdue', 'lender'] as const;
export type FlaggedKind = (typeof FLAGGED_KINDS)[number];

export type Level = 'low' | 'medium' | 'high';

/** Where the page's rules come from: the rights we explain are mainland China's (`cn`). */
export type Jurisdiction = 'cn' | 'tw' | 'hk' | 'other' | 'unknown';

/**
 * Stable ids of claim-level findings ("tips"). The knowledge base explains every one
 * (a test checks it), and the overlay marks them on the page.
 */
export const TIP_IDS = [
  'auto-deduction', // "余额会被随时划扣", "自动扣款", 扣微信余额 …
  'family-contact', // 联系家人/父母/单位/紧急联系人 …
  'contacts-blast', // 爆通讯录
  'impersonation', // 执法人员/法务/上门 (collectors presented as law enforcement)
  'jail-threat', // 坐牢/刑事/拘留 for being unable to pay
  'debt-relief-agency', // 停息挂账/债务优化/协商还款 agencies
  'credit-repair', // 征信修复/洗白
  'rate-claim', // 日利率/日息万五/月费率/分期手续费 (carries a RateClaim)
  'lawsuit', // 起诉/支付令/失信/强制执行
  'credit-record', // 上征信/征信记录
  'upfront-fee', // 解冻金/保证金/验资 before a loan is paid out
  'fake-account-cancel', // 注销校园贷账户
] as const;
export type TipId = (typeof TIP_IDS)[number];

/** A rate stated on the page, parsed so the UI can show an APR. */
export interface RateClaim {
  /** per-day rate, per-month rate, per-month instalment fee on the original principal, or an annual rate */
  basis: 'daily' | 'monthly' | 'monthly-fee' | 'annual';
  /** the stated rate in percent per basis period: 日息万五 → 0.05 (meaning 0.05 %/day) */
  percent: number;
  /** number of instalments, when the page states it next to a monthly fee */
  periods?: number;
}

export interface Tip {
  id: TipId;
  /** offsets into the ORIGINAL text given to classify() (UTF-16 code units), end exclusive */
  start: number;
  end: number;
  /** the original text between start and end */
  text: string;
  rate?: RateClaim;
}

export interface Verdict {
  kind: PageKind;
  level: Level;
  /** the winning class's score (0 when kind is 'none') */
  score: number;
  /** ids of the rules that fired, most important first (human-readable ids, e.g. "overdue.collection-near-product") */
  reasons: string[];
  tips: Tip[];
  jurisdiction: Jurisdiction;
  /** true when the text was longer than the scan budget and only part of it was read */
  truncated?: boolean;
}

export interface ClassifyInput {
  url?: string;
  title?: string;
  text: string;
}

export type Locale = 'zh-CN' | 'zh-TW' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'zh-TW', 'en'];

/**
 * True when the page is known to concern another legal system (Taiwan, Hong Kong, elsewhere):
 * the UI then says the rights it explains are mainland China's. 'unknown' is not foreign —
 * a page without any country cue is most often a mainland one.
 */
export function isForeign(j: Jurisdiction | undefined): boolean {
  return j === 'tw' || j === 'hk' || j === 'other';
}
