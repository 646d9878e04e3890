/** "Calculators": the full rate calculator (shared with the popup) and the total cost of an offer. */
import { translator } from '../../core/i18n';
import toolkit from '../../core/i18n/catalogs/toolkit';
import { RATE_LINES, rateLineView } from '../../core/knowledge';
import type { Locale } from '../../core/types';
import { RateCalculator } from '../popup/RateCalculator';
import { CostCalculator } from './CostCalculator';

export function CalcView({ locale }: { locale: Locale }) {
  const tr = translator(toolkit, locale);
  return (
    <>
      <p class="lg-lead">{tr('calc.intro')}</p>
      <CostCalculator locale={locale} />
      <section class="lg-card" aria-labelledby="tk-rate-title">
        <h3 id="tk-rate-title">{tr('calc.rate.heading')}</h3>
        <RateCalculator locale={locale} lines={RATE_LINES.map((l) => rateLineView(l, locale))} initialMode="plan" />
      </section>
    </>
  );
}
