/**
 * The toolbar badge and tooltip for one tab, in the user's language setting ('auto' = the
 * browser's UI language).
 */
import { browser } from 'wxt/browser';
import { resolveLocale, translator } from '../core/i18n';
import overlayCatalog from '../core/i18n/catalogs/overlay';
import type { FlaggedKind } from '../core/types';
import type { TabVerdict } from '../core/protocol';
import { browserLanguage } from '../utils/locale';
import { getSettings } from '../utils/settings-store';
import { BADGE_COLORS } from './tab-verdicts';

/**
 * The toolbar button's API: `action` in MV3 (Chrome), `browserAction` in Firefox's MV2 build
 * (webextension-polyfill does not alias one to the other).
 */
export function action(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/** Badge texts in the user's language setting. */
export async function badgeTranslator() {
  const settings = await getSettings();
  return translator(overlayCatalog, resolveLocale(settings.language, browserLanguage()));
}

export async function showBadge(tabId: number, tv: TabVerdict | null): Promise<void> {
  try {
    if (!tv || tv.verdict.kind === 'none') {
      await action().setBadgeText({ tabId, text: '' });
      await action().setTitle({ tabId, title: '' }); // back to the default title (see applyLanguage)
      return;
    }
    const tr = await badgeTranslator();
    const kind = tv.verdict.kind as FlaggedKind;
    await action().setBadgeBackgroundColor({ tabId, color: BADGE_COLORS[kind] });
    await action().setBadgeTextColor?.({ tabId, color: '#ffffff' });
    await action().setBadgeText({ tabId, text: tr(`badge.${kind}`) });
    await action().setTitle({ tabId, title: tr(`badgeTitle.${kind}`) });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}
