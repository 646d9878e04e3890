/**
 * "Letters and complaints": choose a letter (each says in the UI language what it asks for),
 * fill a short form, pick record entries; the letter (in Chinese) updates as you type, with the
 * sources it cites, and can be copied, downloaded as .txt or printed.
 */
import { translator } from '../../core/i18n';
import toolkit from '../../core/i18n/catalogs/toolkit';
import type { EvidenceEntry } from '../../core/evidence/types';
import { sourcesOf } from '../../core/knowledge';
import type { Letter } from '../../core/letters/fill';
import { TEMPLATES, TEMPLATE_BY_ID, type FieldId, type LetterId } from '../../core/letters/templates';
import type { Locale } from '../../core/types';
import { SourceList } from '../SourceList';

const LONG: ReadonlySet<FieldId> = new Set(['situation', 'proposal', 'report', 'correct', 'request', 'facts']);

export interface LettersViewProps {
  locale: Locale;
  letterId: LetterId;
  values: Partial<Record<FieldId, string>>;
  entries: EvidenceEntry[];
  chosen: string[];
  letter: Letter;
  deadlines: Array<{ days: number; date: string }> | null;
  notice: string | null;
  onChoose(id: LetterId): void;
  onValue(f: FieldId, v: string): void;
  onToggleEntry(id: string, on: boolean): void;
  onCopy(): void;
  onDownload(): void;
  onPrint(): void;
}

export function LettersView(p: LettersViewProps) {
  const tr = translator(toolkit, p.locale);
  const tpl = TEMPLATE_BY_ID.get(p.letterId)!;
  const missing = p.letter.missing.map((f) => tr(`form.${f}`)).join(tr('list.sep'));
  return (
    <>
      <p class="lg-lead">{tr('letters.intro')}</p>
      <fieldset class="lg-card tk-checks">
        <legend>{tr('letters.choose')}</legend>
        {TEMPLATES.map((t) => (
          <label class="tk-check" key={t.id}>
            <input type="radio" name="letter" value={t.id} checked={t.id === p.letterId} onChange={() => p.onChoose(t.id)} />
            <span>
              <span class="lg-choice-title">{tr(`letter.${t.id}`)}</span>
              <span class="lg-help">{tr(`letter.${t.id}.asks`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <form class="lg-card" aria-labelledby="tk-letter-form" onSubmit={(e) => e.preventDefault()}>
        <h3 id="tk-letter-form">{tr('letters.form')}</h3>
        <p data-testid="letter-asks"><strong>{tr('letters.asks')}：</strong>{tr(`letter.${tpl.id}.asks`)}</p>
        {tpl.fields.map(([f, required]) => (
          <label class="tk-field" key={`${tpl.id}-${f}`}>
            <span>
              {tr(`form.${f}`)} {required ? <span class="tk-meta">{tr('form.required')}</span> : null}
            </span>
            {LONG.has(f) ? (
              <textarea name={f} value={p.values[f] ?? ''} required={required} onInput={(e) => p.onValue(f, e.currentTarget.value)} />
            ) : (
              <input type="text" name={f} value={p.values[f] ?? ''} required={required} onInput={(e) => p.onValue(f, e.currentTarget.value)} />
            )}
          </label>
        ))}
        <fieldset class="tk-checks">
          <legend>{tr('letters.entries')}</legend>
          {p.entries.length === 0 ? <p class="lg-empty">{tr('letters.entries.none')}</p> : null}
          {p.entries.map((e) => (
            <label class="tk-check" key={e.id}>
              <input type="checkbox" name="entry" value={e.id} checked={p.chosen.includes(e.id)} onChange={(ev) => p.onToggleEntry(e.id, ev.currentTarget.checked)} />
              <span>
                {e.at.replace('T', ' ')} · {tr(`channel.${e.channel}`)} — {e.said.length > 60 ? `${e.said.slice(0, 60)}…` : e.said}
              </span>
            </label>
          ))}
        </fieldset>
      </form>
      <section class="lg-card" aria-labelledby="tk-letter-title">
        <h3 id="tk-letter-title">{tr('letters.preview')}</h3>
        <pre class="tk-letter" lang="zh-CN" data-testid="letter-text" tabIndex={0}>{p.letter.text}</pre>
        <SourceList sources={sourcesOf(p.letter.facts, p.locale)} label={tr('letters.cites')} openLabel={tr('sources.open')} />
        {missing ? <p class="tk-error" role="status" data-testid="letter-missing">{tr('letters.missing', { list: missing })}</p> : null}
        <div class="lg-actions lg-actions--start">
          <button type="button" class="lg-button lg-button--primary" disabled={!!missing} onClick={p.onCopy}>{tr('letters.copy')}</button>
          <button type="button" class="lg-button" disabled={!!missing} onClick={p.onDownload}>{tr('letters.download')}</button>
          <button type="button" class="lg-button" disabled={!!missing} onClick={p.onPrint}>{tr('letters.print')}</button>
        </div>
        <p role="status" class="tk-meta" data-testid="letter-notice">{p.notice ?? ''}</p>
      </section>
      {tpl.id === 'complaint' && p.deadlines ? (
        <section class="lg-card" aria-labelledby="tk-deadlines" data-testid="letter-deadlines">
          <h3 id="tk-deadlines">{tr('letters.deadlines')}</h3>
          <ul>
            {p.deadlines.map((d) => (
              <li key={d.days}>{tr(`letters.deadline.${d.days}` as 'letters.deadline.15', { date: d.date })}</li>
            ))}
          </ul>
          <p class="lg-help">{tr('letters.deadline.note')}</p>
          <SourceList sources={sourcesOf(['F13', 'F2', 'F3'], p.locale)} label={tr('sources')} openLabel={tr('sources.open')} />
        </section>
      ) : null}
    </>
  );
}
