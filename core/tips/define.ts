import type { Locale } from '../types';

/** What a tip is. Phrases are written once, in simplified Chinese, ','-separated (traditional forms are folded). */
export interface TipDef<Id extends string = string> {
  id: Id;
  /** where a mark may go: the claim's own words */
  phrases: string;
  /** if given, a mark needs one of these within `window` normalised characters (either side) */
  near?: string;
  window?: number;
  /** ids of the facts (core/knowledge) that answer the claim */
  facts: readonly string[];
  /** the tip's short name in each locale (overlay lists, popup) */
  names: Readonly<Record<Locale, string>>;
}

export const defineTip = <const Id extends string>(t: TipDef<Id>): TipDef<Id> => t;
