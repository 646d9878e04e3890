/**
 * The state the always-on watcher shares with the overlay. Both run in the extension's
 * ISOLATED world of the same frame, so a global here is invisible to page scripts (they live in
 * the main world); the key is a symbol, so not even a string lookup names it.
 *
 * Kept dependency-free: the watcher imports it, and it must stay tiny.
 */
import type { Verdict } from '../core/types';
import type { Lifecycle } from './lifecycle';
import type { TextSample } from './sampler';

export interface PageState {
  /** the running copy's lifecycle (the overlay stops with it) */
  life: Lifecycle;
  /** bumped whenever the verdict or the sample changes, so listeners can skip repeats */
  rev: number;
  url: string;
  /** the latest verdict for this frame, or null when the page is ordinary / not checked yet */
  verdict: Verdict | null;
  /** the text sample the verdict's tip offsets point into (kept only while flagged) */
  sample: TextSample | null;
  /** the overlay script has loaded in this frame */
  overlay: boolean;
  /** the shadow host of our UI, skipped by the sampler */
  host: Element | null;
  /** the overlay's (closed) shadow root: kept here, in the isolated world, for the overlay and tests */
  shadow: ShadowRoot | null;
  /** called (synchronously) after every verdict change */
  listeners: Set<() => void>;
  /**
   * Re-sample and re-classify now (the overlay calls it when its marks went stale, e.g. a
   * React re-render replaced the text nodes). Throttled by the watcher.
   */
  rescan: () => void;
}

const KEY = Symbol.for('loan-guard.page');

export function getPageState(): PageState | undefined {
  return (globalThis as Record<symbol, unknown>)[KEY] as PageState | undefined;
}

export function setPageState(s: PageState | undefined): void {
  if (s) (globalThis as Record<symbol, unknown>)[KEY] = s;
  else delete (globalThis as Record<symbol, unknown>)[KEY];
}
