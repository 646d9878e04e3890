/** What the background injects into a frame: the engine (past the pre-gate) and the overlay (on a hit). */
import { browser } from 'wxt/browser';
import { hostKey, shouldWarn } from '../core/settings';
import type { TabVerdict } from '../core/protocol';
import { getSettings } from '../utils/settings-store';

/** The overlay content script, as built by WXT (entrypoints/overlay.content.ts). */
export const OVERLAY_FILE = '/content-scripts/overlay.js';
/** The engine, as built by WXT (entrypoints/engine.ts, an unlisted script). */
export const ENGINE_FILE = '/engine.js';

export async function maybeInjectOverlay(
  tabId: number,
  frameId: number,
  verdict: TabVerdict['verdict'],
  url: string,
  alreadyLoaded: boolean,
): Promise<void> {
  if (alreadyLoaded) return; // the overlay follows verdict changes by itself
  const settings = await getSettings();
  if (!settings.overlay && !settings.inlineTips) return;
  if (!shouldWarn(settings, verdict, hostKey(url), Date.now())) return;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [OVERLAY_FILE] });
  } catch {
    // The frame navigated away or cannot be scripted (e.g. the Web Store): the badge still shows.
  }
}

export async function injectEngine(tabId: number, frameId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ENGINE_FILE] });
  } catch {
    // The frame navigated away or cannot be scripted: it stays unclassified (no badge).
  }
}
