import type { TipId } from '../../core/types';

/** A tip as the overlay shows it: all texts already in the UI language. */
export interface TipView {
  id: TipId;
  /** short name of the claim ("automatic deductions") */
  name: string;
  /** the fact's headline and one or two sentences */
  title: string;
  body: string;
  sources: { label: string; url?: string }[];
  /** for a rate claim: what it works out to, in sentences */
  rateLines?: string[];
}
