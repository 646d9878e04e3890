/**
 * One evidence entry's form: when, how, who, what was said, the rules it may break (pre-ticked
 * by the message check, editable) and optional screenshots. Checks the draft before saving and
 * says what is wrong next to the field.
 */
import { useState } from 'preact/hooks';
import { translator } from '../../core/i18n';
import toolkit from '../../core/i18n/catalogs/toolkit';
import { CHANNELS, IMAGE_TYPES, LIMITS, RULE_IDS, type EntryDraft, type Screenshot } from '../../core/evidence/types';
import { draftProblems, type DraftProblem } from '../../core/evidence/validate';
import type { Locale } from '../../core/types';

export interface EntryFormProps {
  locale: Locale;
  initial: EntryDraft;
  /** screenshots already saved with this entry, and their preview URLs */
  shots: Screenshot[];
  shotUrls: Record<string, string>;
  /** true when the rules were suggested by the message check */
  suggested?: boolean;
  editing: boolean;
  onSave(draft: EntryDraft, add: File[], remove: string[]): void;
  onCancel(): void;
}

const MB = LIMITS.screenshotBytes / 1024 / 1024;

export function EntryForm({ locale, initial, shots, shotUrls, suggested, editing, onSave, onCancel }: EntryFormProps) {
  const tr = translator(toolkit, locale);
  const [d, setD] = useState<EntryDraft>(initial);
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [files, setFiles] = useState<File[]>([]);
  const [removed, setRemoved] = useState<string[]>([]);
  const [fileNotes, setFileNotes] = useState<string[]>([]);
  const set = (p: Partial<EntryDraft>) => setD({ ...d, ...p });
  const err = (p: DraftProblem) =>
    problems.includes(p) ? (
      <span class="tk-error" id={`tk-err-${p}`}>
        {tr(`error.${p}`, { n: p === 'who-too-long' ? LIMITS.who : LIMITS.said })}
      </span>
    ) : null;
  const described = (...ps: DraftProblem[]) => ps.filter((p) => problems.includes(p)).map((p) => `tk-err-${p}`).join(' ') || undefined;
  const kept = shots.filter((s) => !removed.includes(s.id));

  function pick(list: FileList | null) {
    const notes: string[] = [];
    const ok: File[] = [...files];
    for (const f of Array.from(list ?? [])) {
      if (!(IMAGE_TYPES as readonly string[]).includes(f.type)) notes.push(tr('shots.bad-type', { name: f.name }));
      else if (f.size > LIMITS.screenshotBytes) notes.push(tr('shots.too-big', { name: f.name, mb: MB }));
      else if (kept.length + ok.length >= LIMITS.screenshotsPerEntry) notes.push(tr('shots.too-many', { n: LIMITS.screenshotsPerEntry }));
      else ok.push(f);
    }
    setFiles(ok);
    setFileNotes(notes);
  }

  return (
    <form
      class="lg-card tk-entry-form"
      aria-labelledby="tk-form-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const p = draftProblems(d);
        setProblems(p);
        if (p.length === 0) onSave(d, files, removed);
      }}
    >
      <h3 id="tk-form-title">{editing ? tr('record.editing') : tr('record.add')}</h3>
      <div class="tk-grid">
        <label class="tk-field">
          <span>{tr('field.at')}</span>
          <input type="datetime-local" name="at" value={d.at} aria-invalid={problems.includes('at')} aria-describedby={described('at')}
            onInput={(e) => set({ at: e.currentTarget.value })} />
          {err('at')}
        </label>
        <label class="tk-field">
          <span>{tr('field.channel')}</span>
          <select name="channel" value={d.channel} aria-describedby={described('channel')} onChange={(e) => set({ channel: e.currentTarget.value as EntryDraft['channel'] })}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>{tr(`channel.${c}`)}</option>
            ))}
          </select>
          {err('channel')}
        </label>
      </div>
      <label class="tk-field">
        <span>{tr('field.who')}</span>
        <input type="text" name="who" value={d.who} maxLength={LIMITS.who + 1} aria-describedby={described('who-too-long')} onInput={(e) => set({ who: e.currentTarget.value })} />
        {err('who-too-long')}
      </label>
      <label class="tk-field">
        <span>{tr('field.said')}</span>
        <textarea name="said" value={d.said} aria-invalid={problems.includes('said')} aria-describedby={described('said', 'said-too-long')}
          onInput={(e) => set({ said: e.currentTarget.value })} />
        {err('said')}
        {err('said-too-long')}
      </label>
      <fieldset class="tk-checks">
        <legend>{tr('field.rules')}</legend>
        {suggested ? <p class="lg-help">{tr('field.rules.suggested')}</p> : null}
        {RULE_IDS.map((r) => (
          <label class="tk-check" key={r}>
            <input type="checkbox" name="rule" value={r} checked={d.rules.includes(r)}
              onChange={(e) => set({ rules: e.currentTarget.checked ? [...d.rules, r] : d.rules.filter((x) => x !== r) })} />
            <span>{tr(`rule.${r}`)}</span>
          </label>
        ))}
      </fieldset>
      <div class="tk-field">
        <label class="tk-label" for="tk-shots">{tr('field.shots')}</label>
        <p class="lg-help" id="tk-shots-help">{tr('field.shots.help', { mb: MB, n: LIMITS.screenshotsPerEntry })}</p>
        <input id="tk-shots" type="file" accept={IMAGE_TYPES.join(',')} multiple aria-describedby="tk-shots-help" onChange={(e) => pick(e.currentTarget.files)} />
        {fileNotes.map((n) => (
          <span class="tk-error" role="alert" key={n}>{n}</span>
        ))}
        {kept.length + files.length > 0 ? (
          <ul class="tk-shots">
            {kept.map((s) => (
              <li key={s.id}>
                {shotUrls[s.id] ? <img src={shotUrls[s.id]} alt={tr('shots.alt', { name: s.name })} /> : <span>{s.name}</span>}
                <button type="button" class="lg-button lg-button--small" onClick={() => setRemoved([...removed, s.id])}>
                  {tr('shots.remove', { name: s.name })}
                </button>
              </li>
            ))}
            {files.map((f, i) => (
              <li key={`new-${i}`}>
                <span>{f.name}</span>
                <button type="button" class="lg-button lg-button--small" onClick={() => setFiles(files.filter((_, j) => j !== i))}>
                  {tr('shots.remove', { name: f.name })}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div class="lg-actions lg-actions--start">
        <button type="submit" class="lg-button lg-button--primary">{tr('record.save')}</button>
        {editing ? <button type="button" class="lg-button" onClick={onCancel}>{tr('record.cancel')}</button> : null}
      </div>
    </form>
  );
}
