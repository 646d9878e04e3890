/**
 * `useSiteMemory(site, initial)` — what the user chose for the note on this site in this
 * browsing session (collapsed or open, closed), kept by the background in storage.session:
 * content scripts cannot reach storage.session in Firefox, and should not read other tabs'
 * entries in Chrome. `initial` comes with the overlay's view (the worker read it); changes are
 * shown at once and sent to the background.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { withSiteChange, type SiteMemory, type SiteMemoryChange } from '../../core/site-memory';

export function useSiteMemory(site: string | null, initial: SiteMemory) {
  const [memory, setMemory] = useState<SiteMemory>(initial);
  const change = (c: SiteMemoryChange) => {
    if (!site) return;
    setMemory((m) => withSiteChange({ [site]: m }, site, c)[site] ?? {});
    void browser.runtime.sendMessage({ type: 'lg:site-memory', change: c }).catch(() => {});
  };
  return { memory, change, reset: setMemory };
}
