/** First-run page as a pure view: what it does, privacy promise, "it can be wrong", language. */
import type { LanguagePref } from '../../core/i18n';
import { translator } from '../../core/i18n';
import common from '../../core/i18n/catalogs/common';
import overlay from '../../core/i18n/catalogs/overlay';
import welcome from '../../core/i18n/catalogs/welcome';
import type { Locale } from '../../core/types';
import { LanguagePicker } from './LanguagePicker';
import { muteLabels } from './mute-labels';
import { PrivacyNote } from './PrivacyNote';

export interface WelcomeViewProps {
  language: LanguagePref;
  locale: Locale;
  browserLocale: Locale;
  optionsHref: string;
  /** the keyboard shortcut that focuses the note, as the browser reports it ('' = none set; undefined = unknown) */
  shortcut?: string;
  onLanguage(pref: LanguagePref): void;
}

export function WelcomeView(p: WelcomeViewProps) {
  const w = translator(welcome, p.locale);
  const c = translator(common, p.locale);
  return (
    <main class="lg-page" lang={p.locale}>
      <header class="lg-header">
        <h1>{w('title')}</h1>
        <p class="lg-lead">{w('lead')}</p>
      </header>

      <section class="lg-card" aria-labelledby="w-language">
        <h2 id="w-language">{w('language.heading')}</h2>
        <LanguagePicker
          value={p.language}
          locale={p.locale}
          browserLocale={p.browserLocale}
          legend={c('language')}
          help={w('language.help')}
          onChange={p.onLanguage}
        />
      </section>

      <section class="lg-card" aria-labelledby="w-what">
        <h2 id="w-what">{w('what.heading')}</h2>
        <ul class="lg-kinds">
          {(['lender', 'overdue', 'scam'] as const).map((kind) => (
            <li key={kind}>{w(`what.${kind}`, { kind: c(`kind.${kind}`) })}</li>
          ))}
        </ul>
      </section>

      <section class="lg-card" aria-labelledby="w-privacy">
        <h2 id="w-privacy">{w('privacy.heading')}</h2>
        <PrivacyNote locale={p.locale} />
      </section>

      <section class="lg-card" aria-labelledby="w-notice">
        <h2 id="w-notice">{w('notice.heading')}</h2>
        <p>{w('notice.body')}</p>
        <p>{w('notice.mute', muteLabels(p.locale))}</p>
        {p.shortcut !== undefined ? (
          <p data-shortcut>
            {p.shortcut ? translator(overlay, p.locale)('shortcut.welcome', { keys: p.shortcut }) : translator(overlay, p.locale)('shortcut.unset')}
          </p>
        ) : null}
      </section>

      <p>
        <a href={p.optionsHref}>{w('settings.link')}</a>
      </p>
      <p class="lg-help">{w('done.hint')}</p>
    </main>
  );
}
