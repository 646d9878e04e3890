/** A list of knowledge items (rights, timeline steps, deduction notes): title, plain text, basis. */
import type { ItemView } from '../../core/knowledge';
import { SourceList } from '../SourceList';

export interface FactListProps {
  items: ItemView[];
  ordered?: boolean;
  className?: string;
  sourcesLabel: string;
  openLabel: string;
  /** formats an "as of" date: (date) => "截至 2026-01-20" */
  asOf: (date: string) => string;
  /** formats an "as of" date past its review period: "截至 …，此后可能已有变化…" */
  staleAsOf: (date: string) => string;
  confidenceNote: string;
}

export function FactList({ items, ordered = false, className, sourcesLabel, openLabel, asOf, staleAsOf, confidenceNote }: FactListProps) {
  const children = items.map((it) => (
    <li key={it.id} data-id={it.id}>
      <h3>{it.title}</h3>
      {it.body.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <SourceList
        sources={it.sources}
        label={sourcesLabel}
        openLabel={openLabel}
        asOf={it.asOf.map((d) => (it.stale.includes(d) ? staleAsOf(d) : asOf(d)))}
        {...(it.confidence === 'medium' || it.confidence === 'low' ? { note: confidenceNote } : {})}
      />
    </li>
  ));
  return ordered ? <ol class={className}>{children}</ol> : <ul class={className}>{children}</ul>;
}
