/**
 * Per-tab verdicts in storage.session (a restarted worker keeps them), with an in-memory cache
 * in front. Writes per tab run one after another so two frames reporting at once cannot lose an
 * update; every write ends with the tab's badge.
 */
import { browser } from 'wxt/browser';
import { showBadge } from './badge';
import { tabVerdict, type TabEntry } from './tab-verdicts';

const PREFIX = 'lg:tab:';
const key = (tabId: number) => `${PREFIX}${tabId}`;

const cache = new Map<number, TabEntry | undefined>();
const queues = new Map<number, Promise<unknown>>();

export async function readTab(tabId: number): Promise<TabEntry | undefined> {
  if (cache.has(tabId)) return cache.get(tabId);
  const got = await browser.storage.session.get(key(tabId));
  const entry = got[key(tabId)] as TabEntry | undefined;
  cache.set(tabId, entry);
  return entry;
}

export function updateTab(tabId: number, fn: (e: TabEntry | undefined) => TabEntry | undefined): Promise<TabEntry | undefined> {
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

export function forgetTab(tabId: number): void {
  cache.delete(tabId);
  queues.delete(tabId);
  void browser.storage.session.remove(key(tabId));
}

/** Every tab with a stored verdict. */
export async function storedTabIds(): Promise<number[]> {
  const all = await browser.storage.session.get(null);
  return Object.keys(all)
    .map((k) => Number(k.startsWith(PREFIX) ? k.slice(PREFIX.length) : NaN))
    .filter((id) => Number.isInteger(id) && id >= 0);
}
