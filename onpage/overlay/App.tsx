/**
 * The overlay's live state: settings (language, mutes), the detector's verdict for this frame,
 * the inline marks, the tip card, and the hit-testing that opens it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Banner, type BannerTexts } from './Banner';
import { TipCard } from './TipCard';
import type { TipView } from './types';
import { translator } from '../../core/i18n';
import commonCatalog from '../../core/i18n/catalogs/common';
import overlayCatalog from '../../core/i18n/catalogs/overlay';
import { hostKey, shouldWarn } from '../../core/settings';
import type { FlaggedKind, Tip, TipId } from '../../core/types';
import { isForeign } from '../../core/types';
import {
  buildMarks, clearMarks, ensureHighlightStyles, markAt, marksStale, paintMarks, supportsHighlights,
  type Mark,
} from '../marks';
import type { PageState } from '../page-state';
import { muteSite, unmuteSite } from '../../utils/settings-store';
import { pageKey } from '../../core/protocol';
import { useSettings } from '../../utils/use-settings';
import { tipView } from './tip-view';

const DAY = 24 * 60 * 60 * 1000;
const MAX_BANNER_TIPS = 3;

interface CardState {
  tip: Tip;
  mark: Mark | null;
  pinned: boolean;
  focus: boolean;
}

function usePageRev(state: PageState): number {
  const [rev, setRev] = useState(state.rev);
  useEffect(() => {
    const l = () => setRev(state.rev);
    state.listeners.add(l);
    l();
    return () => void state.listeners.delete(l);
  }, [state]);
  return rev;
}

function anchorOf(m: Mark | null): { left: number; top: number; bottom: number } | null {
  if (!m) return null;
  const r = m.range.getClientRects()[0] ?? m.range.getBoundingClientRect();
  if (!r || (r.width === 0 && r.height === 0)) return null;
  return { left: r.left, top: r.top, bottom: r.bottom };
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export function App({ ctx, state, host }: { ctx: ContentScriptContext; state: PageState; host: Element }) {
  const { settings, locale, ready } = useSettings();
  const rev = usePageRev(state);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  const [card, setCard] = useState<CardState | null>(null);
  const [toast, setToast] = useState<{ text: string; undo?: () => void } | null>(null);
  const [markCount, setMarkCount] = useState(0);
  const marksRef = useRef<Mark[]>([]);
  const cardRef = useRef<CardState | null>(null);
  cardRef.current = card;
  /** the banner button a card was opened from: focus goes back there when the card is closed */
  const returnFocusRef = useRef<HTMLElement | null>(null);
  const closeCard = () => {
    setCard(null);
    const el = returnFocusRef.current;
    returnFocusRef.current = null;
    if (el?.isConnected) el.focus();
  };
  const closeCardRef = useRef(closeCard);
  closeCardRef.current = closeCard;

  const verdict = state.verdict;
  const url = state.url;
  const site = hostKey(url);
  const warn =
    ready && verdict !== null && dismissed !== pageKey(url) && shouldWarn(settings, verdict, site, Date.now());
  const bigEnough = window === window.top || (window.innerWidth >= 300 && window.innerHeight >= 200);
  const showBanner = warn && settings.overlay && bigEnough;
  const highlightOk = supportsHighlights();
  const showMarks = warn && settings.inlineTips && highlightOk;

  // ------------------------------------------------------------ marks
  useEffect(() => {
    if (!showMarks || !state.sample || !verdict) {
      marksRef.current = [];
      clearMarks();
      setMarkCount(0);
      return;
    }
    ensureHighlightStyles(document);
    const marks = buildMarks(document, state.sample, verdict.tips);
    marksRef.current = marks;
    const active = cardRef.current?.mark ? marks.find((m) => m.tip.start === cardRef.current!.tip.start) : null;
    paintMarks(marks, active ?? null);
    setMarkCount(marks.length);
    if (cardRef.current?.mark && !active) setCard(null); // its words are gone
  }, [rev, showMarks]);

  useEffect(() => () => clearMarks(), []);

  useEffect(() => {
    if (!showMarks) return;
    paintMarks(marksRef.current, card?.mark ?? null);
  }, [card, showMarks]);

  // Marks follow re-renders: when the marked words leave the page, drop those marks at once
  // and ask the detector for a fresh sample (it throttles).
  useEffect(() => {
    if (!showMarks || !document.body) return;
    let timer: number | null = null;
    const obs = new MutationObserver((records) => {
      if (records.every((r) => r.target === host || host.contains(r.target))) return;
      if (timer !== null) return;
      timer = ctx.setTimeout(() => {
        timer = null;
        const marks = marksRef.current;
        if (!marksStale(marks) && marks.length >= (state.verdict?.tips.length ?? 0)) return;
        const live = marks.filter((m) => !marksStale([m]));
        marksRef.current = live;
        paintMarks(live, cardRef.current?.mark && live.includes(cardRef.current.mark) ? cardRef.current.mark : null);
        setMarkCount(live.length);
        state.rescan();
      }, 120);
    });
    obs.observe(document.body, { childList: true, subtree: true, characterData: true });
    ensureHighlightStyles(document); // re-add if the page replaced document.adoptedStyleSheets
    return () => obs.disconnect();
  }, [showMarks]);

  // ------------------------------------------------------------ hit-testing → tip card
  useEffect(() => {
    if (!showMarks) return;
    const ac = new AbortController();
    let last = 0;
    let closeTimer: number | null = null;
    let overCard = false;
    const cancelClose = () => {
      if (closeTimer !== null) clearTimeout(closeTimer);
      closeTimer = null;
    };
    const inOurUi = (e: Event) => e.composedPath().includes(host);
    let trailing: number | null = null;
    type Pt = { x: number; y: number; ours: boolean };
    let lastEvent: Pt | null = null;
    const onMove = (ev: PointerEvent) => {
      // Throttled, with a trailing run so the final pointer position is always tested.
      const e: Pt = { x: ev.clientX, y: ev.clientY, ours: inOurUi(ev) };
      lastEvent = e;
      const now = performance.now();
      if (now - last < 60) {
        if (trailing === null) {
          trailing = window.setTimeout(() => {
            trailing = null;
            if (lastEvent) test(lastEvent);
          }, 60 - (now - last));
        }
        return;
      }
      test(e);
    };
    const test = (e: Pt) => {
      last = performance.now();
      lastEvent = null;
      if (e.ours) {
        overCard = true;
        cancelClose();
        return;
      }
      overCard = false;
      const m = markAt(marksRef.current, e.x, e.y);
      const cur = cardRef.current;
      if (m) {
        cancelClose();
        if (!cur || cur.mark !== m) {
          if (cur?.pinned && cur.mark !== m) return; // a pinned card stays until closed
          setCard({ tip: m.tip, mark: m, pinned: false, focus: false });
        }
      } else if (cur && !cur.pinned && closeTimer === null) {
        closeTimer = window.setTimeout(() => {
          closeTimer = null;
          if (!overCard && cardRef.current && !cardRef.current.pinned) setCard(null);
        }, 350);
      }
    };
    const onClick = (e: MouseEvent) => {
      if (inOurUi(e)) return;
      const m = markAt(marksRef.current, e.clientX, e.clientY);
      returnFocusRef.current = null; // a click on the page moves the user's attention there
      if (m) setCard({ tip: m.tip, mark: m, pinned: true, focus: false });
      else if (cardRef.current) setCard(null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && cardRef.current) closeCardRef.current();
    };
    const opts = { capture: true, passive: true, signal: ac.signal };
    document.addEventListener('pointermove', onMove, opts);
    document.addEventListener('click', onClick, opts);
    document.addEventListener('keydown', onKey, opts);
    // Marks move with the page: a card anchored to one follows on scroll/resize (closes if off-screen).
    const onScroll = () => {
      const cur = cardRef.current;
      if (cur?.mark) setCard({ ...cur, focus: false });
    };
    window.addEventListener('scroll', onScroll, { capture: true, passive: true, signal: ac.signal });
    window.addEventListener('resize', onScroll, { passive: true, signal: ac.signal });
    ctx.onInvalidated(() => ac.abort());
    return () => {
      ac.abort();
      cancelClose();
      if (trailing !== null) clearTimeout(trailing);
    };
  }, [showMarks]);

  useEffect(() => {
    if (!warn) setCard(null);
  }, [warn]);

  // ------------------------------------------------------------ texts
  const tr = translator(overlayCatalog, locale);
  const common = translator(commonCatalog, locale);
  const kind = (verdict?.kind ?? 'overdue') as FlaggedKind;

  const topTips = useMemo(() => {
    const seen = new Set<TipId>();
    const out: { tip: Tip; view: TipView }[] = [];
    for (const t of verdict?.tips ?? []) {
      if (seen.has(t.id)) continue;
      seen.add(t.id);
      out.push({ tip: t, view: tipView(t.id, locale, t.rate) });
    }
    return out;
  }, [verdict, locale]);

  const sep = locale === 'en' ? ', ' : '、';
  const whyLines: string[] = verdict
    ? [
        `${tr(`why.kind.${kind}`)}${locale === 'en' ? ` (${tr(`why.level.${verdict.level}`)})` : `（${tr(`why.level.${verdict.level}`)}）`}`,
        ...(topTips.length ? [tr('why.tips', { list: topTips.map((t) => t.view.name).join(sep) })] : []),
      ]
    : [];

  const texts: BannerTexts = {
    region: tr('region'),
    brand: common('appName'),
    heading: tr(`heading.${kind}`),
    lead: tr(`lead.${kind}`),
    why: tr('why'),
    whyLines,
    tipsHeading: tr('tips'),
    tipsNote: highlightOk && settings.inlineTips ? tr('tips.count', { n: markCount }) : tr('tips.noHighlight'),
    // 'unknown' (no country cue at all) gets no note: most such pages are mainland ones
    ...(verdict && isForeign(verdict.jurisdiction) ? { jurisdiction: tr('jurisdiction') } : {}),
    details: tr('details'),
    dismiss: tr('dismiss'),
    muteSite: tr('muteSite'),
    pause: tr('pause'),
    collapse: tr('collapse'),
    expand: tr('expand'),
    collapsed: tr('collapsed', { kind: common(`kind.${kind}`) }),
    openTip: (name) => tr('tips.open', { name }),
  };

  // ------------------------------------------------------------ actions
  const openTip = (id: TipId, from?: HTMLElement) => {
    const mark = marksRef.current.find((m) => m.tip.id === id) ?? null;
    const tip = mark?.tip ?? verdict?.tips.find((t) => t.id === id);
    if (!tip) return;
    if (mark) {
      const el = mark.range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
    }
    returnFocusRef.current = from ?? null;
    setCard({ tip, mark, pinned: true, focus: true });
  };
  const act = (p: Promise<unknown>, ok: string, undo?: () => void) =>
    p.then(
      () => {
        setToast({ text: ok, ...(undo ? { undo } : {}) });
        ctx.setTimeout(() => setToast(null), 10_000);
      },
      () => setToast({ text: tr('actionFailed') }),
    );

  // A rate card is built from its own claim: topTips keeps one tip per id, so it carries the first claim's rate.
  const cardTip = card
    ? card.tip.rate
      ? tipView(card.tip.id, locale, card.tip.rate)
      : (topTips.find((t) => t.tip.id === card.tip.id)?.view ?? tipView(card.tip.id, locale))
    : null;

  return (
    <div class="lg" data-kind={kind} lang={locale} data-marks={markCount} data-warn={warn ? '1' : '0'}>
      {showBanner && verdict ? (
        <Banner
          kind={kind}
          texts={texts}
          tips={topTips.slice(0, MAX_BANNER_TIPS).map((t) => t.view)}
          collapsed={collapsed}
          marks={markCount}
          onToggle={() => setCollapsed((c) => !c)}
          onTip={openTip}
          onDetails={() => void browser.runtime.sendMessage({ type: 'lg:open-details' }).catch(() => {})}
          onDismiss={() => {
            setDismissed(pageKey(url));
            setCard(null);
          }}
          onMute={() => site && act(muteSite(site, 'site'), tr('muted'), () => void unmuteSite(site))}
          onPause={() => site && act(muteSite(site, 'pause', Date.now() + DAY), tr('paused'), () => void unmuteSite(site))}
        />
      ) : null}
      {card && cardTip && warn ? (
        <TipCard
          tip={cardTip}
          quote={card.tip.text}
          anchor={anchorOf(card.mark)}
          focus={card.focus}
          labels={{
            card: tr('card.label', { name: cardTip.name }),
            quote: tr('card.quote', { text: card.tip.text }),
            sources: tr('card.sources'),
            sourceSep: tr('card.sourceSep'),
            close: tr('card.close'),
            disclaimer: tr('disclaimer'),
          }}
          onClose={closeCard}
        />
      ) : null}
      {toast ? (
        <div class="toast" role="status">
          <span>{toast.text}</span>{' '}
          {toast.undo ? (
            <button
              type="button"
              class="btn"
              onClick={() => {
                toast.undo?.();
                setToast(null);
              }}
            >
              {common('undo')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
