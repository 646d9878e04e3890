/**
 * Per-tab verdicts in storage.session (a restarted worker keeps them), with an in-memory cache
 * in front. Writes per tab run one after another so two frames reporting at once cannot lose an
 * update; every write ends with the tab's badge.
 */
import { browser } from 'wxt/browser';
import { showBadge } from './badge';
import { sanitizeVerdict } from '../core/protocol';
import { tabVerdict, type TabEntry } from './tab-verdicts';

const PREFIX = 'lg:tab:';
const key = (tabId: number) => `${PREFIX}${tabId}`;

const cache = new Map<number, TabEntry | undefined>();
const queues = new Map<number, Promise<unknown>>();

export async function readTab(tabId: number): Promise<TabEntry | undefined> {
  if (cache.has(tabId)) return cache.get(tabId);
  let entry: TabEntry | undefined;
  try {
    const got = await browser.storage.session.get(key(tabId));
    entry = parseEntry(got[key(tabId)]);
  } catch {
    entry = undefined;
  }
  cache.set(tabId, entry);
  return entry;
}

/** A stored entry as read back: frames whose verdict no longer validates are dropped. */
function parseEntry(x: unknown): TabEntry | undefined {
  const frames = (x as TabEntry | undefined)?.frames;
  if (typeof frames !== 'object' || frames === null) return undefined;
  const out: TabEntry = { frames: {} };
  for (const [id, tv] of Object.entries(frames)) {
    const verdict = sanitizeVerdict(tv?.verdict);
    if (verdict && typeof tv.url === 'string' && typeof tv.at === 'number') out.frames[id] = { ...tv, verdict };
  }
  return out;
}

export function updateTab(tabId: number, fn: (e: TabEntry | undefined) => TabEntry | undefined): Promise<TabEntry | undefined> {
  const prev = queues.get(tabId) ?? Promise.resolve();
  const run = prev.then(async () => {
    const before = await readTab(tabId);
    const next = fn(before);
    // Nothing stored before or after (an ordinary page navigating): no storage write, no badge
    // call — this runs on every navigation, while the page is loading.
    if (before === undefined && next === undefined) return next;
    const kept = next && Object.keys(next.frames).length > 0 ? next : undefined;
    cache.set(tabId, kept);
    try {
      if (kept) await browser.storage.session.set({ [key(tabId)]: kept });
      else await browser.storage.session.remove(key(tabId));
    } catch {
      // Quota or a storage failure: this worker still knows (cache), and the badge still shows.
      // Only a worker restart before the next successful write would forget it.
    }
    await showBadge(tabId, tabVerdict(kept));
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
