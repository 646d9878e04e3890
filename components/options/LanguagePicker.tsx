/** Language radio group, used by the options page and the welcome page. */
import type { LanguagePref } from '../../core/i18n';
import { translator } from '../../core/i18n';
import common from '../../core/i18n/catalogs/common';
import { LANGUAGE_PREFS } from '../../core/settings';
import type { Locale } from '../../core/types';

export interface LanguagePickerProps {
  value: LanguagePref;
  locale: Locale;
  /** the locale "follow the browser" resolves to, shown next to it */
  browserLocale: Locale;
  legend: string;
  help?: string;
  onChange(pref: LanguagePref): void;
}

export function LanguagePicker({ value, locale, browserLocale, legend, help, onChange }: LanguagePickerProps) {
  const c = translator(common, locale);
  return (
    <fieldset class="lg-fieldset" aria-describedby={help ? 'lang-help' : undefined}>
      <legend>{legend}</legend>
      {help && (
        <p id="lang-help" class="lg-help">
          {help}
        </p>
      )}
      <div class="lg-choices lg-choices--row">
        {LANGUAGE_PREFS.map((pref) => (
          <label class="lg-choice" key={pref}>
            <input
              type="radio"
              name="language"
              value={pref}
              checked={value === pref}
              onChange={() => onChange(pref)}
            />
            <span lang={pref === 'auto' ? undefined : pref}>
              {pref === 'auto' ? `${c('lang.auto')} (${c(`lang.${browserLocale}`)})` : c(`lang.${pref}`)}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
