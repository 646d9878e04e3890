/**
 * The overlay: whether to show anything here (the worker's view — one decision: verdict,
 * settings, mutes — plus what the user closed this session), the note, the marks, the tip card
 * and the toast. The pieces live in hooks beside this file; the texts arrive in the view
 * (view.ts). What the note does not need at first paint — tip card content, mute actions, new
 * views — comes from the lazy script (rest.ts), loaded on first use.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { fill } from '../../core/i18n/fill';
import { initialMode, type NoteMode } from '../../core/site-memory';
import type { TipId } from '../../core/types';
import { supportsHighlights, type Mark } from '../marks';
import type { PageState } from '../page-state';
import { loadedRest, requireRest, type OverlayRest } from './handoff';
import { Note } from './Note';
import { TipCard } from './TipCard';
import { Toast } from './Toast';
import { useFocusNote, usePageRev, useView } from './use-page';
import { useMarks } from './use-marks';
import { usePlacement } from './use-placement';
import { useSiteMemory } from './use-site-memory';
import { markInSight, useTipCard } from './use-tip-card';
import type { OverlayView } from './view';

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

export function App({ state, host, first }: { state: PageState; host: Element; first: OverlayView | null }) {
  const rev = usePageRev(state);
  const memory = useSiteMemory(first?.site ?? null, first?.memory ?? {});
  const memoryRef = useRef(memory.memory);
  memoryRef.current = memory.memory;
  const view = useView(state, rev, first, () => memoryRef.current);
  const [rest, setRest] = useState<OverlayRest | null>(loadedRest);
  const [modeChoice, setModeChoice] = useState<NoteMode | null>(null);
  const [toast, setToast] = useState<ToastState | null>(null);
  const verdict = state.verdict;
  const url = state.url;
  const site = view?.site ?? null;
  const locale = view?.locale ?? 'zh-CN';

  // The worker's decision (the badge's rule), then what the user chose for this page/site.
  const on = !!view && !!verdict && verdict.kind !== 'none' && !memory.memory.closed && !view.pageMuted;
  const warn = on && view.warn;
  const bigEnough = window === window.top || (window.innerWidth >= 300 && window.innerHeight >= 200);
  const showNote = on && view.banner && bigEnough;
  const highlightOk = supportsHighlights();
  const showMarks = on && view.marks && highlightOk;
  const mode: NoteMode = modeChoice ?? initialMode(window.innerWidth, memory.memory);

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

  // A card's content (knowledge, rate lines) is in the lazy script: load it on the first card.
  const loadRest = () => requireRest().then((r) => (setRest(() => r), r));
  useEffect(() => {
    if (card && !rest) loadRest().catch(() => {});
  }, [card]);

  // ------------------------------------------------------------ actions
  const focusInOurs = () => host.contains(document.activeElement) || document.activeElement === host;
  const done = (text: string, undo?: () => Promise<unknown> | void) =>
    setToast({ text, ...(undo ? { undo } : {}), focus: focusInOurs() });
  const failed = () => view && setToast({ text: view.toast.failed, focus: focusInOurs() });

  const setMode = (m: NoteMode) => {
    setModeChoice(m);
    memory.change({ mode: m });
    if (m === 'open') loadRest().catch(() => {}); // the open note's mute buttons and tip cards
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
    if (view) done(view.toast.closed, () => memory.change({ closed: false }));
  };
  const onMutePage = () =>
    loadRest().then((r) => r.mutePage(url).then(() => view && done(view.toast.pageDone, () => r.unmutePage(url)))).catch(failed);
  const onMuteSite = () => {
    const text = view?.toast.siteDone;
    if (!site || !text) return;
    loadRest().then((r) => r.muteSite(site).then(() => done(text, () => r.unmuteSite(site)))).catch(failed);
  };

  const content = card && rest ? rest.card(card.tip, locale) : null;
  const setNoteRef = (el: HTMLElement | null) => {
    noteRef.current = el;
    (floatRef as { current: HTMLElement | null }).current = el;
  };
  const kind = view?.kind ?? 'overdue';
  const texts = view && {
    ...view.texts,
    ...(highlightOk && view.inlineTips ? { tipsNote: fill(view.tipsCount, { n: markCount }) } : {}),
  };

  return (
    <div class="lg" data-kind={kind} lang={locale} data-marks={markCount} data-warn={warn ? '1' : '0'} data-mode={mode}>
      {showNote && texts && !toast ? (
        <Note
          kind={kind}
          mode={mode}
          texts={texts}
          tips={view.tips.slice(0, MAX_NOTE_TIPS)}
          pos={place}
          noteRef={setNoteRef}
          onMode={setMode}
          onTip={openTip}
          onDetails={() => void browser.runtime.sendMessage({ type: 'lg:open-details' }).catch(() => {})}
          {...(view.recordable ? { onRecord: () => void browser.runtime.sendMessage({ type: 'lg:record-this' }).catch(() => {}) } : {})}
          onClose={close}
          onMutePage={onMutePage}
          onMuteSite={onMuteSite}
        />
      ) : null}
      {card && content && warn ? (
        <TipCard
          tip={content.view}
          quote={card.tip.text}
          anchor={anchorOf(card.mark)}
          notePos={place}
          focus={card.focus}
          labels={content.labels}
          onClose={tipCard.close}
        />
      ) : null}
      {toast ? (
        <Toast
          text={toast.text}
          pos={place}
          focus={toast.focus}
          toastRef={(el) => ((floatRef as { current: HTMLElement | null }).current = el)}
          {...(toast.undo && view
            ? {
                undo: {
                  label: view.toast.undo,
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
