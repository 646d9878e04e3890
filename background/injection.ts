/** The overlay goes only into a flagged frame, and only when the settings say to warn there. */
import { browser } from 'wxt/browser';
import { hostKey, shouldWarn } from '../core/settings';
import type { Verdict } from '../core/types';
import { getSettings } from '../utils/settings-store';

/** The overlay script, as built by WXT (entrypoints/overlay.ts, an unlisted script). */
export const OVERLAY_FILE = '/overlay.js';

export async function maybeInjectOverlay(tabId: number, frameId: number, verdict: Verdict, url: string): Promise<void> {
  const settings = await getSettings();
  if (!settings.overlay && !settings.inlineTips) return;
  if (!shouldWarn(settings, verdict, hostKey(url), Date.now())) return;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [OVERLAY_FILE] });
  } catch {
    // The frame navigated away or cannot be scripted (e.g. the Web Store): the badge still shows.
  }
}
