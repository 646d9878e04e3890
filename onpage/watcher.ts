/**
 * The always-on detector's scheduling and bookkeeping (entrypoints/content.ts wires it to the
 * real classifier and the extension messaging). Budget: on an ordinary page it reads the title,
 * the URL and the first few KB of visible text once, in an idle slice, and then stops —
 * no observer, no UI, no message.
 *
 * Deliberately dependency-light (no Preact, no knowledge base, no settings validation): this
 * file ships in the script injected into every page.
 */
import { DEFAULT_BUDGET, GATE_CHARS as ENGINE_GATE_CHARS } from '../core/detect/host';
import type { ClassifyInput, Verdict } from '../core/types';
import type { Message } from '../core/protocol';
import type { PageEngine, PageState } from './page-state';
import { sampleVisibleText, type TextSample } from './sampler';

/** Characters of visible text the cheap gate looks at (what the engine's gate reads). */
export const GATE_CHARS = ENGINE_GATE_CHARS;
/** The scan budget: characters of visible text classified on a page that passed the gate. */
export const SCAN_CHARS = DEFAULT_BUDGET;
/** A page with less visible text than this is probably still rendering (SPA shell). */
export const SHORT_PAGE_CHARS = 400;
/** Added/removed characters in one mutation batch that count as a "large content change". */
export const LARGE_CHANGE_CHARS = 200;
/** Re-checks that change nothing before the observer gives up. */
export const MAX_FRUITLESS_ROUNDS = 6;
/** At least this long between two mutation-driven re-checks. */
export const MIN_RECHECK_MS = 1_000;
/** An engine request that got no engine (the frame could not be scripted) is repeated after this long. */
export const ENGINE_RETRY_MS = 10_000;

