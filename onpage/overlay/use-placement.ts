/**
 * `usePlacement(noteRef, host, key)` — where the note sits: measured, then placed in a free
 * corner (placement.ts) away from the page's fixed/sticky controls (obstacles.ts). Placed
 * again when the note's size changes (it opened or collapsed: `key`), when the viewport
 * changes, after scrolling settles (sticky bars come and go), and when the page adds or removes
 * top-level elements (late floaters).
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { findEdgeObstacles } from './obstacles';
import { homeIsFree, placeNote, type Placement } from './placement';

const SETTLE_MS = 150;

export function usePlacement(noteRef: RefObject<HTMLElement>, host: Element, key: string): Placement | null {
  const [place, setPlace] = useState<Placement | null>(null);
  /** the note's size when last placed: a resize notice for the same size changes nothing */
  const size = useRef({ width: -1, height: -1 });

  const measure = () => {
    const el = noteRef.current;
    if (!el) return;
    const r = el.getBoundingClientRect();
    const note = { width: r.width, height: r.height };
    size.current = note;
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const obstacles = findEdgeObstacles(window, host, note, (found) => homeIsFree(viewport, note, found));
    const next = placeNote(viewport, note, obstacles);
    setPlace((cur) =>
      cur && cur.left === next.left && cur.top === next.top && cur.corner === next.corner ? cur : next,
    );
  };

  // Placed when the browser has laid the note out and before it paints that frame: a
  // ResizeObserver reports then (once when it starts observing, again on every size change), so
  // reading the note's size and hit-testing the page's edges force no layout of the page of
  // their own, and the note never shows over the page's controls (until first placed it is
  // out of sight, Note.tsx).
  useLayoutEffect(() => {
    const el = noteRef.current;
    if (!el) return;
    size.current = { width: -1, height: -1 };
    if (typeof ResizeObserver !== 'function') return measure();
    const ro = new ResizeObserver(() => {
      const r = el.getBoundingClientRect();
      if (r.width !== size.current.width || r.height !== size.current.height) measure();
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [key]);

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
    return () => {
      ac.abort();
      mo.disconnect();
      if (timer !== null) clearTimeout(timer);
    };
  }, [key]);

  return place;
}
