/** Every tip's examples, keyed by id (tests only: shipped code imports the registry, not this). */
import type { TipId } from './index';
import { examples as autoDeduction } from './auto-deduction';
import { examples as familyContact } from './family-contact';
import { examples as contactsBlast } from './contacts-blast';
import { examples as impersonation } from './impersonation';
import { examples as jailThreat } from './jail-threat';
import { examples as debtReliefAgency } from './debt-relief-agency';
import { examples as creditRepair } from './credit-repair';
import { examples as rateClaim } from './rate-claim';
import { examples as lawsuit } from './lawsuit';
import { examples as creditRecord } from './credit-record';
import { examples as upfrontFee } from './upfront-fee';
import { examples as fakeAccountCancel } from './fake-account-cancel';
import { examples as debtTransfer } from './debt-transfer';

export const TIP_EXAMPLES: Readonly<Record<TipId, { fires: readonly string[]; quiet: readonly string[] }>> = {
  'auto-deduction': autoDeduction,
  'family-contact': familyContact,
  'contacts-blast': contactsBlast,
  'impersonation': impersonation,
  'jail-threat': jailThreat,
  'debt-relief-agency': debtReliefAgency,
  'credit-repair': creditRepair,
  'rate-claim': rateClaim,
  'lawsuit': lawsuit,
  'credit-record': creditRecord,
  'upfront-fee': upfrontFee,
  'fake-account-cancel': fakeAccountCancel,
  'debt-transfer': debtTransfer,
};
