/** The passphrase lock: unlock form when locked; set / lock now / remove when open. */
import { useState } from 'preact/hooks';
import { translator } from '../../core/i18n';
import toolkit from '../../core/i18n/catalogs/toolkit';
import { LIMITS } from '../../core/evidence/types';
import type { Locale } from '../../core/types';


export function UnlockForm({ locale, wrong, busy, onUnlock }: { locale: Locale; wrong: boolean; busy: boolean; onUnlock(p: string): void }) {
  const tr = translator(toolkit, locale);
  const [p, setP] = useState('');
  return (
    <form class="lg-card" aria-labelledby="tk-unlock-title" onSubmit={(e) => (e.preventDefault(), onUnlock(p))}>
      <h3 id="tk-unlock-title">{tr('lock.heading')}</h3>
      <p>{tr('lock.locked')}</p>
      <label class="tk-field">
        <span>{tr('lock.passphrase')}</span>
        <input type="password" name="unlock" autocomplete="current-password" value={p} aria-invalid={wrong} aria-describedby={wrong ? 'tk-unlock-err' : undefined}
          onInput={(e) => setP(e.currentTarget.value)} />
        {wrong ? <span class="tk-error" id="tk-unlock-err" role="alert">{tr('lock.wrong')}</span> : null}
      </label>
      <p class="lg-help">{tr('lock.warning')}</p>
      <button type="submit" class="lg-button lg-button--primary" disabled={busy}>{busy ? tr('lock.working') : tr('lock.unlock')}</button>
    </form>
  );
}

export interface LockPanelProps {
  locale: Locale;
  hasLock: boolean;
  busy: boolean;
  onSetLock(p: string): void;
  onRemoveLock(): void;
  onLockNow(): void;
}

export function LockPanel({ locale, hasLock, busy, onSetLock, onRemoveLock, onLockNow }: LockPanelProps) {
  const tr = translator(toolkit, locale);
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <section class="lg-card" aria-labelledby="tk-lock-title">
      <h3 id="tk-lock-title">{tr('lock.heading')}</h3>
      <p>{hasLock ? tr('lock.on') : tr('lock.intro')}</p>
      <p class="lg-help" id="tk-lock-warning"><strong>{tr('lock.warning')}</strong></p>
      {hasLock ? (
        <div class="lg-actions lg-actions--start">
          <button type="button" class="lg-button" disabled={busy} onClick={onLockNow}>{tr('lock.lockNow')}</button>
          <button type="button" class="lg-button lg-button--danger" disabled={busy} onClick={onRemoveLock}>{tr('lock.remove')}</button>
        </div>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (a.length < LIMITS.passphrase) return setProblem(tr('lock.short', { n: LIMITS.passphrase }));
            if (a !== b) return setProblem(tr('lock.change.mismatch'));
            setProblem(null);
            onSetLock(a);
          }}
        >
          <div class="tk-grid">
            <label class="tk-field">
              <span>{tr('lock.passphrase')}</span>
              <input type="password" name="pass1" autocomplete="new-password" value={a} aria-describedby="tk-lock-warning" onInput={(e) => setA(e.currentTarget.value)} />
            </label>
            <label class="tk-field">
              <span>{tr('lock.repeat')}</span>
              <input type="password" name="pass2" autocomplete="new-password" value={b} onInput={(e) => setB(e.currentTarget.value)} />
            </label>
          </div>
          {problem ? <p class="tk-error" role="alert">{problem}</p> : null}
          <button type="submit" class="lg-button" disabled={busy}>{busy ? tr('lock.working') : tr('lock.set')}</button>
        </form>
      )}
    </section>
  );
}
