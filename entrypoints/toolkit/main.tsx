/**
 * Toolkit page glue: language from settings, the section from the URL hash, and each section's
 * browser-side wiring (evidence store, downloads, clipboard) from the files next to this one.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../components/options/options.css';
import '../../components/toolkit/toolkit.css';
import { CheckView } from '../../components/toolkit/CheckView';
import { LettersView } from '../../components/toolkit/LettersView';
import { RecordView } from '../../components/toolkit/RecordView';
import { sectionFromHash, type SectionId } from '../../components/toolkit/sections';
import { ToolkitView } from '../../components/toolkit/ToolkitView';
import { localMinute } from '../../core/evidence/validate';
import { translator } from '../../core/i18n';
import toolkit from '../../core/i18n/catalogs/toolkit';
import { selectAdvice } from '../../core/message/advice';
import { checkMessage, type MessageResult } from '../../core/message/check';
import { useSettings } from '../../utils/use-settings';
import { useLetters } from './use-letters';
import { useRecord } from './use-record';

function useSection(): [SectionId, boolean] {
  const [state, setState] = useState<[SectionId, boolean]>(() => [sectionFromHash(location.hash), false]);
  useEffect(() => {
    const on = () => setState([sectionFromHash(location.hash), true]);
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return state;
}

function useCheck() {
  const [text, setText] = useState('');
  const [result, setResult] = useState<MessageResult | null>(null);
  const [empty, setEmpty] = useState(false);
  return {
    text, result, empty,
    advice: result ? selectAdvice(result) : null,
    onText: setText,
    onCheck() {
      setEmpty(text.trim() === '');
      setResult(text.trim() === '' ? null : checkMessage(text));
    },
  };
}

function App() {
  const { locale, ready } = useSettings();
  const [section, moved] = useSection();
  const tr = translator(toolkit, locale);
  const record = useRecord(locale);
  const check = useCheck();
  const letters = useLetters(locale, record.props.entries);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = tr('title');
  }, [locale]);

  if (!ready) return null;
  return (
    <ToolkitView locale={locale} section={section} focusHeading={moved}>
      {section === 'check' ? (
        <CheckView
          locale={locale}
          {...check}
          onRecord={() => {
            const r = check.result;
            if (!r) return;
            record.prefill({ at: localMinute(new Date()), channel: 'sms', said: r.text, rules: check.advice?.rules ?? [] });
            location.hash = '#record';
          }}
        />
      ) : section === 'record' ? (
        <RecordView locale={locale} {...record.props} />
      ) : section === 'letters' ? (
        <LettersView locale={locale} {...letters} />
      ) : (
        <p class="lg-lead">{tr(`${section}.intro` as 'check.intro')}</p>
      )}
    </ToolkitView>
  );
}

render(<App />, document.getElementById('app')!);
