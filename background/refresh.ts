/**
 * The toolbar's default tooltip and every tab's badge under the current settings: at start-up
 * and whenever any setting changes (language, kinds, sensitivity, a mute from the overlay), so
 * the badge follows the same rule as the banner (core/signals.ts). The manifest's title
 * follows the browser language only.
 */
import { action, badgeTranslator } from './badge';
import { storedTabIds, updateTab } from './tab-store';

export async function refreshBadges(): Promise<void> {
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
