/**
 * What to do now, chosen from a message check's kind and claims. Each piece of advice is a
 * catalog key (core/i18n/catalogs/toolkit.ts, three locales) and the fact ids it restates, so
 * every sentence shown traces to sources. Lines to call are help-line ids of core/knowledge.
 */
import type { RuleId } from '../evidence/types';
import type { TipId } from '../types';
import type { MessageResult } from './check';

export const ADVICE = {
  'advice.scam.no-pay': ['G5', 'G4'],
  'advice.scam.no-install': ['G4', 'G6'],
  'advice.scam.safe-account': ['G4'],
  'advice.scam.report': ['F6'],
  'advice.scam.relief': ['G1', 'G2', 'M8'],
  'advice.impersonation': ['D16', 'D18', 'M1'],
  'advice.threat': ['M2', 'B18', 'F6'],
  'advice.third-party': ['A3', 'A4a', 'D12', 'M15'],
  'advice.complain': ['F1', 'F2', 'F3'],
  'advice.court.verify': ['G6', 'B21', 'F8'],
  'advice.court.no-private': ['G7'],
  'advice.court.payment-order': ['A11'],
  'advice.transfer': ['A14', 'G7'],
  'advice.lender.apr': ['E1', 'E7'],
  'advice.lender.contacts': ['D15', 'A4c'],
  'advice.record': ['F1'],
} as const satisfies Record<string, readonly string[]>;
export type AdviceKey = keyof typeof ADVICE;

export const LINE_IDS = ['110', '96110', '12378', '12363', '12368', '12348', '12321'] as const;
export type LineId = (typeof LINE_IDS)[number];

export interface Advice {
  advice: AdviceKey[];
  lines: LineId[];
  /** evidence-log rules the claims point at, to pre-tick when the user records the message */
  rules: RuleId[];
}

const TIP_RULES: Partial<Record<TipId, RuleId[]>> = {
  impersonation: ['impersonation'],
  'jail-threat': ['legal-threat'],
  lawsuit: ['legal-threat'],
  'family-contact': ['third-party'],
  'contacts-blast': ['third-party'],
  'debt-transfer': ['unverified-debt'],
};

/** The evidence-log rules a set of claims points at (pre-ticked when the user records them). */
export const rulesFor = (tips: readonly { id: TipId }[]): RuleId[] => [...new Set(tips.flatMap((t) => TIP_RULES[t.id] ?? []))];

const has = (r: MessageResult, ...ids: TipId[]) => r.tips.some((t) => ids.includes(t.id));

export function selectAdvice(r: MessageResult): Advice {
  const advice: AdviceKey[] = [];
  const lines: LineId[] = [];
  const add = (...a: AdviceKey[]) => a.forEach((x) => advice.includes(x) || advice.push(x));
  const call = (...l: LineId[]) => l.forEach((x) => lines.includes(x) || lines.push(x));

  if (r.kind === 'scam') {
    if (has(r, 'debt-relief-agency', 'credit-repair')) add('advice.scam.relief');
    add('advice.scam.no-pay', 'advice.scam.no-install', 'advice.scam.safe-account', 'advice.scam.report');
    call('110', '96110');
  }
  const court = has(r, 'lawsuit');
  const broken = has(r, 'impersonation', 'jail-threat', 'family-contact', 'contacts-blast');
  if (has(r, 'impersonation')) add('advice.impersonation');
  if (has(r, 'jail-threat')) add('advice.threat');
  if (has(r, 'family-contact', 'contacts-blast')) add('advice.third-party');
  if (has(r, 'debt-transfer')) add('advice.transfer', 'advice.court.no-private');
  if (court) {
    add('advice.court.verify', 'advice.court.no-private', 'advice.court.payment-order');
    call('12368');
  }
  if (r.kind === 'overdue' || broken) {
    if (broken) {
      add('advice.complain');
      call('12378', '12363');
      // 110 is for violence and threats to safety; an impersonated officer is one too (F6).
      if (has(r, 'impersonation', 'jail-threat')) call('110');
    }
    add('advice.record');
    call('12348');
  }
  if (r.kind === 'lender') {
    add('advice.lender.apr', 'advice.lender.contacts');
  }
  return { advice, lines, rules: rulesFor(r.tips) };
}
