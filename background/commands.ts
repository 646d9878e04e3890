/**
 * The keyboard shortcut (manifest `commands`, "focus-note"): focus the Loan Guard note in the
 * active tab's page (in the frame that holds it), so it is the next stop for the keyboard; where there is no note, open the
 * popup (or, where the browser will not open it, the info page in a tab).
 */
import { browser, type Browser } from 'wxt/browser';
import { openDetails } from './details';
import { readTab } from './tab-store';
import { tabVerdict } from './tab-verdicts';

export const FOCUS_NOTE_COMMAND = 'focus-note';

async function focusNote(tab: Browser.tabs.Tab | undefined): Promise<void> {
  const active = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (active?.id === undefined) return;
  let focused = false;
  try {
    // The frame whose verdict the badge shows (the top frame's, else the strongest frame's: a
    // loan page inside an iframe has its note there); its overlay answers true when it focused.
    const frameId = tabVerdict(await readTab(active.id).catch(() => undefined))?.frameId ?? 0;
    focused = (await browser.tabs.sendMessage(active.id, { type: 'lg:focus-note' }, { frameId })) === true;
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
