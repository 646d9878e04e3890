/**
 * One tip, opened from a mark on the page (hover, click) or from the banner's list (keyboard).
 * Page text only ever reaches here as a Preact text child (never as HTML).
 */
import { useEffect, useRef } from 'preact/hooks';
import type { TipView } from './types';

export interface TipCardProps {
  tip: TipView;
  /** the marked words on the page (page-controlled text: rendered as text only) */
  quote?: string;
  /** viewport position of the mark (or null: place next to the banner) */
  anchor: { left: number; top: number; bottom: number } | null;
  labels: { card: string; quote: string; sources: string; sourceSep: string; close: string; disclaimer: string };
  /** move focus into the card (opened from the keyboard) */
  focus?: boolean;
  onClose: () => void;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
}

const WIDTH = 320;

export function TipCard(p: TipCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (p.focus) ref.current?.focus();
  }, [p.focus, p.tip.id, p.quote]);

  const vw = typeof window !== 'undefined' ? window.innerWidth : 1024;
  const vh = typeof window !== 'undefined' ? window.innerHeight : 768;
  const style: Record<string, string> = {};
  if (p.anchor) {
    const left = Math.max(8, Math.min(p.anchor.left, vw - WIDTH - 8));
    style.left = `${left}px`;
    // Below the mark when there is room, else above it.
    if (p.anchor.bottom + 8 + 220 < vh || p.anchor.top < 240) style.top = `${Math.max(8, p.anchor.bottom + 8)}px`;
    else style.bottom = `${Math.max(8, vh - p.anchor.top + 8)}px`;
  } else {
    style.right = '16px';
    style.bottom = '16px';
  }
  return (
    <div
      class="card"
      role="dialog"
      aria-modal="false"
      aria-label={p.labels.card}
      tabIndex={-1}
      ref={ref}
      style={style}
      data-tip={p.tip.id}
      onPointerEnter={p.onPointerEnter}
      onPointerLeave={p.onPointerLeave}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          p.onClose();
        }
      }}
    >
      <div class="head">
        <h4 class="grow">{p.tip.title}</h4>
        <button type="button" class="icon" aria-label={p.labels.close} title={p.labels.close} onClick={p.onClose}>
          ×
        </button>
      </div>
      {p.quote ? <p class="quote">{p.labels.quote}</p> : null}
      <p>{p.tip.body}</p>
      {p.tip.rateLines?.map((l) => (
        <p key={l}>{l}</p>
      ))}
      {p.tip.sources.length > 0 ? (
        <p class="src">
          {p.labels.sources}
          {p.tip.sources.map((s, i) => (
            <span key={i}>
              {i > 0 ? p.labels.sourceSep : ''}
              {s.label}
            </span>
          ))}
        </p>
      ) : null}
      {p.tip.note ? <p class="src">{p.tip.note}</p> : null}
      <p class="src">{p.labels.disclaimer}</p>
    </div>
  );
}
