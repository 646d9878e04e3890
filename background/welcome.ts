import { browser } from 'wxt/browser';

/** Open the welcome page on the first install only: Chromium reports 'install' on every launch under --load-extension. */
export const WELCOMED_KEY = 'welcomed';

export async function welcomeOnce(): Promise<void> {
  const got = await browser.storage.local.get(WELCOMED_KEY);
  if (got[WELCOMED_KEY]) return;
  await browser.storage.local.set({ [WELCOMED_KEY]: true });
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
