/**
 * The whole options page, as a pure view: data and callbacks come in by props, no browser APIs
 * (entrypoints/options/main.tsx wires it to storage, downloads and files).
 */
import { useState } from 'preact/hooks';
import { translator } from '../../core/i18n';
import common from '../../core/i18n/catalogs/common';
import options from '../../core/i18n/catalogs/options';
import type { Settings } from '../../core/settings';
import { SENSITIVITIES } from '../../core/settings';
import type { Locale } from '../../core/types';
import { FLAGGED_KINDS } from '../../core/types';
import { ConfirmDialog } from './ConfirmDialog';
import { LanguagePicker } from './LanguagePicker';
import { MutedSitesTable } from './MutedSitesTable';
import { PrivacyNote } from './PrivacyNote';

/** Display order of kinds on the page (most serious first is FLAGGED_KINDS' order). */
const KINDS = FLAGGED_KINDS;

export interface Notice {
  text: string;
  error?: boolean;
}

export interface OptionsViewProps {
  settings: Settings;
  locale: Locale;
  browserLocale: Locale;
  now: number;
  /** short confirmation after a change ("Saved", "Warnings are back on for x") */
  status: string | null;
  /** result of the last export/import */
  backupNotice: Notice | null;
  /** change settings: the callback gets a copy to mutate */
  onUpdate(fn: (s: Settings) => void): void;
  onUnmute(host: string): void;
  onExport(): void;
  onImportFile(file: File): void;
  onReset(): void;
  welcomeHref?: string;
}

export function OptionsView(p: OptionsViewProps) {
  const o = translator(options, p.locale);
  const c = translator(common, p.locale);
  const [confirming, setConfirming] = useState(false);
  const s = p.settings;

  return (
    <main class="lg-page" lang={p.locale}>
      <header class="lg-header">
        <h1>{o('title')}</h1>
        <p class="lg-lead">{o('intro')}</p>
        <p class="lg-status" role="status" aria-live="polite" data-testid="status">
          {p.status ?? ''}
        </p>
      </header>

      <section class="lg-card" aria-labelledby="sec-language">
        <h2 id="sec-language">{c('language')}</h2>
        <LanguagePicker
          value={s.language}
          locale={p.locale}
          browserLocale={p.browserLocale}
          legend={c('language')}
          help={o('language.help')}
          onChange={(language) => p.onUpdate((x) => void (x.language = language))}
        />
      </section>

      <section class="lg-card" aria-labelledby="sec-warn">
        <h2 id="sec-warn">{o('warn.heading')}</h2>
        <fieldset class="lg-fieldset">
          <legend>{o('sensitivity.label')}</legend>
          <div class="lg-choices">
            {SENSITIVITIES.map((level) => (
              <label class="lg-choice lg-choice--block" key={level}>
                <input
                  type="radio"
                  name="sensitivity"
                  value={level}
                  checked={s.sensitivity === level}
                  aria-describedby={`sens-${level}-help`}
                  onChange={() => p.onUpdate((x) => void (x.sensitivity = level))}
                />
                <span>
                  <span class="lg-choice-title">{c(`sensitivity.${level}`)}</span>
                  <span id={`sens-${level}-help`} class="lg-help">
                    {o(`sensitivity.${level}.help`)}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset class="lg-fieldset">
          <legend>{o('kinds.label')}</legend>
          <div class="lg-choices">
            {KINDS.map((kind) => (
              <label class="lg-choice lg-choice--block" key={kind}>
                <input
                  type="checkbox"
                  name={`kind-${kind}`}
                  checked={s.kinds[kind]}
                  aria-describedby={`kind-${kind}-help`}
                  onChange={(e) => {
                    const on = (e.currentTarget as HTMLInputElement).checked;
                    p.onUpdate((x) => void (x.kinds[kind] = on));
                  }}
                />
                <span>
                  <span class="lg-choice-title">{c(`kind.${kind}`)}</span>
                  <span id={`kind-${kind}-help`} class="lg-help">
                    {o(`kinds.${kind}.help`)}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      </section>

      <section class="lg-card" aria-labelledby="sec-display">
        <h2 id="sec-display">{o('display.heading')}</h2>
        <div class="lg-choices">
          {(['overlay', 'inlineTips', 'lenderBadgeOnly'] as const).map((key) => (
            <label class="lg-choice lg-choice--block" key={key}>
              <input
                type="checkbox"
                name={key}
                checked={s[key]}
                aria-describedby={`${key}-help`}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  p.onUpdate((x) => void (x[key] = on));
                }}
              />
              <span>
                <span class="lg-choice-title">{o(`${key}.label`)}</span>
                <span id={`${key}-help`} class="lg-help">
                  {o(`${key}.help`)}
                </span>
              </span>
            </label>
          ))}
        </div>
      </section>

      <section class="lg-card" aria-labelledby="sec-muted">
        <h2 id="sec-muted">{o('muted.heading')}</h2>
        <p class="lg-help">{o('muted.help')}</p>
        <MutedSitesTable sites={s.mutedSites} locale={p.locale} now={p.now} onUnmute={p.onUnmute} />
      </section>

      <section class="lg-card" aria-labelledby="sec-backup">
        <h2 id="sec-backup">{o('backup.heading')}</h2>
        <p class="lg-help">{o('backup.help')}</p>
        <div class="lg-actions lg-actions--start">
          <button type="button" class="lg-button" onClick={p.onExport} data-testid="export">
            {o('export.button')}
          </button>
          <label class="lg-button lg-file">
            {o('import.button')}
            <input
              type="file"
              accept="application/json,.json"
              data-testid="import"
              class="lg-sr-only"
              onChange={(e) => {
                const input = e.currentTarget as HTMLInputElement;
                const file = input.files?.[0];
                if (file) p.onImportFile(file);
                input.value = ''; // choosing the same file again still fires
              }}
            />
          </label>
        </div>
        <div
          class={p.backupNotice?.error ? 'lg-notice lg-notice--error' : 'lg-notice'}
          role={p.backupNotice?.error ? 'alert' : 'status'}
          data-testid="backup-notice"
          hidden={!p.backupNotice}
        >
          {p.backupNotice?.text ?? ''}
        </div>
      </section>

      <section class="lg-card" aria-labelledby="sec-reset">
        <h2 id="sec-reset">{o('reset.heading')}</h2>
        <p class="lg-help">{o('reset.help')}</p>
        <button type="button" class="lg-button" onClick={() => setConfirming(true)} data-testid="reset">
          {o('reset.button')}
        </button>
      </section>

      <section class="lg-card" aria-labelledby="sec-privacy">
        <h2 id="sec-privacy">{o('privacy.heading')}</h2>
        <PrivacyNote locale={p.locale} />
        {p.welcomeHref && (
          <p>
            <a href={p.welcomeHref}>{o('welcomeLink')}</a>
          </p>
        )}
      </section>

      <ConfirmDialog
        open={confirming}
        title={o('reset.confirmTitle')}
        body={o('reset.confirmBody')}
        confirmLabel={o('reset.confirm')}
        cancelLabel={c('cancel')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          p.onReset();
        }}
      />
    </main>
  );
}
