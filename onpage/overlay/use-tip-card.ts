/**
 * `useTipCard(host, marks, enabled)` — the one tip card and what opens and closes it:
 * - a mouse or pen pointing at a mark opens it (it closes again shortly after the pointer
 *   leaves both the mark and the card);
 * - a click or a tap on a mark pins it; a click or tap anywhere else on the page closes it;
 * - Escape closes it, and focus goes back to the note's button that opened it;
 * - a card follows its mark while the page scrolls and closes once its words are out of sight
 *   (scrolled away, or under the page's own fixed header).
 * Only real input counts (`isTrusted`): nothing a page script dispatches opens or closes it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Tip } from '../../core/types';
import { markAt, type Mark } from '../marks';

export interface CardState {
  tip: Tip;
  mark: Mark | null;
  pinned: boolean;
  /** move focus into the card (opened from the keyboard) */
  focus: boolean;
  /** bumped on scroll so the card re-reads its mark's position */
  tick: number;
  /**
   * its words have been in sight since it opened (a card opened from the note scrolls its
   * mark into view first; it must not close while that scroll is still on its way)
   */
  seen: boolean;
}

/** Is some part of the mark on screen and not hidden under the page's own fixed elements? */
export function markInSight(m: Mark, host: Element): boolean {
  const rects = m.range.getClientRects();
  const c = m.range.commonAncestorContainer;
  const owner = c.nodeType === 1 ? (c as Element) : c.parentElement;
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (r.bottom <= 0 || r.top >= window.innerHeight || r.right <= 0 || r.left >= window.innerWidth) continue;
    const x = Math.min(Math.max(r.left + r.width / 2, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(r.top + r.height / 2, 0), window.innerHeight - 1);
    const el = document.elementFromPoint(x, y);
    if (!el) continue;
    if (el === host || host.contains(el)) return true; // under our own note: still ours to explain
    if (owner && (el.contains(owner) || owner.contains(el))) return true;
  }
  return false;
}

const HOVER_CLOSE_MS = 350;
const HOVER_THROTTLE_MS = 60;

export function useTipCard(host: Element, marks: { current: Mark[] }, enabled: boolean) {
  const [card, setCard] = useState<CardState | null>(null);
  const cardRef = useRef<CardState | null>(null);
  cardRef.current = card;
  /** the note's button a card was opened from: focus goes back there when the card closes */
  const returnFocus = useRef<HTMLElement | null>(null);

  const close = () => {
    setCard(null);
    const el = returnFocus.current;
    returnFocus.current = null;
    if (el?.isConnected) el.focus();
  };
  const closeRef = useRef(close);
  closeRef.current = close;

  const open = (tip: Tip, mark: Mark | null, from: HTMLElement | null) => {
    returnFocus.current = from;
    setCard({ tip, mark, pinned: true, focus: from !== null, tick: 0, seen: false });
  };

  useEffect(() => {
    if (!enabled) {
      setCard(null);
      return;
    }
    const ac = new AbortController();
    let closeTimer: ReturnType<typeof setTimeout> | null = null;
    let trailing: ReturnType<typeof setTimeout> | null = null;
    let last = 0;
    let pending: { x: number; y: number; ours: boolean } | null = null;
    const cancelClose = () => {
      if (closeTimer !== null) clearTimeout(closeTimer);
      closeTimer = null;
    };
    const ours = (e: Event) => e.composedPath().includes(host);

    const hover = (p: { x: number; y: number; ours: boolean }) => {
      last = performance.now();
      pending = null;
      const cur = cardRef.current;
      if (p.ours) return cancelClose(); // on our card or note: keep what is open
      const m = markAt(marks.current, p.x, p.y);
      if (m) {
        cancelClose();
        if (cur?.mark !== m && !cur?.pinned) setCard({ tip: m.tip, mark: m, pinned: false, focus: false, tick: 0, seen: true });
      } else if (cur && !cur.pinned && closeTimer === null) {
        closeTimer = setTimeout(() => {
          closeTimer = null;
          if (cardRef.current && !cardRef.current.pinned) setCard(null);
        }, HOVER_CLOSE_MS);
      }
    };
    const onMove = (e: PointerEvent) => {
      if (!e.isTrusted || e.pointerType === 'touch') return; // touch has no hover: taps decide
      pending = { x: e.clientX, y: e.clientY, ours: ours(e) };
      const wait = HOVER_THROTTLE_MS - (performance.now() - last);
      if (wait <= 0) hover(pending);
      else if (trailing === null) {
        // a trailing run, so the final pointer position is always tested
        trailing = setTimeout(() => {
          trailing = null;
          if (pending) hover(pending);
        }, wait);
      }
    };
    const onClick = (e: MouseEvent) => {
      if (!e.isTrusted || ours(e)) return;
      const m = markAt(marks.current, e.clientX, e.clientY);
      returnFocus.current = null; // a click on the page moves the user's attention there
      if (m) setCard({ tip: m.tip, mark: m, pinned: true, focus: false, tick: 0, seen: true });
      else if (cardRef.current) setCard(null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.isTrusted && e.key === 'Escape' && cardRef.current) closeRef.current();
    };
    const onScroll = () => {
      const cur = cardRef.current;
      if (!cur?.mark) return;
      const inSight = markInSight(cur.mark, host);
      if (!inSight && cur.seen) setCard(null);
      else setCard({ ...cur, focus: false, tick: cur.tick + 1, seen: cur.seen || inSight });
    };
    const opts = { capture: true, passive: true, signal: ac.signal };
    document.addEventListener('pointermove', onMove, opts);
    document.addEventListener('click', onClick, opts);
    document.addEventListener('keydown', onKey, opts);
    window.addEventListener('scroll', onScroll, opts);
    window.addEventListener('resize', onScroll, { passive: true, signal: ac.signal });
    return () => {
      ac.abort();
      cancelClose();
      if (trailing !== null) clearTimeout(trailing);
    };
  }, [enabled]);

  return { card, open, close, setCard };
}
