/**
 * Small hooks the overlay needs from its surroundings: the detector's page state, the view (a
 * new one when the verdict, the settings or the page mutes change), and the commands shortcut
 * (background → "focus the note").
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageState } from '../page-state';
import { requireRest } from './handoff';
import type { OverlayView } from './view';
import { verdictKey } from './view-key';

/** Re-render whenever the detector publishes a new verdict or sample. */
export function usePageRev(state: PageState): number {
  const [rev, setRev] = useState(state.rev);
  useEffect(() => {
    const l = () => setRev(state.rev);
    state.listeners.add(l);
    l();
    return () => void state.listeners.delete(l);
  }, [state]);
  return rev;
}

/** storage.local keys whose change can change the view: the settings and the page mutes */
const VIEW_KEYS = ['settings', 'mutedPages'];

/**
 * The view to show: the worker's first one, then a new one from the lazy script (loaded then)
 * whenever the verdict's key, the settings or the page mutes change. `memory` is passed along
 * so the new view keeps what the user chose on this page meanwhile.
 */
export function useView(state: PageState, rev: number, first: OverlayView | null, memory: () => OverlayView['memory'] | null) {
  const [view, setView] = useState<OverlayView | null>(first);
  const asked = useRef(0);
  const refresh = () => {
    const n = ++asked.current;
    requireRest()
      .then((r) => r.view(state, memory()))
      .then((v) => n === asked.current && setView(v), () => {});
  };
  // The worker injects the overlay before the watcher has its reply: until a verdict is here
  // there is nothing to compare (and nothing is shown); a page that is no longer flagged
  // shows nothing either, whatever view is kept.
  const key = verdictKey(state.verdict);
  useEffect(() => {
    if (key && key !== view?.key) refresh();
  }, [rev, key]);
  useEffect(() => {
    const l = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && VIEW_KEYS.some((k) => k in changes)) refresh();
    };
    browser.storage.onChanged.addListener(l);
    return () => browser.storage.onChanged.removeListener(l);
  }, []);
  return view;
}

/**
 * The commands shortcut: the background asks the top frame to focus the note; the answer says
 * whether there was one (without one, the background opens the popup instead). Only messages
 * from our own background count: a content script's sender has no tab.
 */
export function useFocusNote(focus: () => boolean): void {
  const ref = useRef(focus);
  ref.current = focus;
  useEffect(() => {
    const l = (msg: unknown, sender: { id?: string; tab?: unknown }, reply: (r: boolean) => void) => {
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      if ((msg as { type?: unknown } | null)?.type !== 'lg:focus-note') return undefined;
      reply(ref.current());
      return undefined;
    };
    browser.runtime.onMessage.addListener(l);
    return () => browser.runtime.onMessage.removeListener(l);
  }, []);
}
