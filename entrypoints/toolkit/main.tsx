/**
 * Toolkit page glue: language from settings, the section from the URL hash, and each section's
 * browser-side wiring (evidence store, downloads, clipboard) from the files next to this one.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../components/options/options.css';
import '../../components/toolkit/toolkit.css';
import { sectionFromHash, type SectionId } from '../../components/toolkit/sections';
import { ToolkitView } from '../../components/toolkit/ToolkitView';
import { translator } from '../../core/i18n';
import toolkit from '../../core/i18n/catalogs/toolkit';
import { useSettings } from '../../utils/use-settings';

function useSection(): [SectionId, boolean] {
  const [state, setState] = useState<[SectionId, boolean]>(() => [sectionFromHash(location.hash), false]);
  useEffect(() => {
    const on = () => setState([sectionFromHash(location.hash), true]);
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return state;
}

function App() {
  const { locale, ready } = useSettings();
  const [section, moved] = useSection();
  const tr = translator(toolkit, locale);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = tr('title');
  }, [locale]);

  if (!ready) return null;
  return (
    <ToolkitView locale={locale} section={section} focusHeading={moved}>
      <p class="lg-lead">{tr(`${section === 'calc' ? 'calc' : section}.intro` as 'check.intro')}</p>
    </ToolkitView>
  );
}

render(<App />, document.getElementById('app')!);
