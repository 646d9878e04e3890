/**
 * Rate calculator: daily rate, monthly rate, monthly instalment fee or an instalment plan
 * → annual rate in plain words, compared with the 24% and 4 × LPR lines.
 * Never throws on bad input: core/rates returns { ok: false } and we show its sentence.
 */
import { useState } from 'preact/hooks';
import type { Locale } from '../../core/types';
import { translator } from '../../core/i18n';
import popupCatalog from '../../core/i18n/catalogs/popup';
import type { RateLineView } from '../../core/knowledge';
import {
  describeRate, describeReceived, fromDaily, fromInstalments, fromMonthly, fromMonthlyFee, fromReceivedFee, fromReceivedPlan,
  formatPercent, parseRateInput, rateText, type RateOutcome, type ReceivedOutcome,
} from '../../core/rates';
import { SourceList } from '../SourceList';

export type RateMode = 'daily' | 'monthly' | 'fee' | 'plan';
const MODES: RateMode[] = ['daily', 'monthly', 'fee', 'plan'];

type Field = 'daily' | 'monthly' | 'fee' | 'periods' | 'principal' | 'received' | 'payment';
const FIELDS: Record<RateMode, Field[]> = {
  daily: ['daily'],
  monthly: ['monthly'],
  fee: ['fee', 'periods', 'principal', 'received'],
  plan: ['principal', 'received', 'periods', 'payment'],
};

/** "０．０５", "0.05%", "10,000" → number; empty → NaN. */
export function parseNumber(s: string): number {
  const clean = s.normalize('NFKC').replace(/[%％,，\s元¥￥]/g, '');
  return clean === '' ? Number.NaN : Number(clean);
}

/** A typed rate (万五, 千三, 3厘, 0.05%, 0.0005 …) in percent; NaN when unreadable. */
function ratePercent(s: string): number {
  const r = parseRateInput(s);
  return r.ok ? r.percent : Number.NaN;
}

export function compute(mode: RateMode, v: Record<Field, string>): RateOutcome | ReceivedOutcome {
  const n = (f: Field) => parseNumber(v[f]);
  const periods = n('periods');
  const principal = n('principal');
  const hasReceived = v.received.trim() !== '';
  const received = n('received');
  switch (mode) {
    case 'daily':
      return fromDaily(ratePercent(v.daily));
    case 'monthly':
      return fromMonthly(ratePercent(v.monthly));
    case 'fee':
      return hasReceived ? fromReceivedFee(ratePercent(v.fee), periods, principal, received) : fromMonthlyFee(ratePercent(v.fee), periods, principal);
    case 'plan':
      return hasReceived
        ? fromReceivedPlan({ contract: principal, received, payment: n('payment'), periods })
        : fromInstalments({ received: principal, payment: n('payment'), periods });
  }
}

/** The result in sentences: how a typed rate was read (when not plain percent), then the outcome. */
export function explain(mode: RateMode, v: Record<Field, string>, locale: Locale, now?: Date): string[] {
  const out = compute(mode, v);
  const opts = now ? { now } : {};
  const sentences = out.ok && out.method === 'received' ? describeReceived(out, locale, opts) : describeRate(out as RateOutcome, locale, opts);
  if (mode === 'daily' || mode === 'monthly') {
    const typed = parseRateInput(v[mode]);
    if (typed.ok && typed.as !== 'percent') {
      const read = rateText(mode === 'daily' ? 'readDaily' : 'readMonthly', locale).replace('{percent}', formatPercent(typed.percent, 4));
      return [read, ...sentences];
    }
  }
  return sentences;
}

export interface RateCalculatorProps {
  locale: Locale;
  lines: RateLineView[];
  initialMode?: RateMode;
}

const INITIAL: Record<Field, string> = {
  daily: '0.05',
  monthly: '1',
  fee: '0.6',
  periods: '12',
  principal: '10000',
  received: '',
  payment: '',
};

export function RateCalculator({ locale, lines, initialMode = 'daily' }: RateCalculatorProps) {
  const tr = translator(popupCatalog, locale);
  const [mode, setMode] = useState<RateMode>(initialMode);
  const [values, setValues] = useState<Record<Field, string>>(INITIAL);

  const fields = FIELDS[mode];
  const empty = fields.some((f) => f !== 'received' && values[f].trim() === '');
  const sentences = empty ? [] : explain(mode, values, locale);

  const label: Record<Field, string> = {
    daily: tr('rates.daily'),
    monthly: tr('rates.monthly'),
    fee: tr('rates.fee'),
    periods: tr('rates.periods'),
    principal: tr('rates.principal'),
    received: tr('rates.received'),
    payment: tr('rates.payment'),
  };
  const hint: Partial<Record<Field, string>> = {
    daily: tr('rates.dailyHint'),
    monthly: tr('rates.monthlyHint'),
    received: tr('rates.receivedHint'),
  };

  return (
    <div class="lg-rates">
      <p>{tr('rates.intro')}</p>
      <fieldset class="lg-modes">
        <legend>{tr('rates.mode')}</legend>
        {MODES.map((m) => (
          <label key={m} class="lg-radio">
            <input type="radio" name="lg-rate-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />{' '}
            {tr(`rates.mode.${m}`)}
          </label>
        ))}
      </fieldset>
      <div class="lg-fields">
        {fields.map((f) => (
          <div class="lg-field" key={`${mode}-${f}`}>
            <label for={`lg-rate-${f}`}>{label[f]}</label>
            <input
              id={`lg-rate-${f}`}
              name={f}
              type="text"
              inputMode={f === 'periods' ? 'numeric' : f === 'daily' || f === 'monthly' ? 'text' : 'decimal'}
              autoComplete="off"
              value={values[f]}
              {...(hint[f] ? { 'aria-describedby': `lg-rate-${f}-hint` } : {})}
              onInput={(e) => {
                const value = (e.currentTarget as HTMLInputElement).value;
                setValues((prev) => ({ ...prev, [f]: value }));
              }}
            />
            {hint[f] ? (
              <small id={`lg-rate-${f}-hint`} class="lg-hint">
                {hint[f]}
              </small>
            ) : null}
          </div>
        ))}
      </div>
      <div class="lg-rate-result" role="status" aria-live="polite" aria-atomic="true">
        <h3>{tr('rates.result')}</h3>
        {sentences.length === 0 ? (
          <p class="lg-muted-text">{tr('rates.empty')}</p>
        ) : (
          sentences.map((s, i) => <p key={i}>{s}</p>)
        )}
      </div>
      <h3>{tr('rates.lines')}</h3>
      <ul class="lg-rate-lines">
        {lines.map((l) => (
          <li key={l.id} data-line={l.id}>
            <h4>
              {l.title}
              {l.lineAsOf ? <span class="lg-asof-inline">（{tr('asOf', { date: l.lineAsOf })}）</span> : null}
            </h4>
            <p>{l.appliesTo}</p>
            <SourceList
              sources={l.sources}
              label={tr('sources')}
              openLabel={tr('sources.open')}
              asOf={l.asOf.map((d) => tr('asOf', { date: d }))}
              {...(l.confidence === 'medium' || l.confidence === 'low' ? { note: tr('confidence.note') } : {})}
            />
          </li>
        ))}
      </ul>
      <p class="lg-muted-text">{tr('rates.note')}</p>
    </div>
  );
}
