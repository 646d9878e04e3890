/**
 * The state the always-on detector (entrypoints/content.ts) shares with the overlay
 * (entrypoints/overlay.content.ts). Both run in the extension's ISOLATED world of the same
 * frame, so a global here is invisible to page scripts (they live in the main world).
 *
 * Kept dependency-free: the detector imports it, and it must stay tiny.
 */
import type { ClassifyInput, Verdict } from '../core/types';

/** What the engine script (entrypoints/engine.ts) hands the detector once loaded. */
export interface PageEngine {
  classify(input: ClassifyInput): Verdict;
  /** the engine's own gate (host + title + first 2 KB); the detector's pre-gate is a superset */
  gate(input: ClassifyInput): boolean;
}
import type { TextSample } from './sampler';

export interface PageState {
  /** bumped whenever the verdict or the sample changes, so listeners can skip repeats */
  rev: number;
  url: string;
  /** the latest verdict for this frame, or null when the page is ordinary / not scanned yet */
  verdict: Verdict | null;
  /** the text sample the verdict's tip offsets point into (kept only while flagged) */
  sample: TextSample | null;
  /** the overlay script has loaded in this frame */
  overlay: boolean;
  /** the shadow host of our UI, skipped by the sampler */
  host: Element | null;
  /** called (synchronously) after every verdict change */
  listeners: Set<() => void>;
  /**
   * Re-sample and re-classify now (the overlay calls it when its marks went stale, e.g. a
   * React re-render replaced the text nodes). Throttled by the detector.
   */
  rescan: () => void;
  /**
   * The classifier, once the engine script has been injected into this frame (the background
   * does that when the detector's pre-gate passes); null on an ordinary page, which never
   * loads it.
   */
  engine: PageEngine | null;
  /** The engine script calls this after setting `engine` (the detector then checks again). */
  onEngine: () => void;
}

const KEY = '__loanGuard';

export function getPageState(): PageState | undefined {
  return (globalThis as Record<string, unknown>)[KEY] as PageState | undefined;
}

export function setPageState(s: PageState | undefined): void {
  if (s) (globalThis as Record<string, unknown>)[KEY] = s;
  else delete (globalThis as Record<string, unknown>)[KEY];
}
