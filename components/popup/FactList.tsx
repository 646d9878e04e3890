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
  confidenceNote: string;
}

export function FactList({ items, ordered = false, className, sourcesLabel, openLabel, asOf, confidenceNote }: FactListProps) {
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
        asOf={it.asOf.map(asOf)}
        {...(it.confidence === 'medium' || it.confidence === 'low' ? { note: confidenceNote } : {})}
      />
    </li>
  ));
  return ordered ? <ol class={className}>{children}</ol> : <ul class={className}>{children}</ul>;
}
