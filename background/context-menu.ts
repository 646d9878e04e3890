/**
 * Context menu "用借贷护盾检查" on selected text: the selection goes to storage.session (never
 * a URL, so it stays out of history) and the toolkit opens at #check, reads it once, deletes it
 * and checks it. The menu title follows the language setting.
 */
import { browser } from 'wxt/browser';
import { resolveLocale, translator } from '../core/i18n';
import toolkit from '../core/i18n/catalogs/toolkit';
import { MAX_MESSAGE, PENDING_CHECK_KEY } from '../core/message/check';
import { getSettings, watchSettings } from '../utils/settings-store';
import { browserLanguage } from '../utils/locale';

const MENU_ID = 'lg-check-selection';

async function title(): Promise<string> {
  const s = await getSettings().catch(() => null);
  return translator(toolkit, resolveLocale(s?.language, browserLanguage()))('menu.check');
}

/** (Re)create the item: menus survive worker restarts in Chrome, so clear ours first. */
async function createMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ID, title: await title(), contexts: ['selection'] });
}

export function listenForContextMenu(): void {
  if (!browser.contextMenus) return;
  void createMenu().catch(() => undefined);
  let language: string | undefined;
  watchSettings((s) => {
    if (s.language === language) return;
    language = s.language;
    void title().then((t) => browser.contextMenus.update(MENU_ID, { title: t })).catch(() => undefined);
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== MENU_ID) return;
    const text = typeof info.selectionText === 'string' ? info.selectionText.slice(0, MAX_MESSAGE) : '';
    if (!text.trim()) return;
    void browser.storage.session
      .set({ [PENDING_CHECK_KEY]: text })
      .then(() => browser.tabs.create({ url: browser.runtime.getURL('/toolkit.html#check') }));
  });
}
