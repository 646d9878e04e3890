/** First-run page glue (opened by the background on install): language choice writes settings. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { WelcomeView } from '../../components/options/WelcomeView';
import '../../components/options/options.css';
import { localeFromBrowser, translator } from '../../core/i18n';
import welcome from '../../core/i18n/catalogs/welcome';
import { updateSettings } from '../../utils/settings-store';
import { browserLanguage } from '../../utils/locale';
import { useSettings } from '../../utils/use-settings';
import { useDocumentLocale } from '../../utils/use-document-locale';

function App() {
  const { settings, locale, ready } = useSettings();
  // the shortcut that focuses the page's note (background/commands.ts), as the user has it now
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  useEffect(() => {
    browser.commands
      ?.getAll()
      .then((all) => setShortcut(all.find((c) => c.name === 'focus-note')?.shortcut ?? ''))
      .catch(() => {});
  }, []);
  useDocumentLocale(locale, translator(welcome, locale)('title'));
  if (!ready) return null;
  return (
    <WelcomeView
      language={settings.language}
      locale={locale}
      browserLocale={localeFromBrowser(browserLanguage())}
      optionsHref={browser.runtime.getURL('/options.html')}
      {...(shortcut !== undefined ? { shortcut } : {})}
      onLanguage={(language) => void updateSettings((s) => void (s.language = language))}
    />
  );
}

render(<App />, document.getElementById('app')!);
