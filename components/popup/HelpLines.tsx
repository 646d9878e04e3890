/** Help lines: what each is for, and one tap to copy the number (with a visible confirmation). */
import { useState } from 'preact/hooks';
import type { HelpLineView } from '../../core/knowledge';
import { SourceList } from '../SourceList';

export interface HelpLinesProps {
  lines: HelpLineView[];
  /** copies text; resolves true when it worked, false when the clipboard is unavailable */
  copy: (text: string) => Promise<boolean>;
  labels: {
    copy: string;
    copyLabel: (name: string, number: string) => string;
    copied: (number: string) => string;
    copyFailed: (number: string) => string;
    sources: string;
    open: string;
    asOf: (d: string) => string;
    confidenceNote: string;
  };
}

export function HelpLines({ lines, copy, labels }: HelpLinesProps) {
  const [status, setStatus] = useState<{ id: string; ok: boolean; number: string } | null>(null);

  const onCopy = (line: HelpLineView) => {
    copy(line.number).then(
      (ok) => setStatus({ id: line.id, ok, number: line.number }),
      () => setStatus({ id: line.id, ok: false, number: line.number }),
    );
  };

  return (
    <>
      <ul class="lg-help">
        {lines.map((line) => (
          <li key={line.id} data-line={line.id}>
            <div class="lg-help-head">
              <h3>
                <span class="lg-number">{line.number}</span> <span class="lg-help-name">{line.title}</span>
              </h3>
              <button
                type="button"
                class="lg-copy"
                aria-label={labels.copyLabel(line.title, line.number)}
                onClick={() => onCopy(line)}
              >
                {labels.copy}
              </button>
            </div>
            <p>{line.use}</p>
            {status?.id === line.id ? (
              <p class={status.ok ? 'lg-copied' : 'lg-copy-failed'} data-copy-status={status.ok ? 'ok' : 'failed'}>
                {status.ok ? labels.copied(status.number) : labels.copyFailed(status.number)}
              </p>
            ) : null}
            <SourceList
              sources={line.sources}
              label={labels.sources}
              openLabel={labels.open}
              asOf={line.asOf.map(labels.asOf)}
              {...(line.confidence === 'medium' || line.confidence === 'low' ? { note: labels.confidenceNote } : {})}
            />
          </li>
        ))}
      </ul>
      <p class="lg-sr-only" role="status" aria-live="polite">
        {status ? (status.ok ? labels.copied(status.number) : labels.copyFailed(status.number)) : ''}
      </p>
    </>
  );
}
