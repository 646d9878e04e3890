/**
 * Background service worker: per-tab verdicts (storage.session, so a restarted worker keeps
 * them), the toolbar badge, the popup's questions, and the decision to inject the overlay.
 *
 * Trust: only messages from this extension (sender.id) are read at all; verdicts and overlay
 * requests must come from a content script in a tab (sender.tab); the popup's question must
 * come from one of our own pages. Pages cannot message us (no externally_connectable).
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import { hostKey, shouldWarn } from '../core/settings';
import { resolveLocale, translator } from '../core/i18n';
import overlayCatalog from '../core/i18n/catalogs/overlay';
import type { FlaggedKind } from '../core/types';
import { isMessage, sanitizeVerdict, type Message, type TabVerdict } from '../utils/messages';
import { getSettings, watchSettings } from '../utils/settings-store';
import { afterNavigation, BADGE_COLORS, tabVerdict, withFrame, type TabEntry } from '../utils/tab-verdicts';

/** The overlay content script, as built by WXT (entrypoints/overlay.content.tsx). */
export const OVERLAY_FILE = '/content-scripts/overlay.js';
/** The engine, as built by WXT (entrypoints/engine.ts, an unlisted script). */
export const ENGINE_FILE = '/engine.js';

function browserLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return undefined;
  }
}

/**
 * The toolbar button's API: `action` in MV3 (Chrome), `browserAction` in Firefox's MV2 build
 * (webextension-polyfill does not alias one to the other).
 */
function action(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

const key = (tabId: number) => `lg:tab:${tabId}`;

// In-memory cache in front of storage.session; writes per tab run one after another so two
// frames reporting at once cannot lose an update.
const cache = new Map<number, TabEntry | undefined>();
const queues = new Map<number, Promise<unknown>>();

async function readTab(tabId: number): Promise<TabEntry | undefined> {
  if (cache.has(tabId)) return cache.get(tabId);
  const got = await browser.storage.session.get(key(tabId));
  const entry = got[key(tabId)] as TabEntry | undefined;
  cache.set(tabId, entry);
  return entry;
}

function updateTab(tabId: number, fn: (e: TabEntry | undefined) => TabEntry | undefined): Promise<TabEntry | undefined> {
  const prev = queues.get(tabId) ?? Promise.resolve();
  const run = prev.then(async () => {
    const before = await readTab(tabId);
    const next = fn(before);
    // Nothing stored before or after (an ordinary page navigating): no storage write, no badge
    // call — this runs on every navigation, while the page is loading.
    if (before === undefined && next === undefined) return next;
    cache.set(tabId, next && Object.keys(next.frames).length > 0 ? next : undefined);
    if (next && Object.keys(next.frames).length > 0) await browser.storage.session.set({ [key(tabId)]: next });
    else await browser.storage.session.remove(key(tabId));
    await showBadge(tabId, tabVerdict(next));
    return next;
  });
  queues.set(tabId, run.catch(() => undefined));
  return run;
}

/** Badge texts in the user's language setting ('auto' = the browser's UI language). */
async function badgeTranslator() {
  const settings = await getSettings();
  return translator(overlayCatalog, resolveLocale(settings.language, browserLanguage()));
}

async function showBadge(tabId: number, tv: TabVerdict | null): Promise<void> {
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

/**
 * The toolbar's default tooltip and every tab's badge in the current language setting: at
 * start-up and whenever the setting changes (the manifest's title follows the browser language
 * only).
 */
async function applyLanguage(): Promise<void> {
  try {
    const tr = await badgeTranslator();
    await action().setTitle({ title: tr('actionTitle') });
  } catch {
    /* keep the manifest's title */
  }
  let all: Record<string, unknown> = {};
  try {
    all = await browser.storage.session.get(null);
  } catch {
    return;
  }
  for (const k of Object.keys(all)) {
    const tabId = Number(k.startsWith('lg:tab:') ? k.slice(7) : NaN);
    // through the tab's queue, so a verdict arriving meanwhile is not overwritten by a stale badge
    if (Number.isInteger(tabId) && tabId >= 0) await updateTab(tabId, (e) => e).catch(() => undefined);
  }
}

/** Open the welcome page on the first install only: Chromium reports 'install' on every launch under --load-extension. */
export const WELCOMED_KEY = 'welcomed';

async function welcomeOnce(): Promise<void> {
  const got = await browser.storage.local.get(WELCOMED_KEY);
  if (got[WELCOMED_KEY]) return;
  await browser.storage.local.set({ [WELCOMED_KEY]: true });
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}

async function maybeInjectOverlay(
  tabId: number,
  frameId: number,
  verdict: TabVerdict['verdict'],
  url: string,
  alreadyLoaded: boolean,
): Promise<void> {
  if (alreadyLoaded) return; // the overlay follows verdict changes by itself
  const settings = await getSettings();
  if (!settings.overlay && !settings.inlineTips) return;
  if (!shouldWarn(settings, verdict, hostKey(url), Date.now())) return;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [OVERLAY_FILE] });
  } catch {
    // The frame navigated away or cannot be scripted (e.g. the Web Store): the badge still shows.
  }
}

