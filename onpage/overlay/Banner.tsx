/**
 * The on-page banner: what the page may be about, why we think so, the most useful tips, and
 * the actions. Props only (no browser APIs); all texts arrive translated.
 */
import { trusted } from './trusted';
import type { TipView } from './types';

export interface BannerTexts {
  region: string;
  brand: string;
  heading: string;
  lead: string;
  why: string;
  whyLines: string[];
  tipsHeading: string;
  tipsNote: string;
  jurisdiction?: string;
  details: string;
  dismiss: string;
  muteSite: string;
  pause: string;
  collapse: string;
  expand: string;
  collapsed: string;
  openTip: (name: string) => string;
}

export interface BannerProps {
  kind: 'scam' | 'overdue' | 'lender';
  texts: BannerTexts;
  tips: TipView[];
  collapsed: boolean;
  /** how many claims are marked on the page (exposed for tests as data-marks) */
  marks: number;
  note?: string;
  onToggle: () => void;
  /** open a tip; `from` is the button that asked (focus goes back to it when the card closes) */
  onTip: (id: TipView['id'], from: HTMLElement) => void;
  onDetails: () => void;
  onDismiss: () => void;
  onMute: () => void;
  onPause: () => void;
}

export function Banner(p: BannerProps) {
  const t = p.texts;
  if (p.collapsed) {
    return (
      <button type="button" class="pill" aria-label={t.expand} aria-expanded="false" onClick={trusted(() => p.onToggle())} data-marks={p.marks}>
        {t.collapsed}
      </button>
    );
  }
  return (
    <section class="banner" role="region" aria-label={t.region} data-marks={p.marks}>
      <div class="head">
        <div class="grow">
          <p class="brand">{t.brand}</p>
          <h2>{t.heading}</h2>
        </div>
        <button type="button" class="icon" aria-label={t.collapse} title={t.collapse} aria-expanded="true" onClick={trusted(() => p.onToggle())}>
          –
        </button>
        <button type="button" class="icon" aria-label={t.dismiss} title={t.dismiss} onClick={trusted(() => p.onDismiss())}>
          ×
        </button>
      </div>
      <p class="lead">{t.lead}</p>
      {t.jurisdiction ? <p class="note">{t.jurisdiction}</p> : null}
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
                <button type="button" class="chip" aria-label={t.openTip(tip.title)} onClick={trusted((e) => p.onTip(tip.id, e.currentTarget as HTMLElement))}>
                  {tip.title}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {p.note ? <p class="note" role="status">{p.note}</p> : null}
      <div class="actions">
        <button type="button" class="btn primary" onClick={trusted(() => p.onDetails())}>
          {t.details}
        </button>
        <button type="button" class="btn" onClick={trusted(() => p.onMute())}>
          {t.muteSite}
        </button>
        <button type="button" class="btn" onClick={trusted(() => p.onPause())}>
          {t.pause}
        </button>
      </div>
    </section>
  );
}
