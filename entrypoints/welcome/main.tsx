/** First-run page glue (opened by the background on install): language choice writes settings. */
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { WelcomeView } from '../../components/options/WelcomeView';
import '../../components/options/options.css';
import { localeFromBrowser, translator } from '../../core/i18n';
import welcome from '../../core/i18n/catalogs/welcome';
import { updateSettings } from '../../utils/settings-store';
import { browserLanguage } from '../../utils/locale';
import { useSettings } from '../../utils/use-settings';

function App() {
  const { settings, locale, ready } = useSettings();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translator(welcome, locale)('title');
  }, [locale]);
  if (!ready) return null;
  return (
    <WelcomeView
      language={settings.language}
      locale={locale}
      browserLocale={localeFromBrowser(browserLanguage())}
      optionsHref={browser.runtime.getURL('/options.html')}
      onLanguage={(language) => void updateSettings((s) => void (s.language = language))}
    />
  );
}

render(<App />, document.getElementById('app')!);
