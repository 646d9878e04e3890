/**
 * `usePlacement(noteRef, host, key)` — where the note sits: measured, then placed in a free
 * corner (placement.ts) away from the page's fixed/sticky controls (obstacles.ts). Placed
 * again when the viewport changes, after scrolling settles (sticky bars come and go), when the
 * page adds or removes top-level elements (late floaters), and when `key` changes (the note
 * opened or collapsed and so changed size).
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { findEdgeObstacles } from './obstacles';
import { placeNote, type Placement } from './placement';

const SETTLE_MS = 150;

export function usePlacement(noteRef: RefObject<HTMLElement>, host: Element, key: string): Placement | null {
  const [place, setPlace] = useState<Placement | null>(null);

  const measure = () => {
    const el = noteRef.current;
    if (!el) return;
    const r = el.getBoundingClientRect();
    const next = placeNote(
      { width: window.innerWidth, height: window.innerHeight },
      { width: r.width, height: r.height },
      findEdgeObstacles(window, host),
    );
    setPlace((cur) =>
      cur && cur.left === next.left && cur.top === next.top && cur.corner === next.corner ? cur : next,
    );
  };

  // Before paint on every size change: the note never flashes over the page's controls.
  useLayoutEffect(measure, [key]);

  useEffect(() => {
    const ac = new AbortController();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const later = () => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        measure();
      }, SETTLE_MS);
    };
    const opts = { passive: true, signal: ac.signal };
    window.addEventListener('resize', later, opts);
    window.addEventListener('scroll', later, { ...opts, capture: true });
    window.addEventListener('load', later, opts);
    const mo = new MutationObserver((records) => {
      if (records.some((r) => r.target !== host && !host.contains(r.target))) later();
    });
    if (document.body) mo.observe(document.body, { childList: true, attributes: true, attributeFilter: ['style', 'class'] });
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(later) : null;
    if (noteRef.current) ro?.observe(noteRef.current);
    return () => {
      ac.abort();
      mo.disconnect();
      ro?.disconnect();
      if (timer !== null) clearTimeout(timer);
    };
  }, [key]);

  return place;
}
