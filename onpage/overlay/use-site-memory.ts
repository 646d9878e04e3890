/**
 * `useSiteMemory(site)` — what the user chose for the note on this site in this browsing
 * session (collapsed or open, closed), kept by the background in storage.session: content
 * scripts cannot reach storage.session in Firefox, and should not read other tabs' entries
 * in Chrome. `memory` is null until the background has answered.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseSiteMemory, withSiteChange, type SiteMemory, type SiteMemoryChange } from '../../core/site-memory';

function ask(change?: SiteMemoryChange): Promise<SiteMemory> {
  return browser.runtime
    .sendMessage(change ? { type: 'lg:site-memory', change } : { type: 'lg:site-memory' })
    .then(parseSiteMemory);
}

export function useSiteMemory(site: string | null) {
  const [memory, setMemory] = useState<SiteMemory | null>(null);
  useEffect(() => {
    let alive = true;
    if (!site) {
      setMemory({});
      return;
    }
    ask().then(
      (m) => alive && setMemory(m),
      () => alive && setMemory({}), // no background answer: start fresh, as on a first visit
    );
    return () => {
      alive = false;
    };
  }, [site]);

  const change = (c: SiteMemoryChange) => {
    if (!site) return;
    setMemory((m) => withSiteChange({ [site]: m ?? {} }, site, c)[site] ?? {});
    void ask(c).catch(() => {});
  };
  return { memory, change };
}
