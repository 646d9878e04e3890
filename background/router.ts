/**
 * The worker's message router. Trust: only messages from this extension (sender.id) are read at
 * all; verdicts and overlay requests must come from a content script in a tab (sender.tab) — the
 * overlay's lazy script only into a frame that reported a flagged page; the
 * popup's question must come from one of our own pages. Pages cannot message us (no
 * externally_connectable).
 */
import { browser, type Browser } from 'wxt/browser';
import { isMessage, parseSample, type Message } from '../core/protocol';
import { assess } from './engine-host';
import { openDetails } from './details';
import { injectOverlayRest, maybeInjectOverlay } from './injection';
import { recordThis } from './record-this';
import { siteMemory } from './site-memory';
import { readTab, updateTab } from './tab-store';
import { frameVerdict, tabVerdict, withFrame } from './tab-verdicts';

function fromOwnPage(sender: Browser.runtime.MessageSender): boolean {
  const origin = browser.runtime.getURL('/');
  return typeof sender.url === 'string' && sender.url.startsWith(origin);
}

async function handle(msg: Message, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const tab = sender.tab;
  switch (msg.type) {
    case 'lg:sample': {
      if (!tab?.id || tab.id < 0 || fromOwnPage(sender)) return undefined;
      const sample = parseSample(msg);
      if (!sample) return undefined;
      const reply = assess(sample);
      if ('more' in reply) return reply;
      const frameId = sender.frameId ?? 0;
      const url = sender.url ?? sample.url; // the browser's word for the frame URL wins
      const tv = reply.verdict ? frameVerdict(reply.verdict, url, frameId, Date.now()) : null;
      // Stored per frame: a sample sent again (a re-check, or a retry after the worker
      // restarted) replaces the frame's verdict, never adds a second one.
      await updateTab(tab.id, (e) => withFrame(e, frameId, tv));
      if (reply.verdict && !sample.overlay) await maybeInjectOverlay(tab.id, frameId, reply.verdict, url);
      return reply;
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
    case 'lg:record-this': {
      if (!tab?.id || tab.id < 0 || fromOwnPage(sender) || typeof sender.url !== 'string') return undefined;
      await recordThis(tab, sender.frameId ?? 0, sender.url);
      return undefined;
    }
    case 'lg:site-memory': {
      if (!tab?.id || tab.id < 0 || fromOwnPage(sender) || typeof sender.url !== 'string') return undefined;
      return siteMemory(sender.url, msg.change);
    }
    case 'lg:overlay-rest': {
      // Only into a frame of a tab that reported a flagged page: the overlay's own request.
      if (!tab?.id || tab.id < 0 || fromOwnPage(sender)) return false;
      const frameId = sender.frameId ?? 0;
      const stored = (await readTab(tab.id))?.frames[String(frameId)];
      if (!stored || stored.verdict.kind === 'none') return false;
      return injectOverlayRest(tab.id, frameId);
    }
    case 'lg:focus-note':
      return undefined; // sent by the background to a tab, never to it
  }
}

export function listenForMessages(): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !isMessage(msg)) return undefined;
    return handle(msg, sender);
  });
}
