/**
 * Total cost of a loan offer: contract amount, what actually reaches you, instalments and
 * one-off fees → total repaid, total cost, the amount deducted upfront (砍头息) and the real
 * annual rate on the money received (core/rates: fromReceivedPlan, describeReceived).
 */
import { useState } from 'preact/hooks';
import { translator } from '../../core/i18n';
import toolkit from '../../core/i18n/catalogs/toolkit';
import { sourcesOf } from '../../core/knowledge';
import { describeReceived, formatPercent, fromReceivedPlan, MAX_PERIODS } from '../../core/rates';
import type { Locale } from '../../core/types';
import { parseNumber } from '../popup/RateCalculator';
import { SourceList } from '../SourceList';

type Field = 'principal' | 'received' | 'periods' | 'payment' | 'fees';
const FIELDS: Field[] = ['principal', 'received', 'periods', 'payment', 'fees'];
const OPTIONAL: ReadonlySet<Field> = new Set(['received', 'fees']);
const money = (x: number) => (Math.round(x * 100) / 100).toLocaleString('en-US', { maximumFractionDigits: 2 });

export interface CostResult {
  total: number;
  cost: number;
  deducted: number;
  deductedPct: number;
  sentences: string[];
}

/** Pure: the figures and sentences for some typed values, or null when they are not usable. */
export function costOf(v: Record<Field, string>, locale: Locale): CostResult | null {
  const principal = parseNumber(v.principal);
  const periods = parseNumber(v.periods);
  const payment = parseNumber(v.payment);
  const received = v.received.trim() ? parseNumber(v.received) : principal;
  const fees = v.fees.trim() ? parseNumber(v.fees) : 0;
  const nums = [principal, periods, payment, received];
  if (nums.some((n) => !Number.isFinite(n) || n <= 0) || !Number.isFinite(fees) || fees < 0) return null;
  if (!Number.isInteger(periods) || periods > MAX_PERIODS) return null;
  const net = received - fees; // a fee paid apart from the loan lowers what you really got
  if (net <= 0) return null;
  const outcome = fromReceivedPlan({ contract: principal, received: Math.min(net, principal), payment, periods });
  const total = payment * periods;
  return {
    total,
    cost: total - net,
    deducted: principal - received,
    deductedPct: ((principal - received) / principal) * 100,
    sentences: describeReceived(outcome, locale),
  };
}

export function CostCalculator({ locale }: { locale: Locale }) {
  const tr = translator(toolkit, locale);
  const [v, setV] = useState<Record<Field, string>>({ principal: '10000', received: '9000', periods: '12', payment: '933.33', fees: '' });
  const r = costOf(v, locale);
  return (
    <section class="lg-card" aria-labelledby="tk-cost-title">
      <h3 id="tk-cost-title">{tr('calc.cost.heading')}</h3>
      <p class="lg-help">{tr('calc.cost.help')}</p>
      <div class="tk-grid">
        {FIELDS.map((f) => (
          <label class="tk-field" key={f}>
            <span>{tr(`calc.${f}`)}</span>
            <input type="text" name={`cost-${f}`} inputMode={f === 'periods' ? 'numeric' : 'decimal'} autoComplete="off" value={v[f]}
              onInput={(e) => setV({ ...v, [f]: e.currentTarget.value })} />
          </label>
        ))}
      </div>
      <div role="status" aria-live="polite" data-testid="cost-result">
        {r === null ? (
          FIELDS.some((f) => !OPTIONAL.has(f) && !v[f].trim()) ? null : <p class="tk-error">{tr('calc.invalid')}</p>
        ) : (
          <>
            <p><strong>{tr('calc.total', { total: money(r.total), cost: money(r.cost) })}</strong></p>
            {r.deducted > 0 ? <p>{tr('calc.deducted', { amount: money(r.deducted), pct: formatPercent(r.deductedPct, 1) })}</p> : null}
            {r.sentences.map((s, i) => (
              <p key={i}>{s}</p>
            ))}
          </>
        )}
      </div>
      <SourceList sources={sourcesOf(['E9', 'E11', 'E1'], locale)} label={tr('sources')} openLabel={tr('sources.open')} />
    </section>
  );
}
