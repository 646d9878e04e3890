/**
 * Small hooks the overlay needs from its surroundings: the detector's page state, the page
 * mutes, and the commands shortcut (background → "focus the note").
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isMessage } from '../../core/protocol';
import type { PageState } from '../page-state';
import { getPageMutes, watchPageMutes, type PageMute } from './page-mutes';

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

/** The pages the user muted one by one (null until read). */
export function usePageMutes(): PageMute[] | null {
  const [list, setList] = useState<PageMute[] | null>(null);
  useEffect(() => {
    let alive = true;
    const unwatch = watchPageMutes((l) => alive && setList(l));
    getPageMutes().then(
      (l) => alive && setList(l),
      () => alive && setList([]),
    );
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return list;
}

/**
 * The commands shortcut: the background asks the top frame to focus the note; `focus` answers
 * whether there was one (without one, the background opens the popup instead). Only messages
 * from our own background count: a content script's sender has no tab.
 */
export function useFocusNote(focus: () => boolean): void {
  const ref = useRef(focus);
  ref.current = focus;
  useEffect(() => {
    const l = (msg: unknown, sender: { id?: string; tab?: unknown }) => {
      if (sender.id !== browser.runtime.id || sender.tab || !isMessage(msg) || msg.type !== 'lg:focus-note') return undefined;
      return Promise.resolve(ref.current());
    };
    browser.runtime.onMessage.addListener(l);
    return () => browser.runtime.onMessage.removeListener(l);
  }, []);
}
