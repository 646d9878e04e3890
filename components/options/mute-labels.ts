/**
 * The real labels of the mute buttons (on-page note and toolbar popup), so the welcome and
 * options pages name them as the user sees them.
 */
import { translator } from '../../core/i18n';
import overlay from '../../core/i18n/catalogs/overlay';
import popup from '../../core/i18n/catalogs/popup';
import type { Locale } from '../../core/types';

export function muteLabels(locale: Locale): { legend: string; page: string; site: string; notLoan: string } {
  const o = translator(overlay, locale);
  const p = translator(popup, locale);
  return {
    legend: o('mute.legend').replace(/[:：]\s*$/, ''),
    page: o('mute.page'),
    site: o('mute.site', { host: locale === 'en' ? 'the site' : '' }).trim(),
    notLoan: p('mute.button'),
  };
}
