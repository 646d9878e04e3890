/**
 * The note: one line first (the kind and one action), the full note on request. Props only
 * (no browser APIs); all texts arrive translated (note-text.ts); its place comes from
 * placement.ts through `pos`.
 * Every button acts on the user's own input only (trusted.ts).
 */
import type { Ref } from 'preact';
import type { NoteTexts } from './note-text';
import { trusted } from './trusted';
import type { TipView } from './types';
import type { NoteMode } from '../../core/site-memory';

export interface NoteProps {
  kind: 'scam' | 'overdue' | 'lender';
  mode: NoteMode;
  texts: NoteTexts;
  /** the claims on the page (what a chip needs; a card's content comes when it opens) */
  tips: Pick<TipView, 'id' | 'name' | 'title'>[];
  /** where it sits (viewport px); null until measured: rendered out of sight */
  pos: { left: number; top: number } | null;
  noteRef: Ref<HTMLElement>;
  onMode: (mode: NoteMode) => void;
  /** open a tip; `from` is the button that asked (focus goes back to it when the card is closed) */
  onTip: (id: TipView['id'], from: HTMLElement) => void;
  onDetails: () => void;
  /** "record this": given only on a collection page with a claim worth recording */
  onRecord?: () => void;
  onClose: () => void;
  onMutePage: () => void;
  onMuteSite: () => void;
}

const NOTE_ID = 'lg-note-body';

export function Note(p: NoteProps) {
  const t = p.texts;
  const style = p.pos
    ? { left: `${p.pos.left}px`, top: `${p.pos.top}px` }
    : { left: '-10000px', top: '0px' };
  const close = (
    <button type="button" class="icon" aria-label={t.closeLabel} title={t.closeLabel} onClick={trusted(p.onClose)}>
      ×
    </button>
  );
  if (p.mode === 'compact') {
    return (
      <section class="note banner compact" role="region" aria-label={t.region} tabIndex={-1} ref={p.noteRef} style={style} data-mode="compact">
        <h2 class="line">
          <span class="brand">{t.brand}</span> <span>{t.heading}</span>
        </h2>
        <button type="button" class="btn primary" aria-expanded="false" aria-controls={NOTE_ID} onClick={trusted(() => p.onMode('open'))}>
          {t.more}
        </button>
        {close}
      </section>
    );
  }
  return (
    <section class="note banner open" role="region" aria-label={t.region} tabIndex={-1} ref={p.noteRef} style={style} data-mode="open">
      <div class="head">
        <div class="grow">
          <p class="brand">{t.brand}</p>
          <h2>{t.heading}</h2>
        </div>
        <button
          type="button" class="btn" aria-expanded="true" aria-controls={NOTE_ID} aria-label={t.collapseLabel} title={t.collapseLabel}
          onClick={trusted(() => p.onMode('compact'))}
        >
          {t.collapse}
        </button>
        {close}
      </div>
      <div id={NOTE_ID} class="body">
        <p class="lead">{t.lead}</p>
        {t.jurisdiction ? <p class="aside">{t.jurisdiction}</p> : null}
        <h3>{t.why}</h3>
        <ul>
          {t.whyLines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
        {p.tips.length > 0 ? (
          <>
            <h3>{t.tipsHeading}</h3>
            <p class="small">{t.tipsNote}</p>
            <ul class="tips">
              {p.tips.map((tip) => (
                <li key={tip.id}>
                  <button type="button" class="chip" onClick={trusted((e: MouseEvent) => p.onTip(tip.id, e.currentTarget as HTMLElement))}>
                    {tip.title}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <div class="actions">
          <button type="button" class="btn primary" onClick={trusted(p.onDetails)}>
            {t.details}
          </button>
          {p.onRecord ? (
            <button type="button" class="btn" aria-label={t.recordLabel} title={t.recordLabel} onClick={trusted(p.onRecord)}>
              {t.record}
            </button>
          ) : null}
        </div>
        <div class="mute" role="group" aria-label={t.muteLegend}>
          <span class="small" aria-hidden="true">{t.muteLegend}</span>
          <button type="button" class="btn" aria-label={t.mutePageLabel} title={t.mutePageLabel} onClick={trusted(p.onMutePage)}>
            {t.mutePage}
          </button>
          {t.muteSite ? (
            <button type="button" class="btn" aria-label={t.muteSiteLabel} title={t.muteSiteLabel} onClick={trusted(p.onMuteSite)}>
              {t.muteSite}
            </button>
          ) : null}
        </div>
      </div>
    </section>
  );
}
