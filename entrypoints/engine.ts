/**
 * The detection engine for one frame, injected by the background (scripting.executeScript)
 * only when the always-on detector's pre-gate passed — so an ordinary page never parses,
 * compiles or initialises it. It runs in the same isolated world as the detector and hands
 * classify() and gate() over through the shared page state (utils/page-state.ts); the
 * detector then checks the page again. No browser APIs, no listeners of its own.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { classify, gate } from '../core/detect/classify';
import { getPageState } from '../utils/page-state';

export default defineUnlistedScript(() => {
  const state = getPageState();
  // No detector in this world (the extension was reloaded meanwhile), or injected twice.
  if (!state || state.engine) return;
  state.engine = { classify, gate };
  state.onEngine();
});
