/**
 * The detection engine for one frame, injected by the background (scripting.executeScript)
 * only when the always-on detector's pre-gate passed — so an ordinary page never parses,
 * compiles or initialises it. It runs in the same isolated world as the detector and hands
 * classify() and gate() over through the shared page state (onpage/page-state.ts); the
 * detector then checks the page again. No browser APIs, no listeners of its own.
 *
 * The automaton is built in an idle slice of its own first (the one long piece of work,
 * ~20–40 ms cold), so the detector's check that follows stays short.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { classify, gate } from '../core/detect/classify';
import { getEngine } from '../core/detect/engine';
import { getPageState } from '../onpage/page-state';

/** Profiling builds (WXT_LG_BENCH=1) time the build as a performance measure (see entrypoints/content.ts). */
const BENCH = import.meta.env.WXT_LG_BENCH === '1';

function build(): void {
  if (!BENCH) {
    getEngine();
    return;
  }
  const t0 = performance.now();
  getEngine();
  const t1 = performance.now();
  queueMicrotask(() => performance.measure('lg:engine-build', { start: t0, end: t1 }));
}

export default defineUnlistedScript(() => {
  const state = getPageState();
  // No detector in this world (the extension was reloaded meanwhile), or injected twice.
  if (!state || state.engine) return;
  const handOver = () => {
    if (getPageState() !== state || state.engine) return;
    build();
    state.engine = { classify, gate };
    state.onEngine();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(handOver, { timeout: 1_000 });
  else setTimeout(handOver, 0);
});
