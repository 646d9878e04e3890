/**
 * One tip, opened from a mark on the page (hover, click) or from the banner's list (keyboard).
 * Page text only ever reaches here as a Preact text child (never as HTML).
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { placeCard } from './placement';
import { trusted } from './trusted';
import type { TipView } from './types';

export interface TipCardProps {
  tip: TipView;
  /** the marked words on the page (page-controlled text: rendered as text only) */
  quote?: string;
  /** viewport position of the mark (or null: place where the note is) */
  anchor: { left: number; top: number; bottom: number } | null;
  /** where the note is, for a card without a mark on the page */
  notePos: { left: number; top: number } | null;
  labels: { card: string; quote: string; sources: string; sourceSep: string; close: string; disclaimer: string };
  /** move focus into the card (opened from the keyboard) */
  focus?: boolean;
  onClose: () => void;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
}

export function TipCard(p: TipCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    if (p.focus) ref.current?.focus();
  }, [p.focus, p.tip.id, p.quote]);
  // Measured, then placed beside its mark (placement.ts); its size is capped in the styles, so
  // on a phone it never takes more than half the screen.
  const a = p.anchor;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const r = el.getBoundingClientRect();
    const vp = { width: window.innerWidth, height: window.innerHeight };
    const size = { width: r.width, height: r.height };
    const next = a
      ? placeCard(vp, size, a)
      : placeCard(vp, size, { left: p.notePos?.left ?? vp.width, top: p.notePos?.top ?? vp.height, bottom: p.notePos?.top ?? vp.height });
    setPos((cur) => (cur && cur.left === next.left && cur.top === next.top ? cur : next));
  }, [a?.left, a?.top, a?.bottom, p.tip.id, p.notePos?.left, p.notePos?.top]);
  // punctuation of the UI language (the labels arrive translated: CJK labels take full-width marks)
  const cjk = /[\u3400-\u9fff]/.test(p.labels.sources);
  const style = pos ? { left: `${pos.left}px`, top: `${pos.top}px` } : { left: '-10000px', top: '0px' };
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
      onKeyDown={trusted((e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          p.onClose();
        }
      })}
    >
      <div class="head">
        <h4 class="grow">{p.tip.title}</h4>
        <button type="button" class="icon" aria-label={p.labels.close} title={p.labels.close} onClick={trusted(() => p.onClose())}>
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
