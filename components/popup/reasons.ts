/** Map detector rule ids ("overdue.collection") to readable reasons, with a generic wording per class. */
import popupCatalog from '../../core/i18n/catalogs/popup';
import { t } from '../../core/i18n';
import type { Locale } from '../../core/types';

type PopupKey = keyof (typeof popupCatalog)['zh-CN'];
const CLASSES = ['lender', 'overdue', 'scam', 'none'] as const;

export function reasonText(ruleId: string, locale: Locale): string {
  const key = `reason.${ruleId}`;
  if (key in popupCatalog['zh-CN']) return t(popupCatalog, locale, key as PopupKey);
  const prefix = ruleId.split('.')[0] ?? '';
  const cls = (CLASSES as readonly string[]).includes(prefix) ? prefix : 'other';
  return t(popupCatalog, locale, `reasonClass.${cls}` as PopupKey);
}

/** Readable reasons for a verdict, deduplicated (two unknown rules of a class read the same). */
export function reasonTexts(ruleIds: readonly string[], locale: Locale): string[] {
  return [...new Set(ruleIds.map((r) => reasonText(r, locale)))];
}
