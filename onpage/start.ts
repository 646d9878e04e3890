/**
 * The always-on script's start, in every page and frame. It must stay tiny: no engine, no
 * Preact, no knowledge base, no settings (the import closure is an allow-list, see
 * tests/unit/guard-imports.test.ts). In the first idle slice it reads the URL, the title and the
 * first 2 KB of the page's main text (onpage/sampler.ts) and sends them to the background, which owns the engine; on a
 * flagged page the background answers with the verdict (tips as offsets into the sample), shows
 * the badge and, if the settings say to warn, injects the overlay into this frame.
 *
 * Frames: it runs in all frames (about:blank and srcdoc ones too), so a loan page shown in an
 * iframe is flagged too; each frame reports for itself. Frames too small to show anything
 * (tracking pixels, hidden widgets) are skipped.
 *
 * It never listens to window.postMessage or custom DOM events, and dispatches none: nothing a
 * page sends can reach it, and nothing it does announces it to the page.
 */
import type { Message, Sample, SampleReply } from '../core/protocol';
import { takeOver, type Lifecycle } from './lifecycle';
import { getPageState, setPageState, type PageState } from './page-state';
import { createWatcher } from './watcher';

export function startWatcher(): void {
  // Nothing but a lifecycle at evaluation: everything else waits for the first idle slice (and
  // in a hidden — background or prerendered — tab, for the tab to be shown).
  const life = takeOver();
  const ric = (globalThis as { requestIdleCallback?: typeof requestIdleCallback }).requestIdleCallback;
  if (typeof ric === 'function') ric(() => setUp(life), { timeout: 2_000 });
  else life.setTimeout(() => setUp(life), 0);
}

interface Runtime {
  id?: string;
  sendMessage(msg: unknown): Promise<unknown>;
}

/**
 * The browser's own promise API for runtime messaging (Chrome MV3 and Firefox both have one), read
 * when a message is sent, never at the script's evaluation: the first touch of `runtime` makes the
 * browser build its bindings, which every page would otherwise pay for. `browser` is checked
 * for a runtime id because a page element with id="browser" is a named property of window.
 */
function runtime(): Runtime | undefined {
  const { browser: ours, chrome } = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  return ours?.runtime?.id ? ours.runtime : chrome?.runtime;
}

function sendMessage(life: Lifecycle, msg: Message): Promise<unknown> {
  if (life.isInvalid) return Promise.resolve(undefined);
  const rt = runtime();
  try {
    if (!rt) throw new Error('no extension runtime');
    return Promise.resolve(rt.sendMessage(msg));
  } catch (e) {
    // The extension was removed or reloaded: this copy of the script is an orphan.
    if (!rt?.id) life.invalidate();
    return Promise.reject(e);
  }
}

/** One sample → the background's answer; one retry when the worker was being restarted. */
async function ask(life: Lifecycle, sample: Sample): Promise<SampleReply | undefined> {
  for (let attempt = 0; attempt < 2 && !life.isInvalid; attempt++) {
    try {
      const reply = (await sendMessage(life, { type: 'lg:sample', ...sample })) as SampleReply | undefined;
      if (reply && typeof reply === 'object') return reply;
    } catch {
      /* no receiver yet (worker starting) or the port closed (worker stopped mid-answer) */
    }
  }
  return undefined;
}

function setUp(life: Lifecycle): void {
  if (life.isInvalid) return;
  // Only HTML documents (not XML, SVG or plain-text viewers), and only frames big enough to read.
  const html = document.documentElement;
  if (!html || html.namespaceURI !== 'http://www.w3.org/1999/xhtml') return;
  if (window !== window.top && (window.innerWidth < 120 || window.innerHeight < 60)) return;

  const state: PageState = {
    life,
    rev: 0,
    url: location.href,
    verdict: null,
    sample: null,
    overlay: false,
    host: null,
    shadow: null,
    listeners: new Set(),
    rescan: () => {},
  };
  setPageState(state);
  life.onInvalidated(() => {
    if (getPageState() === state) setPageState(undefined);
  });
  createWatcher({
    life,
    state,
    ask: (sample) => ask(life, sample),
    send: (msg) => void sendMessage(life, msg).catch(() => {}),
  }).start(true);
}
