/**
 * The slot the overlay's two scripts and the worker meet in: the worker leaves the first view
 * here before it injects the overlay (background/injection.ts), and the lazy script
 * (entrypoints/overlay-rest.ts) registers itself here when the worker injects it on request.
 * Like the page state, it lives in the extension's isolated world under a symbol: page scripts
 * cannot see it. Type-only imports: the first script must not pull the lazy one's code in.
 */
import { browser } from 'wxt/browser';
import type { SiteMemory } from '../../core/site-memory';
import type { Tip } from '../../core/types';
import type { PageState } from '../page-state';
import type { CardLabels } from './tip-view';
import type { TipView } from './types';
import type { OverlayView } from './view';

/** What the lazy script offers the first one. */
export interface OverlayRest {
  /** a fresh view for the page's current verdict, settings and mutes (null: nothing to show) */
  view(state: Pick<PageState, 'url' | 'verdict'>, memory: SiteMemory | null): Promise<OverlayView | null>;
  card(tip: Tip, locale: OverlayView['locale']): { view: TipView; labels: CardLabels };
  mutePage(url: string): Promise<unknown>;
  unmutePage(url: string): Promise<unknown>;
  /** mute / unmute a site ("this site, no more notes"); rejects for a host that cannot be muted */
  muteSite(site: string): Promise<unknown>;
  unmuteSite(site: string): Promise<unknown>;
}

interface Slot {
  view?: OverlayView;
  rest?: OverlayRest;
  waiting?: ((r: OverlayRest) => void)[];
}

const KEY = Symbol.for('loan-guard.overlay');

function slot(): Slot {
  const g = globalThis as Record<symbol, Slot | undefined>;
  return (g[KEY] ??= {});
}

/** The view the worker left for the first render (taken once). */
export function takeFirstView(): OverlayView | null {
  const s = slot();
  const v = s.view ?? null;
  delete s.view;
  return v;
}

/** Called by the lazy script once it has loaded. */
export function provideRest(rest: OverlayRest): void {
  const s = slot();
  s.rest = rest;
  for (const w of s.waiting?.splice(0) ?? []) w(rest);
}

export function loadedRest(): OverlayRest | null {
  return slot().rest ?? null;
}

let asked: Promise<OverlayRest> | null = null;

/**
 * The lazy script, loaded once: the worker injects it into this frame on request (no
 * web-accessible resource a page could probe). Rejects if the worker could not.
 */
export function requireRest(): Promise<OverlayRest> {
  const s = slot();
  if (s.rest) return Promise.resolve(s.rest);
  if (asked) return asked;
  asked = new Promise<OverlayRest>((resolve, reject) => {
    (s.waiting ??= []).push(resolve);
    browser.runtime.sendMessage({ type: 'lg:overlay-rest' }).then(
      (ok: unknown) => {
        if (ok === true) return;
        asked = null;
        reject(new Error('the lazy overlay script was not injected'));
      },
      (e: unknown) => {
        asked = null;
        reject(e);
      },
    );
  });
  return asked;
}
