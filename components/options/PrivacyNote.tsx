/** The three-line privacy statement (reads / stores / sends), shared by options and welcome. */
import { translator } from '../../core/i18n';
import common from '../../core/i18n/catalogs/common';
import type { Locale } from '../../core/types';

export function PrivacyNote({ locale }: { locale: Locale }) {
  const c = translator(common, locale);
  return (
    <ul class="lg-privacy">
      <li>{c('privacy.reads')}</li>
      <li>{c('privacy.stores')}</li>
      <li>{c('privacy.sends')}</li>
    </ul>
  );
}
