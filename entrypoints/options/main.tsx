/**
 * Options page glue: live settings from storage (useSettings), writes through settings-store,
 * export as a download (Blob → object URL → <a download>, no network), import from a file input.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsView, type Notice } from '../../components/options/OptionsView';
import { problemList } from '../../components/options/problem-labels';
import '../../components/options/options.css';
import { localeFromBrowser, resolveLocale, translator } from '../../core/i18n';
import options from '../../core/i18n/catalogs/options';
import { exportSettings, importSettings } from '../../core/settings';
import { getSettings, replaceSettings, resetSettings, unmuteSite, updateSettings } from '../../utils/settings-store';
import { browserLanguage } from '../../utils/locale';
import { useSettings } from '../../utils/use-settings';
import { useDocumentLocale } from '../../utils/use-document-locale';
import { download } from '../../utils/download';

const MAX_IMPORT_BYTES = 1024 * 1024;

function App() {
  const { settings, locale, ready } = useSettings();
  const [status, setStatus] = useState<string | null>(null);
  const [backupNotice, setBackupNotice] = useState<Notice | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const o = translator(options, locale);

  useDocumentLocale(locale, o('title'));

  // Pauses end by themselves: refresh "now" each minute so an ended pause leaves the list.
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(id);
  }, []);

  useEffect(() => {
    if (!status) return;
    const id = setTimeout(() => setStatus(null), 4000);
    return () => clearTimeout(id);
  }, [status]);

  if (!ready) return null;

  const fail = (text: string) => setBackupNotice({ text: `${text} ${o('import.refused')}`, error: true });

  return (
    <OptionsView
      settings={settings}
      locale={locale}
      browserLocale={localeFromBrowser(browserLanguage())}
      now={now}
      status={status}
      backupNotice={backupNotice}
      welcomeHref={browser.runtime.getURL('/welcome.html')}
      toolkitHref={browser.runtime.getURL('/toolkit.html')}
      onUpdate={(fn) => {
        updateSettings((s) => {
          fn(s);
        }).then(
          (s) => setStatus(translator(options, resolveLocale(s.language, browserLanguage()))('saved')),
          () => setStatus(o('save.failed')),
        );
      }}
      onUnmute={(host) => {
        unmuteSite(host).then(
          () => setStatus(o('muted.unmuted', { host })),
          () => setStatus(o('save.failed')),
        );
      }}
      onExport={async () => {
        const date = new Date().toISOString().slice(0, 10);
        const file = `loan-guard-settings-${date}.json`;
        download(exportSettings(await getSettings()), file, 'application/json');
        setBackupNotice({ text: o('export.done', { file }) });
      }}
      onImportFile={async (file) => {
        if (file.size > MAX_IMPORT_BYTES) return fail(o('import.error.too-large'));
        let text: string;
        try {
          text = await file.text();
        } catch {
          return fail(o('import.error.read-failed'));
        }
        const result = importSettings(text, await getSettings());
        if (!result.ok) return fail(o(`import.error.${result.error}`));
        let written;
        try {
          written = await replaceSettings(result.settings);
        } catch {
          return fail(o('import.error.write-failed'));
        }
        // Say it in the language just imported, so the message matches the page it lands on.
        const loc = resolveLocale(written.language, browserLanguage());
        const tr = translator(options, loc);
        setBackupNotice({
          text: result.problems.length
            ? tr('import.partial', { list: problemList(result.problems, loc) })
            : tr('import.ok'),
        });
      }}
      onReset={() => {
        resetSettings().then(
          (s) => {
            setBackupNotice(null);
            setStatus(translator(options, resolveLocale(s.language, browserLanguage()))('reset.done'));
          },
          () => setStatus(o('save.failed')),
        );
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);
