/**
 * Toolkit page glue: language from settings, the section from the URL hash, and each section's
 * browser-side wiring (evidence store, downloads, clipboard) from the files next to this one.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../components/options/options.css';
import '../../components/toolkit/toolkit.css';
import { CalcView } from '../../components/toolkit/CalcView';
import { CheckView } from '../../components/toolkit/CheckView';
import { LettersView } from '../../components/toolkit/LettersView';
import { RecordView } from '../../components/toolkit/RecordView';
import { sectionFromHash, type SectionId } from '../../components/toolkit/sections';
import { ToolkitView } from '../../components/toolkit/ToolkitView';
import { draftFromPending, parsePending, PENDING_RECORD_KEY } from '../../core/evidence/page-record';
import { localMinute } from '../../core/evidence/validate';
import { translator } from '../../core/i18n';
import toolkit from '../../core/i18n/catalogs/toolkit';
import { selectAdvice } from '../../core/message/advice';
import { checkMessage, MAX_MESSAGE, PENDING_CHECK_KEY, type MessageResult } from '../../core/message/check';
import { useSettings } from '../../utils/use-settings';
import { useDocumentLocale } from '../../utils/use-document-locale';
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
  // Text sent by the context menu: read once, delete, check.
  useEffect(() => {
    void browser.storage.session
      .get(PENDING_CHECK_KEY)
      .then(async (got) => {
        const pending = got[PENDING_CHECK_KEY];
        if (typeof pending !== 'string' || !pending.trim()) return;
        await browser.storage.session.remove(PENDING_CHECK_KEY);
        const t = pending.slice(0, MAX_MESSAGE);
        setText(t);
        setResult(checkMessage(t));
        if (location.hash !== '#check') location.hash = '#check';
      })
      .catch(() => undefined);
  }, []);
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

/** A claim the on-page note asked to record (background/record-this.ts): read once, delete, pre-fill. */
function usePendingRecord(prefill: (d: ReturnType<typeof draftFromPending>) => void, intro: string, ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    void browser.storage.session
      .get(PENDING_RECORD_KEY)
      .then(async (got) => {
        if (!(PENDING_RECORD_KEY in got)) return;
        await browser.storage.session.remove(PENDING_RECORD_KEY);
        const p = parsePending(got[PENDING_RECORD_KEY], Date.now());
        if (!p) return;
        prefill(draftFromPending(p, intro));
        if (location.hash !== '#record') location.hash = '#record';
      })
      .catch(() => undefined);
  }, [ready]);
}

function App() {
  const { locale, ready } = useSettings();
  const [section, moved] = useSection();
  const tr = translator(toolkit, locale);
  const record = useRecord(locale);
  const check = useCheck();
  const letters = useLetters(locale, record.props.entries);
  usePendingRecord(record.prefill, tr('record.fromPage'), ready);

  useDocumentLocale(locale, tr('title'));

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
        <CalcView locale={locale} />
      )}
    </ToolkitView>
  );
}

render(<App />, document.getElementById('app')!);
