/**
 * The overlay goes only into a flagged frame, and only when the settings say to warn there.
 * It comes in two scripts: the first (entrypoints/overlay.ts) renders the note from a view the
 * worker makes here (onpage/overlay/view.ts) and leaves in the frame's isolated world just
 * before; the rest (entrypoints/overlay-rest.ts: tip cards, mute actions, new views) is
 * injected only when the overlay asks for it. Both by scripting.executeScript: no
 * web-accessible resource a page could probe.
 */
import { browser } from 'wxt/browser';
import { resolveLocale } from '../core/i18n';
import { hostKey } from '../core/settings';
import { signalsFor } from '../core/signals';
import type { Verdict } from '../core/types';
import { getPageMutes, isPageMuted } from '../onpage/overlay/page-mutes';
import { overlayView, type OverlayView } from '../onpage/overlay/view';
import { browserLanguage } from '../utils/locale';
import { getSettings } from '../utils/settings-store';
import { siteMemory } from './site-memory';

/** The overlay's scripts, as built by WXT (unlisted scripts). */
export const OVERLAY_FILE = '/overlay.js';
export const OVERLAY_REST_FILE = '/overlay-rest.js';

/** Runs in the frame (serialised by the browser): leaves the view where the overlay takes it (handoff.ts). */
function leaveView(view: OverlayView): void {
  const g = globalThis as unknown as Record<symbol, { view?: OverlayView } | undefined>;
  const key = Symbol.for('loan-guard.overlay');
  (g[key] ??= {}).view = view;
}

export async function maybeInjectOverlay(tabId: number, frameId: number, verdict: Verdict, url: string): Promise<void> {
  const settings = await getSettings();
  const now = Date.now();
  const sig = signalsFor(settings, verdict, hostKey(url), now);
  if (!sig.banner && !sig.marks) return;
  const [memory, pageMutes] = await Promise.all([siteMemory(url, undefined), getPageMutes().catch(() => [])]);
  const view = overlayView({
    settings, verdict, url, memory, now,
    locale: resolveLocale(settings.language, browserLanguage()),
    pageMuted: isPageMuted(pageMutes, url),
  });
  const target = { tabId, frameIds: [frameId] };
  try {
    await browser.scripting.executeScript({ target, func: leaveView, args: [view] });
    await browser.scripting.executeScript({ target, files: [OVERLAY_FILE] });
  } catch {
    // The frame navigated away or cannot be scripted (e.g. the Web Store): the badge still shows.
  }
}

/** The overlay's lazy script, into the frame that asked (the overlay loads it once). */
export async function injectOverlayRest(tabId: number, frameId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [OVERLAY_REST_FILE] });
    return true;
  } catch {
    return false;
  }
}
