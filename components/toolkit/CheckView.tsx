/**
 * "Check a message": a labelled text box and a button; the result says what kind of message it
 * is, marks each claim in the text (spans built from offsets, never HTML), explains each claim
 * with its sources, and lists what to do now and the lines to call, every sentence with its facts.
 */
import { translator } from '../../core/i18n';
import common from '../../core/i18n/catalogs/common';
import toolkit from '../../core/i18n/catalogs/toolkit';
import { HELP_LINES, helpLineView, sourcesOf, tipInfo } from '../../core/knowledge';
import { ADVICE, type Advice } from '../../core/message/advice';
import { MAX_MESSAGE, runs, type MessageResult } from '../../core/message/check';
import type { Locale } from '../../core/types';
import { SourceList } from '../SourceList';

export interface CheckViewProps {
  locale: Locale;
  text: string;
  result: MessageResult | null;
  advice: Advice | null;
  /** true when the button was pressed with nothing to check */
  empty: boolean;
  onText(text: string): void;
  onCheck(): void;
  onRecord(): void;
}

export function CheckView({ locale, text, result, advice, empty, onText, onCheck, onRecord }: CheckViewProps) {
  const tr = translator(toolkit, locale);
  const c = translator(common, locale);
  const sources = (facts: readonly string[]) => (
    <SourceList sources={sourcesOf(facts, locale)} label={tr('sources')} openLabel={tr('sources.open')} />
  );
  return (
    <>
      <p class="lg-lead">{tr('check.intro')}</p>
      <form class="lg-card" onSubmit={(e) => (e.preventDefault(), onCheck())}>
        <label class="tk-field">
          <span>{tr('check.label')}</span>
          <textarea name="message" class="tk-textarea" value={text} maxLength={MAX_MESSAGE * 4} aria-describedby={empty ? 'tk-check-empty' : undefined}
            onInput={(e) => onText(e.currentTarget.value)} />
        </label>
        {empty ? <p class="tk-error" id="tk-check-empty" role="alert">{tr('check.empty')}</p> : null}
        <button type="submit" class="lg-button lg-button--primary">{tr('check.button')}</button>
      </form>
      <div aria-live="polite">
        {result && advice ? (
          <section class="lg-card tk-result" aria-labelledby="tk-result-title" data-testid="check-result" data-kind={result.kind}>
            <h3 id="tk-result-title">{tr('result.heading')}</h3>
            <p class={`tk-kind tk-kind--${result.kind}`} data-testid="check-kind">{tr(`result.kind.${result.kind}`)}</p>
            {result.kind !== 'none' ? <p class="tk-meta">{tr('check.level', { level: c(`level.${result.level}`) })}</p> : <p>{tr('result.none.body')}</p>}
            {result.truncated ? <p class="tk-meta">{tr('check.cut', { n: MAX_MESSAGE })}</p> : null}
            {result.tips.length ? (
              <>
                <h4>{tr('result.marks')}</h4>
                <p class="tk-marked" data-testid="check-marked">
                  {runs(result.text, result.tips).map((r, i) =>
                    r.tip ? (
                      <mark class="tk-mark" key={i} data-tip={r.tip.id} aria-describedby={`tk-claim-${r.n}`}>
                        {r.text}
                        <sup aria-hidden="true">{r.n}</sup>
                      </mark>
                    ) : (
                      <span key={i}>{r.text}</span>
                    ),
                  )}
                </p>
                <ol class="tk-list" data-testid="check-claims">
                  {result.tips.map((t, i) => {
                    const info = tipInfo(t.id, locale);
                    return (
                      <li key={i} id={`tk-claim-${i + 1}`} data-tip={t.id}>
                        <p>
                          <strong>{tr('result.mark', { n: i + 1 })}</strong> “{t.text}” — <strong>{info.title}</strong>
                        </p>
                        <p>{info.body}</p>
                        <SourceList sources={info.sources} label={tr('sources')} openLabel={tr('sources.open')} />
                      </li>
                    );
                  })}
                </ol>
              </>
            ) : null}
            {advice.advice.length ? (
              <>
                <h4>{tr('advice.heading')}</h4>
                <ul class="tk-list" data-testid="check-advice">
                  {advice.advice.map((a) => (
                    <li key={a} data-advice={a}>
                      <p>{tr(a)}</p>
                      {sources(ADVICE[a])}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {advice.lines.length ? (
              <>
                <h4>{tr('advice.lines')}</h4>
                <ul class="tk-lines" data-testid="check-lines">
                  {advice.lines.map((id) => {
                    const line = HELP_LINES.find((h) => h.id === id);
                    if (!line) return null;
                    const v = helpLineView(line, locale);
                    return (
                      <li key={id} data-line={id}>
                        <strong>{v.number}</strong> {v.title} — {v.use}
                      </li>
                    );
                  })}
                </ul>
              </>
            ) : null}
            {result.kind === 'overdue' || advice.rules.length ? (
              <button type="button" class="lg-button" onClick={onRecord}>{tr('record.this')}</button>
            ) : null}
          </section>
        ) : null}
      </div>
    </>
  );
}
