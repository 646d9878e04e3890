/**
 * The note's per-site memory for this browsing session (core/site-memory.ts), kept in
 * storage.session — emptied when the browser closes, never written to disk. The site is taken
 * from the sender's URL as the browser reports it, so a frame can only read or change its own
 * site's entry. Writes run one after another so two frames cannot lose an update.
 */
import { browser } from 'wxt/browser';
import { hostKey } from '../core/settings';
import {
  parseSiteMemoryChange, parseSiteMemoryStore, SITE_MEMORY_KEY, withSiteChange, type SiteMemory,
} from '../core/site-memory';

let queue: Promise<unknown> = Promise.resolve();

export function siteMemory(senderUrl: string, change: unknown): Promise<SiteMemory> {
  const host = hostKey(senderUrl);
  if (!host) return Promise.resolve({});
  const c = parseSiteMemoryChange(change);
  const run = queue.then(async () => {
    const got = await browser.storage.session.get(SITE_MEMORY_KEY);
    let store = parseSiteMemoryStore(got[SITE_MEMORY_KEY]);
    if (c) {
      store = withSiteChange(store, host, c);
      await browser.storage.session.set({ [SITE_MEMORY_KEY]: store });
    }
    return store[host] ?? {};
  });
  queue = run.catch(() => undefined);
  return run;
}
