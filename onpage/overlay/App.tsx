/**
 * The overlay: whether to show anything here (one decision: verdict, settings, mutes, what the
 * user closed this session), the note, the marks, the tip card and the toast. The pieces live
 * in hooks beside this file; the texts come from note-text.ts.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { translator } from '../../core/i18n';
import commonCatalog from '../../core/i18n/catalogs/common';
import overlayCatalog from '../../core/i18n/catalogs/overlay';
import { recordable } from '../../core/evidence/recordable';
import { hostKey } from '../../core/settings';
import { signalsFor } from '../../core/signals';
import { initialMode, type NoteMode } from '../../core/site-memory';
import type { FlaggedKind, Tip, TipId } from '../../core/types';
import { muteSite, unmuteSite } from '../../utils/settings-store';
import { useSettings } from '../../utils/use-settings';
import { supportsHighlights, type Mark } from '../marks';
import type { PageState } from '../page-state';
import { Note } from './Note';
import { noteTexts, type Stance } from './note-text';
import { isPageMuted, mutePage, unmutePage } from './page-mutes';
import { TipCard } from './TipCard';
import { tipView } from './tip-view';
import { Toast } from './Toast';
import type { TipView } from './types';
import { useFocusNote, usePageMutes, usePageRev } from './use-page';
import { useMarks } from './use-marks';
import { usePlacement } from './use-placement';
import { useSiteMemory } from './use-site-memory';
import { markInSight, useTipCard } from './use-tip-card';

/** tips listed in the open note: every distinct claim, so marks under our UI stay reachable */
const MAX_NOTE_TIPS = 8;
const TOAST_MS = 10_000;

interface ToastState {
  text: string;
  undo?: () => Promise<unknown> | void;
  focus: boolean;
}

