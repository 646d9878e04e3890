/** Myths and what is actually the case. */
import type { MythView } from '../../core/knowledge';
import { SourceList } from '../SourceList';

export interface MythsProps {
  myths: MythView[];
  labels: { myth: string; fact: string; sources: string; open: string; confidenceNote: string };
}

export function Myths({ myths, labels }: MythsProps) {
  return (
    <ul class="lg-myths">
      {myths.map((m) => (
        <li key={m.id} data-id={m.id}>
          <p class="lg-myth">
            <span class="lg-tag lg-tag-myth">{labels.myth}</span> {m.myth}
          </p>
          {m.body.map((b, i) => (
            <p key={i} class="lg-fact">
              {i === 0 ? <span class="lg-tag lg-tag-fact">{labels.fact}</span> : null} {b}
            </p>
          ))}
          <SourceList
            sources={m.sources}
            label={labels.sources}
            openLabel={labels.open}
            {...(m.confidence === 'medium' || m.confidence === 'low' ? { note: labels.confidenceNote } : {})}
          />
        </li>
      ))}
    </ul>
  );
}
