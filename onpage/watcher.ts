/**
 * The always-on watcher's scheduling and bookkeeping: sample the page in an idle slice, send
 * the sample to the background (which owns the engine), keep the verdict and the sample its tip
 * offsets point into, and re-check when the page changes a lot or a single-page app moves to a
 * new URL. On an ordinary page: one 2 KB sample, one message, then nothing — no observer.
 *
 * Deliberately dependency-light (no engine, no Preact, no settings): it ships in the script
 * injected into every page.
 */
import {
  FIRST_SAMPLE_CHARS, FULL_SAMPLE_CHARS, type Message, type Sample, type SampleReply,
} from '../core/protocol';
import type { Verdict } from '../core/types';
import type { Lifecycle } from './lifecycle';
import type { PageState } from './page-state';
import { changedChars, onUrlChange } from './page-changes';
import { sampleVisibleText, type TextSample } from './sampler';

export { changedChars };

/** A page with less visible text than this is probably still rendering (SPA shell). */
export const SHORT_PAGE_CHARS = 400;
/** Added/removed characters in one mutation batch that count as a "large content change". */
export const LARGE_CHANGE_CHARS = 200;
/** Re-checks that change nothing before the observer gives up. */
export const MAX_FRUITLESS_ROUNDS = 6;
/** At least this long between two mutation-driven re-checks. */
export const MIN_RECHECK_MS = 1_000;
/** A check whose sample got no answer (the background was restarting) is tried again after this long. */
export const RETRY_MS = 1_000;

export interface WatcherDeps {
  life: Lifecycle;
  /** send a sample to the background; undefined when no answer came */
  ask: (sample: Sample) => Promise<SampleReply | undefined>;
  /** fire-and-forget messages (lg:clear) */
  send: (msg: Message) => void;
  state: PageState;
  doc?: Document;
  win?: Window & typeof globalThis;
}

/** What identifies a verdict for the overlay: kind, level and claims (not their offsets). */
export function verdictSignature(v: Verdict | null): string {
  if (!v || v.kind === 'none') return 'none';
  return `${v.kind}|${v.level}|${v.jurisdiction}|${v.tips.map((t) => `${t.id}:${t.text}`).join(',')}`;
}

export interface Watcher {
  /** start (or restart) the survey for the current URL; `idleNow`: the caller is in an idle slice */
  start(idleNow?: boolean): void;
  /** run a check right now (tests); resolves to "the result changed" */
  checkNow(): Promise<boolean>;
  /** is the mutation observer connected? (tests) */
  readonly observing: boolean;
  /** how many checks ran (tests) */
  readonly checks: number;
}

