/**
 * The keyboard shortcut (manifest `commands`, "focus-note"): focus the Loan Guard note in the
 * active tab's page, so it is the next stop for the keyboard; where there is no note, open the
 * popup (or, where the browser will not open it, the info page in a tab).
 */
import { browser, type Browser } from 'wxt/browser';
import { openDetails } from './details';

export const FOCUS_NOTE_COMMAND = 'focus-note';

async function focusNote(tab: Browser.tabs.Tab | undefined): Promise<void> {
  const active = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (active?.id === undefined) return;
  let focused = false;
  try {
    // the top frame's overlay answers true when it focused its note
    focused = (await browser.tabs.sendMessage(active.id, { type: 'lg:focus-note' }, { frameId: 0 })) === true;
  } catch {
    focused = false; // no overlay in this tab (or a page we cannot script)
  }
  if (!focused) await openDetails(active);
}

export function listenForCommands(): void {
  // Firefox for Android has no commands API
  browser.commands?.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    if (command === FOCUS_NOTE_COMMAND) void focusNote(tab).catch(() => {});
  });
}
