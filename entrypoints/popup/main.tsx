/**
 * Popup / info page glue: which tab (active tab, or ?tab=<id> when opened as a page in a tab),
 * its verdict from the background, live settings (language, muted sites), muting, clipboard.
 * Everything shown is rendered by components/popup/PopupApp from props.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupApp, SECTION_IDS, type SectionId } from '../../components/popup/PopupApp';
import type { VerdictState } from '../../components/popup/VerdictCard';
import '../../components/popup/popup.css';
import { translator } from '../../core/i18n';
import popupCatalog from '../../core/i18n/catalogs/popup';
import { hostKey, isSiteMuted } from '../../core/settings';
import { sanitizeVerdict, type Message, type TabVerdict } from '../../core/protocol';
import { muteSite, unmuteSite } from '../../utils/settings-store';
import { useSettings } from '../../utils/use-settings';
import { useDocumentLocale } from '../../utils/use-document-locale';

const params = new URLSearchParams(location.search);
const tabParam = params.get('tab');
/** Opened as a page in a normal tab (the "info page"), not as the toolbar popup. */
const infoPage = tabParam !== null;
if (infoPage) document.documentElement.classList.add('lg-info-page');
const openParam = (params.get('open') ?? '').split(',').filter((s): s is SectionId => (SECTION_IDS as readonly string[]).includes(s));

async function whichTab(): Promise<number | null> {
  if (tabParam !== null) {
    const n = Number(tabParam);
    return Number.isInteger(n) && n >= 0 ? n : null;
  }
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return typeof tab?.id === 'number' && tab.id >= 0 ? tab.id : null;
  } catch {
    return null;
  }
}

async function askVerdict(tabId: number): Promise<TabVerdict | null> {
  const msg: Message = { type: 'lg:get-verdict', tabId };
  const res = (await browser.runtime.sendMessage(msg)) as unknown;
  if (typeof res !== 'object' || res === null) return null;
  const r = res as Partial<TabVerdict>;
  const verdict = sanitizeVerdict(r.verdict);
  if (!verdict || typeof r.url !== 'string') return null;
  return { ...(r as TabVerdict), verdict };
}

async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function App() {
  const { settings, locale, ready } = useSettings();
  const [verdict, setVerdict] = useState<VerdictState>({ status: 'loading' });
  const [now, setNow] = useState(() => Date.now());

  useDocumentLocale(locale, translator(popupCatalog, locale)('title'));

  useEffect(() => {
    let alive = true;
    let tabId: number | null = null;
    const load = async () => {
      if (tabId === null) return;
      try {
        const tv = await askVerdict(tabId);
        if (alive) setVerdict({ status: 'ready', tv, host: tv ? hostKey(tv.url) : null });
      } catch {
        if (alive) setVerdict({ status: 'ready', tv: null, host: null });
      }
    };
    // The background stores verdicts in storage.session; when this tab's changes, ask again.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && tabId !== null && `lg:tab:${tabId}` in changes) void load();
    };
    void whichTab().then((id) => {
      if (!alive) return;
      tabId = id;
      if (id === null) setVerdict({ status: 'no-tab' });
      else void load();
    });
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  // Keep "muted" honest for timed pauses.
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(id);
  }, []);

  if (!ready) return null;
  const host = verdict.status === 'ready' ? verdict.host : null;
  const muted = host !== null && isSiteMuted(settings, host, now) !== null;

  return (
    <PopupApp
      locale={locale}
      verdict={verdict}
      muted={muted}
      onMute={(h) => muteSite(h, 'not-loan')}
      onUnmute={(h) => unmuteSite(h)}
      copy={copyText}
      open={openParam}
      toolkitHref={browser.runtime.getURL('/toolkit.html')}
    />
  );
}

render(<App />, document.getElementById('app')!);
