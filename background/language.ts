/**
 * The toolbar's default tooltip and every tab's badge in the current language setting: at
 * start-up and whenever the setting changes (the manifest's title follows the browser language
 * only).
 */
import { action, badgeTranslator } from './badge';
import { storedTabIds, updateTab } from './tab-store';

export async function applyLanguage(): Promise<void> {
  try {
    const tr = await badgeTranslator();
    await action().setTitle({ title: tr('actionTitle') });
  } catch {
    /* keep the manifest's title */
  }
  let ids: number[] = [];
  try {
    ids = await storedTabIds();
  } catch {
    return;
  }
  // through the tab's queue, so a verdict arriving meanwhile is not overwritten by a stale badge
  for (const tabId of ids) await updateTab(tabId, (e) => e).catch(() => undefined);
}
