/**
 * Which flagged pages offer "record this" in the on-page note: a collection / overdue page that
 * makes a claim a complaint can use (a threat, posing as officials, a court or mediation claim,
 * contacting other people). Type-only imports: the overlay bundle carries just this list.
 */
import type { TipId } from '../types';

export const RECORD_TIPS: readonly TipId[] = ['impersonation', 'jail-threat', 'lawsuit', 'family-contact', 'contacts-blast', 'debt-transfer'];

export function recordable(v: { kind: string; tips: readonly { id: TipId }[] } | null | undefined): boolean {
  return !!v && v.kind === 'overdue' && v.tips.some((t) => RECORD_TIPS.includes(t.id));
}
