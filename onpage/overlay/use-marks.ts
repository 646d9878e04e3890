/**
 * `useMarks(state, host, show, active)` — the page's claims marked in place (CSS Custom
 * Highlight API, onpage/marks.ts), kept in step with the page: rebuilt when the verdict or the
 * sample changes, dropped at once when the marked words leave the page (a re-render), and the
 * detector asked for a fresh sample then (it throttles).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  buildMarks, clearMarks, ensureHighlightStyles, marksStale, paintMarks, type Mark,
} from '../marks';
import type { PageState } from '../page-state';

/**
 * Keeps `marksRef` (read by event handlers, which want the latest without re-subscribing) in
 * step with the page; returns how many marks are painted.
 */
export function useMarks(
  state: PageState, host: Element, rev: number, show: boolean, active: Mark | null, marksRef: { current: Mark[] },
): number {
  const [count, setCount] = useState(0);
  const activeRef = useRef(active);
  activeRef.current = active;

  useEffect(() => {
    if (!show || !state.sample || !state.verdict) {
      marksRef.current = [];
      clearMarks();
      setCount(0);
      return;
    }
    ensureHighlightStyles(document);
    const marks = buildMarks(document, state.sample, state.verdict.tips);
    marksRef.current = marks;
    const cur = activeRef.current;
    paintMarks(marks, cur ? (marks.find((m) => m.tip.start === cur.tip.start) ?? null) : null);
    setCount(marks.length);
  }, [rev, show]);

  useEffect(() => () => clearMarks(), []);

  useEffect(() => {
    if (show) paintMarks(marksRef.current, active);
  }, [active, show]);

  useEffect(() => {
    if (!show || !document.body) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const obs = new MutationObserver((records) => {
      if (records.every((r) => r.target === host || host.contains(r.target))) return;
      if (timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        const marks = marksRef.current;
        if (!marksStale(marks) && marks.length >= (state.verdict?.tips.length ?? 0)) return;
        const live = marks.filter((m) => !marksStale([m]));
        marksRef.current = live;
        const cur = activeRef.current;
        paintMarks(live, cur && live.includes(cur) ? cur : null);
        setCount(live.length);
        state.rescan();
      }, 120);
    });
    obs.observe(document.body, { childList: true, subtree: true, characterData: true });
    ensureHighlightStyles(document); // re-add if the page replaced document.adoptedStyleSheets
    return () => {
      obs.disconnect();
      if (timer !== null) clearTimeout(timer);
    };
  }, [show]);

  return count;
}
