/** "Details" from the overlay: the popup where the browser allows it, else the info page in a tab. */
import { browser, type Browser } from 'wxt/browser';
import { action } from './badge';

/** At most one details tab per tab in this long, whatever asks. */
export const DETAILS_GAP_MS = 3_000;
const lastOpened = new Map<number, number>();

/** Per-tab rate limit (pure bookkeeping, exported for tests): may tab `tabId` open one now? */
export function mayOpen(tabId: number, now: number, last: Map<number, number> = lastOpened): boolean {
  const prev = last.get(tabId);
  if (prev !== undefined && now - prev < DETAILS_GAP_MS) return false;
  last.set(tabId, now);
  if (last.size > 1_000) last.delete(last.keys().next().value as number);
  return true;
}

export async function openDetails(tab: Browser.tabs.Tab): Promise<void> {
  if (tab.id === undefined || !mayOpen(tab.id, Date.now())) return;
  try {
    // Chrome 127+ lets an extension open its popup; it fails when the window is not focused.
    await action().openPopup();
    return;
  } catch {
    /* fall back to the info page in a tab */
  }
  const url = browser.runtime.getURL(`/popup.html?tab=${tab.id}`);
  await browser.tabs.create({ url, index: (tab.index ?? 0) + 1, windowId: tab.windowId, openerTabId: tab.id });
}
