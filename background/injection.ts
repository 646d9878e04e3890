/** The overlay goes only into a flagged frame, and only when the settings say to warn there. */
import { browser } from 'wxt/browser';
import { hostKey } from '../core/settings';
import { signalsFor } from '../core/signals';
import type { Verdict } from '../core/types';
import { getSettings } from '../utils/settings-store';

/** The overlay script, as built by WXT (entrypoints/overlay.ts, an unlisted script). */
export const OVERLAY_FILE = '/overlay.js';

export async function maybeInjectOverlay(tabId: number, frameId: number, verdict: Verdict, url: string): Promise<void> {
  const sig = signalsFor(await getSettings(), verdict, hostKey(url), Date.now());
  if (!sig.banner && !sig.marks) return;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [OVERLAY_FILE] });
  } catch {
    // The frame navigated away or cannot be scripted (e.g. the Web Store): the badge still shows.
  }
}