/** The subset of WXT's ContentScriptContext the detector uses (so tests can pass a fake). */
export interface Ctx {
  readonly isInvalid: boolean;
  setTimeout(handler: () => void, timeout?: number): number;
  addEventListener(
    target: EventTarget,
    type: string,
    handler: (ev: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
  onInvalidated(cb: () => void): () => void;
}

export interface DetectorDeps {
  ctx: Ctx;
  /**
   * Cheap pre-check on URL, title and the first GATE_CHARS of text, without the engine
   * (onpage/pregate.ts): false = ordinary page, nothing more is loaded or read.
   */
  preGate: (input: ClassifyInput) => boolean;
  /** The engine, if loaded in this frame (null: not yet). */
  engine: () => PageEngine | null;
  /**
   * Ask for the engine to be loaded into this frame (a message to the background, which
   * injects entrypoints/engine.ts); it calls state.onEngine() when it is there.
   */
  requestEngine: () => void;
  send: (msg: Message) => void;
  state: PageState;
  doc?: Document;
  win?: Window & typeof globalThis;
  /** bench builds only: wraps each unit of work for main-thread accounting */
  measure?: <T>(name: string, fn: () => T) => T;
}

/** What identifies a verdict for the background: kind, level and claims (not their offsets). */
export function verdictSignature(v: Verdict | null): string {
  if (!v || v.kind === 'none') return 'none';
  return `${v.kind}|${v.level}|${v.jurisdiction}|${v.tips.map((t) => `${t.id}:${t.text}`).join(',')}`;
}

/** Characters a mutation batch added or removed, counted cheaply and capped. */
export function changedChars(records: readonly MutationRecord[], skip: Element | null, cap: number): number {
  let n = 0;
  const size = (node: Node): number => {
    if (node.nodeType === 3) return (node as Text).data.length;
    if (node.nodeType !== 1) return 0;
    if (skip && (node === skip || skip.contains(node))) return 0;
    const tag = (node as Element).tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'NOSCRIPT') return 0;
    return node.textContent?.length ?? 0;
  };
  for (const r of records) {
    if (skip && (r.target === skip || skip.contains(r.target))) continue;
    if (r.type === 'characterData') {
      n += Math.max(1, Math.abs(((r.target as Text).data?.length ?? 0) - (r.oldValue?.length ?? 0)));
    } else if (r.type === 'childList') {
      for (const a of r.addedNodes) n += size(a);
      for (const a of r.removedNodes) n += size(a);
    }
    if (n >= cap) return n;
  }
  return n;
}

export interface FirstLookDeps {
  preGate: (input: ClassifyInput) => boolean;
  doc?: Document;
  win?: Window & typeof globalThis;
  measure?: <T>(name: string, fn: () => T) => T;
}

/**
 * The first look at a frame, before the detector is built: does this page need it at all?
 * No for a visible page with enough text whose URL, title and first GATE_CHARS of visible
 * text fail the pre-gate — i.e. most pages people visit. For those the content script stops
 * here, so the detector's code (observer, publishing, engine requests) is never even compiled.
 * Yes for a page that passed the pre-gate, a short page (it may still be rendering: the
 * detector watches it) and a hidden tab (the detector waits until it is shown).
 */
export function needsDetector(deps: FirstLookDeps): boolean {
  const doc = deps.doc ?? document;
  const win = deps.win ?? window;
  const measure = deps.measure ?? (<T>(_: string, fn: () => T) => fn());
  if (doc.visibilityState === 'hidden') return true;
  const r = doc.body ?? doc.documentElement;
  if (!r) return true;
  const first = measure('lg-part:first', () => sampleVisibleText(r, { maxChars: GATE_CHARS }));
  if (first.text.length < SHORT_PAGE_CHARS) return true;
  return measure('lg-part:gate', () => deps.preGate({ url: win.location.href, title: doc.title ?? '', text: first.text }));
}

export interface Detector {
  /** start (or restart) the survey for the current URL */
  start(): void;
  /** run a check right now (tests, the overlay's rescan) */
  checkNow(): boolean;
  /** is the mutation observer connected? (tests) */
  readonly observing: boolean;
  /** how many checks ran (tests) */
  readonly checks: number;
}

export function createDetector(deps: DetectorDeps): Detector {
  const { ctx, state } = deps;
  const doc = deps.doc ?? document;
  const win = deps.win ?? window;
  const measure = deps.measure ?? (<T>(_: string, fn: () => T) => fn());

  let lastSig = 'none';
  let lastSentFlagged = false;
  let fruitless = 0;
  let observer: MutationObserver | null = null;
  let pendingChars = 0;
  let recheckTimer: number | null = null;
  let lastCheckAt = -Infinity;
  let lastCheckMs = 0;
  let waitingForVisible = false;
  let checks = 0;
  let idleQueued = false;
  let engineAskedAt = -Infinity;

  const now = () => (win.performance ?? performance).now();

  /** Run `fn` when the tab is visible and the main thread is idle (timeout fallback). */
  function whenIdle(fn: () => void, timeout = 2_000): void {
    if (ctx.isInvalid) return;
    if (doc.visibilityState === 'hidden') {
      // Hidden tabs do nothing; visibilitychange resumes (see below).
      waitingForVisible = true;
      pendingWhenVisible = fn;
      listenVisible();
      return;
    }
    const ric = (win as { requestIdleCallback?: typeof requestIdleCallback }).requestIdleCallback;
    if (typeof ric === 'function') {
      const id = ric.call(win, () => !ctx.isInvalid && fn(), { timeout });
      ctx.onInvalidated(() => win.cancelIdleCallback?.(id));
    } else {
      ctx.setTimeout(fn, 50);
    }
  }
  let pendingWhenVisible: (() => void) | null = null;
  let listeningVisible = false;

  /** Resume in a tab that became visible (listened to only once a tab was found hidden). */
  function listenVisible(): void {
    if (listeningVisible) return;
    listeningVisible = true;
    ctx.addEventListener(doc, 'visibilitychange', () => {
      if (doc.visibilityState !== 'visible' || !waitingForVisible) return;
      waitingForVisible = false;
      const fn = pendingWhenVisible;
      pendingWhenVisible = null;
      if (fn) whenIdle(fn);
    });
  }

  function root(): Node | null {
    return doc.body ?? doc.documentElement;
  }

  /** Ask for the engine once (again only after ENGINE_RETRY_MS, if it never came). */
  function askForEngine(): void {
    if (now() - engineAskedAt < ENGINE_RETRY_MS) return;
    engineAskedAt = now();
    deps.requestEngine();
  }

  /**
   * Sample, gate, classify, publish. Returns true when the result differs from the last one.
   * A page that passes the pre-gate before the engine is loaded asks for it and stops; the
   * engine's arrival runs the check again.
   */
  function check(): boolean {
    if (ctx.isInvalid) return false;
    const r = root();
    if (!r) return false;
    checks++;
    const t0 = now();
    const url = win.location.href;
    const title = doc.title ?? '';
    const skip = state.host;
    const first = measure('lg-part:first', () => sampleVisibleText(r, { maxChars: GATE_CHARS, skip }));
    const gateInput = { url, title, text: first.text };
    let verdict: Verdict | null = null;
    let sample: TextSample | null = null;
    let waiting = false;
    if (measure('lg-part:gate', () => deps.preGate(gateInput))) {
      const engine = deps.engine();
      if (!engine) {
        waiting = true;
        askForEngine();
      } else if (measure('lg-part:engine-gate', () => engine.gate(gateInput))) {
        sample = first.truncated
          ? measure('lg-part:sample', () => sampleVisibleText(r, { maxChars: SCAN_CHARS, skip }))
          : first;
        const s = sample;
        verdict = measure('lg-part:classify', () => engine.classify({ url, title, text: s.text }));
        if (sample.truncated && !verdict.truncated) verdict = { ...verdict, truncated: true };
      }
    }
    lastCheckAt = now();
    lastCheckMs = lastCheckAt - t0;
    // Keep watching only where it can matter: a page that passed the gate, or a page that is
    // still rendering. An ordinary, fully rendered page gets no observer at all.
    if (waiting || sample !== null || first.text.length < SHORT_PAGE_CHARS) observe();
    else disconnect();
    if (waiting) return false; // nothing to publish until the engine is here
    return publish(verdict, sample, url);
  }

  function publish(verdict: Verdict | null, sample: TextSample | null, url: string): boolean {
    const flagged = verdict !== null && verdict.kind !== 'none';
    const sig = flagged ? verdictSignature(verdict) : 'none';
    const changed = sig !== lastSig || url !== state.url;
    state.url = url;
    state.verdict = flagged ? verdict : null;
    // The text sample holds page text: kept only while the page is flagged (the overlay maps
    // tip offsets through it), dropped as soon as it is not.
    state.sample = flagged ? sample : null;
    state.rev++;
    if (flagged && (changed || !lastSentFlagged)) {
      deps.send({ type: 'lg:verdict', verdict: verdict!, url, overlay: state.overlay });
      lastSentFlagged = true;
      listenPage();
    } else if (!flagged && lastSentFlagged) {
      deps.send({ type: 'lg:clear', url });
      lastSentFlagged = false;
    }
    lastSig = sig;
    for (const l of state.listeners) {
      try {
        l();
      } catch {
        /* a listener's failure must not stop the detector */
      }
    }
    return changed;
  }

  function observe(): void {
    if (observer || ctx.isInvalid) return;
    const r = root();
    if (!r) return;
    observer = new win.MutationObserver((records) =>
      measure('lg:mutations', () => {
        pendingChars += changedChars(records, state.host, LARGE_CHANGE_CHARS);
        if (pendingChars >= LARGE_CHANGE_CHARS) scheduleRecheck(false);
      }),
    );
    observer.observe(r, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  }

  function disconnect(): void {
    observer?.disconnect();
    observer = null;
    pendingChars = 0;
  }
  ctx.onInvalidated(disconnect);

  /** Re-check after content changes: batched, throttled, and given up after fruitless rounds. */
  function scheduleRecheck(urgent: boolean): void {
    if (recheckTimer !== null || ctx.isInvalid) return;
    // A slow page gets re-checked less often (at most ~5% of the time spent re-checking).
    const gap = Math.max(urgent ? 300 : MIN_RECHECK_MS, lastCheckMs * 20);
    const delay = Math.max(0, lastCheckAt + gap - now());
    recheckTimer = ctx.setTimeout(() => {
      whenIdle(() => {
        recheckTimer = null;
        pendingChars = 0;
        const changed = measure('lg:check', check);
        if (changed) fruitless = 0;
        else if (++fruitless >= MAX_FRUITLESS_ROUNDS) disconnect();
      }, urgent ? 200 : 2_000);
    }, delay);
  }

  state.rescan = () => scheduleRecheck(true);
  state.onEngine = () => whenIdle(() => measure('lg:check', check));

  function start(): void {
    fruitless = 0;
    whenIdle(() => measure('lg:check', check));
  }

  // Single-page apps: a new URL is a new page. Drop what we had at once (marks must not stay on
  // the next page), then survey again once the app has rendered.
  ctx.addEventListener(win, 'wxt:locationchange', () => {
    if (ctx.isInvalid) return;
    if (state.verdict) publish(null, null, win.location.href);
    lastSig = 'none';
    disconnect();
    fruitless = 0;
    ctx.setTimeout(start, 300);
  });

  // A frame going away takes its verdict with it (the top frame is cleared by the background
  // on navigation); a page restored from the back/forward cache reports again. Only a page that
  // reported something needs either, so an ordinary page registers neither.
  let listeningPage = false;
  function listenPage(): void {
    if (listeningPage) return;
    listeningPage = true;
    ctx.addEventListener(win, 'pagehide', () => {
      if (lastSentFlagged && win !== win.top) {
        deps.send({ type: 'lg:clear', url: win.location.href });
        lastSentFlagged = false;
      }
    });
    ctx.addEventListener(win, 'pageshow', (e) => {
      if ((e as PageTransitionEvent).persisted) {
        lastSentFlagged = false;
        lastSig = 'none';
        start();
      }
    });
  }

  return {
    start,
    checkNow: check,
    get observing() {
      return observer !== null;
    },
    get checks() {
      return checks;
    },
  };
}
