/**
 * "Record this" from the note: the frame's own stored verdict (never anything the page sends)
 * becomes a pending record in storage.session, and the toolkit opens at #record to show it in
 * the entry form. Nothing is saved in the log until the user saves it there.
 */
import { browser, type Browser } from 'wxt/browser';
import { PENDING_RECORD_KEY, pendingRecord } from '../core/evidence/page-record';
import { urlKey } from '../core/protocol';
import { mayOpen } from './rate-limit';
import { readTab } from './tab-store';

/** Its own rate limit (a details tab just opened must not block a record tab). */
const lastOpened = new Map<number, number>();

export async function recordThis(tab: Browser.tabs.Tab, frameId: number, senderUrl: string): Promise<void> {
  if (tab.id === undefined) return;
  const stored = (await readTab(tab.id))?.frames[String(frameId)];
  // The verdict must be this frame's, for the page it is showing now.
  if (!stored || stored.url !== urlKey(senderUrl)) return;
  const pending = pendingRecord(stored.verdict, senderUrl, Date.now());
  if (!pending || !mayOpen(tab.id, Date.now(), lastOpened)) return;
  await browser.storage.session.set({ [PENDING_RECORD_KEY]: pending });
  await browser.tabs.create({
    url: browser.runtime.getURL('/toolkit.html#record'),
    index: (tab.index ?? 0) + 1,
    windowId: tab.windowId,
    openerTabId: tab.id,
  });
}
