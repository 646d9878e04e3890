/** A collapsible section of the popup: a native <details>, so it works with keyboard and screen readers. */
import type { ComponentChildren } from 'preact';

export interface SectionProps {
  id: string;
  title: string;
  open?: boolean;
  children: ComponentChildren;
}

export function Section({ id, title, open = false, children }: SectionProps) {
  return (
    <details class="lg-section" id={`section-${id}`} open={open} data-section={id}>
      <summary>
        <h2>{title}</h2>
      </summary>
      <div class="lg-section-body">{children}</div>
    </details>
  );
}
