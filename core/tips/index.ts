/**
 * The tip registry: one file per tip id in this folder (its phrases, examples, fact ids and
 * names in three locales). Add a tip by adding its file and one line below; the tip's title and
 * body texts live with the facts in core/knowledge (a test checks every tip is complete).
 */
import { tip as autoDeduction } from './auto-deduction';
import { tip as familyContact } from './family-contact';
import { tip as contactsBlast } from './contacts-blast';
import { tip as impersonation } from './impersonation';
import { tip as jailThreat } from './jail-threat';
import { tip as debtReliefAgency } from './debt-relief-agency';
import { tip as creditRepair } from './credit-repair';
import { tip as rateClaim } from './rate-claim';
import { tip as lawsuit } from './lawsuit';
import { tip as creditRecord } from './credit-record';
import { tip as upfrontFee } from './upfront-fee';
import { tip as fakeAccountCancel } from './fake-account-cancel';
import { tip as debtTransfer } from './debt-transfer';

export const TIPS = [
  autoDeduction,
  familyContact,
  contactsBlast,
  impersonation,
  jailThreat,
  debtReliefAgency,
  creditRepair,
  rateClaim,
  lawsuit,
  creditRecord,
  upfrontFee,
  fakeAccountCancel,
  debtTransfer,
] as const;

export type TipId = (typeof TIPS)[number]['id'];
export type { TipDef } from './define';
export const TIP_IDS: readonly TipId[] = TIPS.map((t) => t.id);
export const TIP_BY_ID = Object.fromEntries(TIPS.map((t) => [t.id, t])) as Readonly<Record<TipId, (typeof TIPS)[number]>>;
