/**
 * Shared contracts between the pure core (detection, knowledge, rates, settings)
 * and the browser glue. Pure data types only: no browser APIs here.
 */

export type PageKind = 'lender' | 'overdue' | 'scam' | 'none';
export const FLAGGED_KINDS = ['scam', 'overdue', 'lender'] as const;
export type FlaggedKind = (typeof FLAGGED_KINDS)[number];

export type Level = 'low' | 'medium' | 'high';
export type Stance = 'promotes' | 'warns' | 'neutral';

/** Where the page's rules come from: the rights we explain are mainland China's (`cn`). */
export type Jurisdiction = 'cn' | 'tw' | 'hk' | 'other' | 'unknown';

/** Ids of claim-level findings ("tips"): one file per tip in core/tips, listed by its registry. */
export { TIP_IDS } from './tips';
export type { TipId } from './tips';
import type { TipId } from './tips';

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
  /**
   * Some limit bound (the text budget, or a phrase's hit cap): part of the page was not read,
   * and the level was lowered rather than guessed.
   */
  truncated?: boolean;
  /** the page's stance towards what it is about: selling it, warning against it, or neither */
  stance?: Stance;
  /** the model's probability of `kind` (0–1) */
  confidence?: number;
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
