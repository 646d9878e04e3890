/** State of the "letters" section; the letter is re-made from the form on every change. */
import { useState } from 'preact/hooks';
import type { LettersViewProps } from '../../components/toolkit/LettersView';
import type { EvidenceEntry } from '../../core/evidence/types';
import { translator } from '../../core/i18n';
import toolkit from '../../core/i18n/catalogs/toolkit';
import { complaintDeadlines } from '../../core/letters/deadlines';
import { fillLetter } from '../../core/letters/fill';
import type { FieldId, LetterId } from '../../core/letters/templates';
import type { Locale } from '../../core/types';
import { download } from '../../utils/download';
import { copyText, printText, today } from './files';

export function useLetters(locale: Locale, entries: EvidenceEntry[]): Omit<LettersViewProps, 'locale'> {
  const tr = translator(toolkit, locale);
  const [letterId, setLetterId] = useState<LetterId>('plan');
  const [values, setValues] = useState<Partial<Record<FieldId, string>>>({});
  const [chosen, setChosen] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const day = today();
  const picked = entries.filter((e) => chosen.includes(e.id));
  const letter = fillLetter(letterId, { values, entries: picked, today: day });
  return {
    letterId, values, entries, chosen, letter, notice,
    deadlines: complaintDeadlines(day),
    onChoose: (id) => (setLetterId(id), setNotice(null)),
    onValue: (f, v) => setValues({ ...values, [f]: v }),
    onToggleEntry: (id, on) => setChosen(on ? [...chosen, id] : chosen.filter((x) => x !== id)),
    onCopy: () => void copyText(letter.text).then((ok) => setNotice(ok ? tr('letters.copied') : tr('letters.copy.failed'))),
    onDownload: () => {
      const file = `loan-guard-${letterId}-${day}.txt`;
      download(letter.text, file);
      setNotice(tr('export.done', { file }));
    },
    onPrint: () => printText(letter.text),
  };
}