export function createWatcher(deps: WatcherDeps): Watcher {
  const { life, state } = deps;
  const doc = deps.doc ?? document;
  const win = deps.win ?? window;
  // Browser events only: a page can dispatch look-alikes (untrusted), which are ignored.
  const on = (target: EventTarget, type: string, fn: (ev: Event) => void) =>
    target.addEventListener(type, (ev) => ev.isTrusted && fn(ev), { signal: life.signal, passive: true });

  let lastSig = 'none';
  let reported = false;
  let fruitless = 0;
  let observer: MutationObserver | null = null;
  let pendingChars = 0;
  let recheckTimer: number | null = null;
  let lastCheckAt = -Infinity;
  let checks = 0;
  let pendingWhenVisible: (() => void) | null = null;
  let listeningVisible = false;

  const now = () => (win.performance ?? performance).now();

  /** Run `fn` when the tab is visible and the main thread is idle (timeout fallback). */
  function whenIdle(fn: () => void, timeout = 2_000): void {
    if (life.isInvalid) return;
    if (doc.visibilityState === 'hidden') {
      // Hidden tabs do nothing; visibilitychange resumes.
      pendingWhenVisible = fn;
      listenVisible();
      return;
    }
    const ric = (win as { requestIdleCallback?: typeof requestIdleCallback }).requestIdleCallback;
    if (typeof ric === 'function') {
      const id = ric.call(win, () => !life.isInvalid && fn(), { timeout });
      life.onInvalidated(() => win.cancelIdleCallback?.(id));
    } else {
      life.setTimeout(fn, 50);
    }
  }

  function listenVisible(): void {
    if (listeningVisible) return;
    listeningVisible = true;
    on(doc, 'visibilitychange', () => {
      if (doc.visibilityState !== 'visible' || !pendingWhenVisible) return;
      const fn = pendingWhenVisible;
      pendingWhenVisible = null;
      whenIdle(fn);
    });
  }

  const root = (): Node | null => doc.body ?? doc.documentElement;

  /**
   * Sample, ask the background, publish. A first look sends FIRST_SAMPLE_CHARS; the background
   * asks for the full sample only when its gate passed. A re-check of a flagged page sends the
   * full sample at once. Resolves to "the result changed".
   */
  async function check(): Promise<boolean> {
    if (life.isInvalid) return false;
    const r = root();
    if (!r) return false;
    const seq = ++checks;
    const url = win.location.href;
    const title = doc.title ?? '';
    const skip = state.host;
    const take = (full: boolean): TextSample =>
      sampleVisibleText(r, { maxChars: full ? FULL_SAMPLE_CHARS : FIRST_SAMPLE_CHARS, skip });
    const ask = (s: TextSample, full: boolean) =>
      deps.ask({ url, title, text: s.text, truncated: s.truncated, full, overlay: state.overlay });

    let sample = take(state.verdict !== null);
    let reply = await ask(sample, state.verdict !== null || !sample.truncated);
    if (reply && 'more' in reply && seq === checks && !life.isInvalid) {
      sample = take(true);
      reply = await ask(sample, true);
    }
    if (seq !== checks || life.isInvalid) return false; // a newer check took over
    lastCheckAt = now();
    if (!reply || 'more' in reply) {
      // No answer (the background was restarting, or the extension went away): try again.
      life.setTimeout(() => whenIdle(() => void check()), RETRY_MS);
      return false;
    }
    const verdict = reply.verdict;
    // Keep watching only where it can matter: a flagged page, or a page still rendering. An
    // ordinary, fully rendered page gets no observer at all.
    if (verdict || sample.text.length < SHORT_PAGE_CHARS) observe();
    else disconnect();
    return publish(verdict, verdict ? sample : null, url);
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
    if (flagged) {
      reported = true;
      listenPage();
    }
    lastSig = sig;
    for (const l of state.listeners) {
      try {
        l();
      } catch {
        /* a listener's failure must not stop the watcher */
      }
    }
    return changed;
  }

  function observe(): void {
    if (observer || life.isInvalid) return;
    const r = root();
    if (!r) return;
    observer = new win.MutationObserver((records) => {
      pendingChars += changedChars(records, state.host, LARGE_CHANGE_CHARS);
      if (pendingChars >= LARGE_CHANGE_CHARS) scheduleRecheck(false);
    });
    observer.observe(r, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  }

  function disconnect(): void {
    observer?.disconnect();
    observer = null;
    pendingChars = 0;
  }
  life.onInvalidated(disconnect);

  /** Re-check after content changes: batched, throttled, and given up after fruitless rounds. */
  function scheduleRecheck(urgent: boolean): void {
    if (recheckTimer !== null || life.isInvalid) return;
    const gap = urgent ? 300 : MIN_RECHECK_MS;
    const delay = Math.max(0, lastCheckAt + gap - now());
    recheckTimer = life.setTimeout(() => {
      whenIdle(() => {
        recheckTimer = null;
        pendingChars = 0;
        void check().then((changed) => {
          if (changed) fruitless = 0;
          else if (++fruitless >= MAX_FRUITLESS_ROUNDS) disconnect();
        });
      }, urgent ? 200 : 2_000);
    }, delay);
  }

  state.rescan = () => scheduleRecheck(true);

  function start(idleNow = false): void {
    fruitless = 0;
    if (idleNow && doc.visibilityState !== 'hidden') void check();
    else whenIdle(() => void check());
  }

  // Single-page apps: a new URL is a new page. Drop what we had at once (marks must not stay on
  // the next page), then survey again once the app has rendered.
  onUrlChange(win, life, () => {
    if (state.verdict) publish(null, null, win.location.href);
    lastSig = 'none';
    disconnect();
    life.setTimeout(() => start(), 300);
  });

  // A subframe going away takes its verdict with it (the top frame is cleared by the background
  // on navigation); a page restored from the back/forward cache checks again. Only a page that
  // was flagged needs either, so an ordinary page registers neither.
  let listeningPage = false;
  function listenPage(): void {
    if (listeningPage) return;
    listeningPage = true;
    on(win, 'pagehide', () => {
      if (reported && win !== win.top) {
        deps.send({ type: 'lg:clear', url: win.location.href });
        reported = false;
      }
    });
    on(win, 'pageshow', (e) => {
      if ((e as PageTransitionEvent).persisted) {
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
