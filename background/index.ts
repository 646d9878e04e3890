/**
 * The background (Chrome MV3 service worker, Firefox MV2 event page): wires the listeners of
 * each concern. Listeners are registered synchronously at start, so a worker woken by an event
 * gets it.
 */
import { browser } from 'wxt/browser';
import { getSettings, watchSettings } from '../utils/settings-store';
import { listenForCommands } from './commands';
import { applyLanguage } from './language';
import { listenForMessages } from './router';
import { forgetTab, updateTab } from './tab-store';
import { afterNavigation } from './tab-verdicts';
import { welcomeOnce } from './welcome';

export function startBackground(): void {
  listenForMessages();
  listenForCommands();

  // A new page in the tab: the old verdict goes (the badge too; Chrome also resets
  // tab-specific badge values on navigation). Same-document URL changes (SPA) too: the
  // detector re-reports for the new URL.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (typeof change.url !== 'string') return;
    const url = change.url;
    void updateTab(tabId, (e) => afterNavigation(e, url));
  });
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void welcomeOnce().catch(() => {});
  });

  // Badge and tooltip language follow the setting, live.
  let language: string | undefined;
  void getSettings().then((s) => {
    language = s.language;
    return applyLanguage();
  });
  watchSettings((s) => {
    if (s.language === language) return;
    language = s.language;
    void applyLanguage();
  });
}
