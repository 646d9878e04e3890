/**
 * The overlay's lazy script: everything the note does not need at first paint. The worker
 * injects it into the frame when the overlay first asks (a tip card opens, the note expands,
 * the settings, the page mutes or the verdict change): the knowledge base and rate texts of
 * the tip cards, the settings store and the page-mute store, and the same view the worker
 * made (view.ts), made again here for whatever changed.
 */
import { browser } from 'wxt/browser';
import { resolveLocale } from '../../core/i18n';
import { parseSiteMemory, type SiteMemory } from '../../core/site-memory';
import { getSettings, muteSite, unmuteSite } from '../../utils/settings-store';
import { browserLanguage } from '../../utils/locale';
import { provideRest, type OverlayRest } from './handoff';
import { getPageMutes, isPageMuted, mutePage, unmutePage } from './page-mutes';
import { tipCard } from './tip-view';
import { overlayView } from './view';

async function siteMemory(): Promise<SiteMemory> {
  try {
    return parseSiteMemory(await browser.runtime.sendMessage({ type: 'lg:site-memory' }));
  } catch {
    return {}; // no answer from the worker: as on a first visit
  }
}

const rest: OverlayRest = {
  async view(state, memory) {
    const verdict = state.verdict;
    if (!verdict || verdict.kind === 'none') return null;
    const [settings, pageMutes, mem] = await Promise.all([
      getSettings(),
      getPageMutes().catch(() => []),
      memory ? Promise.resolve(memory) : siteMemory(),
    ]);
    return overlayView({
      settings,
      verdict,
      url: state.url,
      locale: resolveLocale(settings.language, browserLanguage()),
      memory: mem,
      pageMuted: isPageMuted(pageMutes, state.url),
      now: Date.now(),
    });
  },
  card: tipCard,
  mutePage,
  unmutePage,
  muteSite: (site) => muteSite(site, 'site'),
  unmuteSite,
};

export function installRest(): void {
  provideRest(rest);
}