async function openDetails(tab: Browser.tabs.Tab): Promise<void> {
  try {
    // Chrome 127+ lets an extension open its popup; it fails when the window is not focused.
    await action().openPopup();
    return;
  } catch {
    /* fall back to the info page in a tab */
  }
  const url = browser.runtime.getURL(`/popup.html?tab=${tab.id ?? ''}`);
  await browser.tabs.create({ url, index: (tab.index ?? 0) + 1, windowId: tab.windowId, openerTabId: tab.id });
}

function fromOwnPage(sender: Browser.runtime.MessageSender): boolean {
  const origin = browser.runtime.getURL('/');
  return typeof sender.url === 'string' && sender.url.startsWith(origin);
}

async function handle(msg: Message, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const tab = sender.tab;
  switch (msg.type) {
    case 'lg:verdict': {
      if (!tab?.id || tab.id < 0 || fromOwnPage(sender)) return undefined;
      const verdict = sanitizeVerdict(msg.verdict);
      if (!verdict || typeof msg.url !== 'string') return undefined;
      const frameId = sender.frameId ?? 0;
      const url = sender.url ?? msg.url; // the browser's word for the frame URL wins
      const tv: TabVerdict | null =
        verdict.kind === 'none' ? null : { verdict, url, at: Date.now(), frameId };
      await updateTab(tab.id, (e) => withFrame(e, frameId, tv));
      if (tv) await maybeInjectOverlay(tab.id, frameId, verdict, url, msg.overlay === true);
      return undefined;
    }
    case 'lg:need-engine': {
      // Only our detector sends this (pages cannot reach runtime.sendMessage); it asks once per
      // page, and the engine script does nothing if it is already there.
      if (!tab?.id || tab.id < 0 || fromOwnPage(sender)) return undefined;
      try {
        await browser.scripting.executeScript({ target: { tabId: tab.id, frameIds: [sender.frameId ?? 0] }, files: [ENGINE_FILE] });
      } catch {
        // The frame navigated away or cannot be scripted: it stays unclassified (no badge).
      }
      return undefined;
    }
    case 'lg:clear': {
      if (!tab?.id || tab.id < 0 || fromOwnPage(sender)) return undefined;
      await updateTab(tab.id, (e) => withFrame(e, sender.frameId ?? 0, null));
      return undefined;
    }
    case 'lg:get-verdict': {
      if (!fromOwnPage(sender) || typeof msg.tabId !== 'number') return null;
      return tabVerdict(await readTab(msg.tabId));
    }
    case 'lg:open-details': {
      if (!tab?.id || fromOwnPage(sender)) return undefined;
      await openDetails(tab);
      return undefined;
    }
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !isMessage(msg)) return undefined;
    return handle(msg, sender);
  });

  // A new page in the tab: the old verdict goes (the badge too; Chrome also resets
  // tab-specific badge values on navigation). Same-document URL changes (SPA) too: the
  // detector re-reports for the new URL.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (typeof change.url !== 'string') return;
    const url = change.url;
    void updateTab(tabId, (e) => afterNavigation(e, url));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    cache.delete(tabId);
    queues.delete(tabId);
    void browser.storage.session.remove(key(tabId));
  });

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
});
