/**
 * The background (Chrome MV3 service worker, Firefox MV2 event page): wires the listeners of
 * each concern. Listeners are registered synchronously at start, so a worker woken by an event
 * gets it.
 */
import { browser } from 'wxt/browser';
import { watchSettings } from '../utils/settings-store';
import { listenForCommands } from './commands';
import { listenForContextMenu } from './context-menu';
import { refreshBadges } from './refresh';
import { listenForMessages } from './router';
import { forgetTab, updateTab } from './tab-store';
import { afterNavigation } from './tab-verdicts';
import { welcomeOnce } from './welcome';

export function startBackground(): void {
  listenForMessages();
  listenForCommands();
  listenForContextMenu();

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

  // Badges and the tooltip follow the settings, live.
  void refreshBadges();
  watchSettings(() => void refreshBadges());
}
