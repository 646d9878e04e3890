/**
 * The "record" section: the entry form, the saved entries (edit / delete, each asks first),
 * export (dated summary to print, JSON backup), import, delete all, and the passphrase lock.
 */
import { useState } from 'preact/hooks';
import { translator } from '../../core/i18n';
import toolkit from '../../core/i18n/catalogs/toolkit';
import { LIMITS, type EntryDraft, type EvidenceEntry } from '../../core/evidence/types';
import type { Locale } from '../../core/types';
import { ConfirmDialog } from '../options/ConfirmDialog';
import { EntryForm } from './EntryForm';
import { LockPanel, UnlockForm } from './LockPanel';

export interface Notice {
  text: string;
  error?: boolean;
}

export interface FormState {
  initial: EntryDraft;
  editingId?: string;
  suggested?: boolean;
  /** changes whenever the form should start over */
  key: number;
}

export interface RecordViewProps {
  locale: Locale;
  status: 'loading' | 'locked' | 'ready';
  entries: EvidenceEntry[];
  hasLock: boolean;
  wrongPassphrase: boolean;
  busy: boolean;
  notice: Notice | null;
  form: FormState;
  shotUrls: Record<string, string>;
  summary: string | null;
  onUnlock(p: string): void;
  onSetLock(p: string): void;
  onRemoveLock(): void;
  onLockNow(): void;
  onSave(draft: EntryDraft, add: File[], remove: string[]): void;
  onEdit(id: string): void;
  onCancelEdit(): void;
  onDelete(id: string): void;
  onDeleteAll(): void;
  onShowSummary(): void;
  onPrintSummary(): void;
  onExport(): void;
  onImport(file: File): void;
}

type Pending = { kind: 'one'; entry: EvidenceEntry } | { kind: 'all' } | null;
const show = (at: string) => at.replace('T', ' ');

export function RecordView(p: RecordViewProps) {
  const tr = translator(toolkit, p.locale);
  const [pending, setPending] = useState<Pending>(null);
  if (p.status === 'loading') return <p aria-busy="true">{tr('lock.working')}</p>;
  const notice = p.notice ? (
    <p class={`lg-notice${p.notice.error ? ' lg-notice--error' : ''}`} role={p.notice.error ? 'alert' : 'status'} data-testid="record-notice">
      {p.notice.text}
    </p>
  ) : (
    <p class="lg-sr-only" role="status" />
  );
  if (p.status === 'locked') {
    return (
      <>
        <p class="lg-lead">{tr('record.intro')}</p>
        <UnlockForm locale={p.locale} wrong={p.wrongPassphrase} busy={p.busy} onUnlock={p.onUnlock} />
        {notice}
      </>
    );
  }
  const editingEntry = p.entries.find((e) => e.id === p.form.editingId);
  return (
    <>
      <p class="lg-lead">{tr('record.intro')}</p>
      {notice}
      <EntryForm
        key={p.form.key}
        locale={p.locale}
        initial={p.form.initial}
        suggested={p.form.suggested}
        editing={!!editingEntry}
        shots={editingEntry?.screenshots ?? []}
        shotUrls={p.shotUrls}
        onSave={p.onSave}
        onCancel={p.onCancelEdit}
      />
      <section class="lg-card" aria-labelledby="tk-list-title">
        <h3 id="tk-list-title">{tr('record.list')}</h3>
        {p.entries.length === 0 ? (
          <p class="lg-empty" data-testid="record-empty">{tr('record.empty')}</p>
        ) : (
          <>
            <p class="tk-meta">{tr('record.count', { n: p.entries.length })}</p>
            <ul class="tk-list" data-testid="record-list">
              {p.entries.map((e) => (
                <li key={e.id} data-entry={e.id}>
                  <p class="tk-meta">
                    <time dateTime={e.at}>{show(e.at)}</time> · {tr(`channel.${e.channel}`)}
                    {e.who ? ` · ${e.who}` : ''}
                  </p>
                  <p class="tk-said">{e.said}</p>
                  {e.rules.length ? <p class="tk-meta">{tr('summary.rules', { list: e.rules.map((r) => tr(`rule.${r}`)).join(tr('list.sep')) })}</p> : null}
                  {e.screenshots.length ? (
                    <ul class="tk-shots">
                      {e.screenshots.map((s) => (
                        <li key={s.id}>{p.shotUrls[s.id] ? <img src={p.shotUrls[s.id]} alt={tr('shots.alt', { name: s.name })} /> : s.name}</li>
                      ))}
                    </ul>
                  ) : null}
                  <div class="lg-actions lg-actions--start">
                    <button type="button" class="lg-button lg-button--small" aria-label={`${tr('record.edit')} ${show(e.at)}`} onClick={() => p.onEdit(e.id)}>
                      {tr('record.edit')}
                    </button>
                    <button type="button" class="lg-button lg-button--small lg-button--danger" aria-label={`${tr('record.delete')} ${show(e.at)}`}
                      onClick={() => setPending({ kind: 'one', entry: e })}>
                      {tr('record.delete')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section class="lg-card" aria-labelledby="tk-export-title">
        <h3 id="tk-export-title">{tr('export.heading')}</h3>
        <p class="lg-help">{tr('export.summary.help')}</p>
        <p class="lg-help" data-testid="backup-help">{tr('export.json.help', { mb: LIMITS.backupShotBytes / 1024 / 1024 })}</p>
        <div class="lg-actions lg-actions--start">
          <button type="button" class="lg-button" disabled={!p.entries.length} onClick={p.onShowSummary}>{tr('export.summary')}</button>
          <button type="button" class="lg-button" disabled={!p.entries.length} onClick={p.onExport}>{tr('export.json')}</button>
          <label class="lg-button lg-file">
            {tr('import.button')}
            <input type="file" accept="application/json,.json" class="lg-sr-only" data-testid="import-input"
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (f) p.onImport(f);
              }} />
          </label>
          <button type="button" class="lg-button lg-button--danger" disabled={!p.entries.length} onClick={() => setPending({ kind: 'all' })}>
            {tr('record.deleteAll')}
          </button>
        </div>
        {p.summary !== null ? (
          <div class="tk-summary">
            <pre class="tk-letter" data-testid="summary-text" tabIndex={0}>{p.summary}</pre>
            <div class="lg-actions lg-actions--start tk-noprint">
              <button type="button" class="lg-button lg-button--primary" onClick={p.onPrintSummary}>{tr('letters.print')}</button>
            </div>
          </div>
        ) : null}
      </section>
      <LockPanel locale={p.locale} hasLock={p.hasLock} busy={p.busy} onSetLock={p.onSetLock} onRemoveLock={p.onRemoveLock} onLockNow={p.onLockNow} />
      <ConfirmDialog
        open={pending !== null}
        title={pending?.kind === 'all' ? tr('record.deleteAll') : tr('record.delete')}
        body={
          pending?.kind === 'all'
            ? tr('record.deleteAll.confirm', { n: p.entries.length })
            : pending
              ? tr('record.deleteOne.confirm', { when: show(pending.entry.at) })
              : ''
        }
        confirmLabel={tr('record.confirm')}
        cancelLabel={tr('record.cancel')}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending?.kind === 'all') p.onDeleteAll();
          else if (pending) p.onDelete(pending.entry.id);
          setPending(null);
        }}
      />
    </>
  );
}
