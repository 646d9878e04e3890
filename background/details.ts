/** "Details" from the overlay: the popup where the browser allows it, else the info page in a tab. */
import { browser, type Browser } from 'wxt/browser';
import { action } from './badge';
import { mayOpen } from './rate-limit';

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