function anchorOf(m: Mark | null): { left: number; top: number; bottom: number } | null {
  if (!m) return null;
  const r = m.range.getClientRects()[0] ?? m.range.getBoundingClientRect();
  if (!r || (r.width === 0 && r.height === 0)) return null;
  return { left: r.left, top: r.top, bottom: r.bottom };
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export function App({ state, host }: { state: PageState; host: Element }) {
  const { settings, locale, ready } = useSettings();
  const rev = usePageRev(state);
  const verdict = state.verdict;
  const url = state.url;
  const site = hostKey(url);
  const memory = useSiteMemory(site);
  const pageMutes = usePageMutes();
  const [modeChoice, setModeChoice] = useState<NoteMode | null>(null);
  const [toast, setToast] = useState<ToastState | null>(null);

  const loaded = ready && memory.memory !== null && pageMutes !== null;
  // The same rule as the badge (core/signals.ts), plus what the user chose for this page/site.
  const chosenQuiet = !loaded || memory.memory!.closed || isPageMuted(pageMutes!, url);
  const sig = signalsFor(settings, chosenQuiet ? null : verdict, site, Date.now());
  const warn = sig.badge === 'warn';
  const bigEnough = window === window.top || (window.innerWidth >= 300 && window.innerHeight >= 200);
  const showNote = sig.banner && bigEnough;
  const highlightOk = supportsHighlights();
  const showMarks = sig.marks && highlightOk;
  const mode: NoteMode = modeChoice ?? initialMode(window.innerWidth, memory.memory ?? {});

  const marksRef = useRef<Mark[]>([]);
  const tipCard = useTipCard(host, marksRef, warn);
  const card = tipCard.card;
  const markCount = useMarks(state, host, rev, showMarks, card?.mark ?? null, marksRef);

  // One floating element at a time is placed: the note, or the toast that replaced it.
  const floatRef = useRef<HTMLElement>(null);
  const place = usePlacement(floatRef, host, `${showNote ? mode : 'none'}|${toast ? 'toast' : ''}|${locale}`);
  const noteRef = useRef<HTMLElement | null>(null);
  useFocusNote(() => {
    const el = noteRef.current;
    if (!showNote || !el?.isConnected) return false;
    el.focus();
    return true;
  });

  useEffect(() => {
    if (!toast) return;
    const t = setTimeout(() => setToast(null), TOAST_MS);
    return () => clearTimeout(t);
  }, [toast]);

  const kind = (verdict?.kind === 'none' || !verdict ? 'overdue' : verdict.kind) as FlaggedKind;
  const tips = useMemo(() => {
    const seen = new Set<TipId>();
    const out: { tip: Tip; view: TipView }[] = [];
    for (const t of verdict?.tips ?? []) {
      if (seen.has(t.id)) continue;
      seen.add(t.id);
      out.push({ tip: t, view: tipView(t.id, locale, t.rate) });
    }
    return out;
  }, [verdict, locale]);
  const texts = noteTexts(
    {
      kind,
      level: verdict?.level ?? 'low',
      ...((verdict as { stance?: Stance } | null)?.stance ? { stance: (verdict as { stance?: Stance }).stance } : {}),
      jurisdiction: verdict?.jurisdiction ?? 'unknown',
      tipNames: tips.map((t) => t.view.name),
      marks: highlightOk && settings.inlineTips ? markCount : null,
      host: site,
    },
    locale,
  );
  const tr = translator(overlayCatalog, locale);
  const common = translator(commonCatalog, locale);

  // ------------------------------------------------------------ actions
  const focusInOurs = () => host.contains(document.activeElement) || document.activeElement === host;
  const done = (text: string, undo?: () => Promise<unknown> | void) =>
    setToast({ text, ...(undo ? { undo } : {}), focus: focusInOurs() });
  const failed = () => setToast({ text: tr('actionFailed'), focus: focusInOurs() });

  const setMode = (m: NoteMode) => {
    setModeChoice(m);
    memory.change({ mode: m });
  };
  const openTip = (id: TipId, from: HTMLElement) => {
    const mark = marksRef.current.find((m) => m.tip.id === id) ?? null;
    const tip = mark?.tip ?? verdict?.tips.find((t) => t.id === id);
    if (!tip) return;
    if (mark && !markInSight(mark, host)) {
      mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
    }
    tipCard.open(tip, mark, from);
  };
  const close = () => {
    memory.change({ closed: true });
    done(tr('note.closed'), () => memory.change({ closed: false }));
  };
  const onMutePage = () =>
    mutePage(url).then(() => done(tr('mute.pageDone'), () => unmutePage(url)), failed);
  const onMuteSite = () => {
    if (!site) return;
    muteSite(site, 'site').then(() => done(tr('mute.siteDone', { host: site }), () => unmuteSite(site)), failed);
  };

  // A rate card is built from its own claim: `tips` keeps one tip per id, so it carries the first
  // claim's rate (issue 11; the fix from 7bf2661, lost when App was split into hooks).
  const cardView = card
    ? card.tip.rate
      ? tipView(card.tip.id, locale, card.tip.rate)
      : (tips.find((t) => t.tip.id === card.tip.id)?.view ?? tipView(card.tip.id, locale))
    : null;
  const setNoteRef = (el: HTMLElement | null) => {
    noteRef.current = el;
    (floatRef as { current: HTMLElement | null }).current = el;
  };

  return (
    <div class="lg" data-kind={kind} lang={locale} data-marks={markCount} data-warn={warn ? '1' : '0'} data-mode={mode}>
      {showNote && verdict && !toast ? (
        <Note
          kind={kind}
          mode={mode}
          texts={texts}
          tips={tips.slice(0, MAX_NOTE_TIPS).map((t) => t.view)}
          pos={place}
          noteRef={setNoteRef}
          onMode={setMode}
          onTip={openTip}
          onDetails={() => void browser.runtime.sendMessage({ type: 'lg:open-details' }).catch(() => {})}
          {...(recordable(verdict) ? { onRecord: () => void browser.runtime.sendMessage({ type: 'lg:record-this' }).catch(() => {}) } : {})}
          onClose={close}
          onMutePage={onMutePage}
          onMuteSite={onMuteSite}
        />
      ) : null}
      {card && cardView && warn ? (
        <TipCard
          tip={cardView}
          quote={card.tip.text}
          anchor={anchorOf(card.mark)}
          notePos={place}
          focus={card.focus}
          labels={{
            card: tr('card.label', { name: cardView.name }),
            quote: tr('card.quote', { text: card.tip.text }),
            sources: tr('card.sources'),
            sourceSep: tr('card.sourceSep'),
            close: tr('card.close'),
            disclaimer: tr('disclaimer'),
          }}
          onClose={tipCard.close}
        />
      ) : null}
      {toast ? (
        <Toast
          text={toast.text}
          pos={place}
          focus={toast.focus}
          toastRef={(el) => ((floatRef as { current: HTMLElement | null }).current = el)}
          {...(toast.undo
            ? {
                undo: {
                  label: common('undo'),
                  run: () => {
                    const u = toast.undo!;
                    setToast(null);
                    void Promise.resolve(u()).catch(() => {});
                  },
                },
              }
            : {})}
        />
      ) : null}
    </div>
  );
}
