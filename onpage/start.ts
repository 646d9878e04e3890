/**
 * The always-on detector, injected into every page and frame. It must stay tiny: no engine,
 * no Preact, no knowledge base, no settings validation (size is checked by npm run bench:page
 * and a browser test). On an ordinary page it reads the URL, the title and the first 2 KB of
 * visible text once, in an idle slice, runs the pre-gate (onpage/pregate.ts) and stops, without
 * even building the detector (needsDetector in onpage/watcher.ts). Only a
 * page that passes the pre-gate gets the engine: the background injects entrypoints/engine.ts
 * into this frame, which hands classify() over through the page state. On a flagged page the
 * detector tells the background, which shows the badge and — if the settings say to warn —
 * injects the overlay script (entrypoints/overlay.content.ts) into this frame.
 *
 * Frames: it runs in all frames, so a loan page shown in an iframe is flagged too; each frame
 * reports for itself and gets its own overlay (see background/injection.ts). Frames too small
 * to show anything (tracking pixels, hidden widgets) are skipped.
 *
 * It never listens to window.postMessage or page events: nothing a page sends can reach it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { createDetector, needsDetector, type Ctx } from './watcher';
import { preGate } from './pregate';
import type { Message } from '../core/protocol';
import { getPageState, setPageState, type PageState } from './page-state';

/**
 * Profiling builds (WXT_LG_BENCH=1 npx wxt build) record each unit of the detector's work as a
 * performance measure ("lg:setup", "lg-part:gate"…), to see where time goes inside a load.
 * npm run bench:page does not use them: it traces the normal build.
 */
const BENCH = import.meta.env.WXT_LG_BENCH === '1';

/** Timings of the current unit of work: recorded as numbers, emitted as measures at its end. */
const timings: [string, number, number][] = [];
let depth = 0;

/**
 * Profiling builds: time `fn`. Units are only recorded as numbers while they run and turned into
 * performance measures in a microtask after the outermost one ended (for lg:main, after the
 * whole script evaluation), so the instrumentation (creating
 * measure entries, costly the first time) is not counted as the script's own time.
 */
function measure<T>(name: string, fn: () => T): T {
  if (!BENCH) return fn();
  const t0 = performance.now();
  depth++;
  try {
    return fn();
  } finally {
    timings.push([name, t0, performance.now()]);
    if (--depth === 0) {
      queueMicrotask(() => {
        for (const [n, start, end] of timings.splice(0)) performance.measure(n, { start, end });
      });
    }
  }
}

/** The always-on script's main(): everything waits for the first idle slice. */
export function startWatcher(ctx: ContentScriptContext): void {
  // At document_idle the page may still be loading, and nothing here is urgent.
  measure('lg:main', () =>
    ctx.requestIdleCallback(() => measure('lg:setup', () => setUp(ctx)), { timeout: 2_000 }),
  );
}

/** First idle slice after injection: look at the page once; build the detector only if it needs one. */
function setUp(ctx: ContentScriptContext): void {
  // Only HTML documents (not XML, SVG or plain-text viewers), and only frames big enough to read.
  const html = document.documentElement;
  if (!html || html.namespaceURI !== 'http://www.w3.org/1999/xhtml') return;
  if (window !== window.top && (window.innerWidth < 120 || window.innerHeight < 60)) return;

  const state: PageState = {
    rev: 0,
    url: location.href,
    verdict: null,
    sample: null,
    overlay: false,
    host: null,
    listeners: new Set(),
    rescan: () => {},
    engine: null,
    onEngine: () => {},
  };
  setPageState(state);
  ctx.onInvalidated(() => {
    if (getPageState() === state) setPageState(undefined);
  });

  if (needsDetector({ preGate, measure })) {
    startDetector(ctx, state);
    return;
  }
  state.rev++; // looked at: nothing to report
  // An ordinary page: nothing more runs here unless a single-page app moves to a new URL,
  // which is a new page (the detector then takes over, URL changes included).
  let started = false;
  onUrlChange(ctx, () => {
    if (started || ctx.signal.aborted) return;
    started = true;
    ctx.setTimeout(() => startDetector(ctx, state), 300); // let the app render the new page first
  });
}

/** Build the detector for this frame and start its survey. */
function startDetector(ctx: ContentScriptContext, state: PageState): void {
  // `browser` here is the browser's own promise API (globalThis.browser, else chrome in
  // MV3), not the polyfill: see the content-script alias in wxt.config.ts.
  const send = (msg: Message) => {
    if (ctx.isInvalid) return;
    try {
      void Promise.resolve(browser.runtime.sendMessage(msg)).catch(() => {
        /* the background restarts or the extension was updated: the next check resends */
      });
    } catch {
      /* the extension context went away between the check and the call */
    }
  };
  // The detector's routine checks read only the context's abort signal (set when a newer
  // copy of this script starts, i.e. on an extension update). WXT's ctx.isInvalid also asks
  // chrome.runtime whether the extension is still there, and the first touch of
  // chrome.runtime costs ~1 ms in a fresh page: that check runs before every message instead
  // (send above), which is the first thing a removed extension's script would try to do.
  const light: Ctx = {
    get isInvalid() {
      return ctx.signal.aborted;
    },
    setTimeout: (handler, timeout) => ctx.setTimeout(handler, timeout),
    addEventListener: (target, type, handler, options) => {
      if (type === 'wxt:locationchange') onUrlChange(ctx, handler);
      else ctx.addEventListener(target as Window, type as 'wxt:locationchange', handler, options);
    },
    onInvalidated: (cb) => ctx.onInvalidated(cb),
  };
  const detector = createDetector({
    ctx: light,
    preGate,
    engine: () => state.engine,
    requestEngine: () => send({ type: 'lg:need-engine' }),
    send,
    state,
    measure,
  });
  detector.start();
}

/**
 * Same-document URL changes (single-page apps). WXT's 'wxt:locationchange' watches the
 * Navigation API the same way, but registering it reads ctx.isValid, i.e. chrome.runtime, on
 * every page (see the note on `light` above); this does not. Browsers without the Navigation
 * API get WXT's watcher (it polls location once a second).
 */
function onUrlChange(ctx: ContentScriptContext, handler: (ev: Event) => void): void {
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (!nav || typeof nav.addEventListener !== 'function') {
    ctx.addEventListener(window, 'wxt:locationchange', handler);
    return;
  }
  let last = location.href;
  nav.addEventListener(
    'navigate',
    (ev) => {
      const to = (ev as Event & { destination?: { url?: string } }).destination?.url;
      if (typeof to !== 'string' || to === last) return;
      last = to;
      handler(ev);
    },
    { signal: ctx.signal },
  );
}
