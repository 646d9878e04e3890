/**
 * The overlay: injected by the background (scripting.executeScript) only into a frame whose
 * page was flagged and only when the settings say to warn. It runs in the same isolated world
 * as the detector and reads its verdict and text sample from the shared page state.
 *
 * Page footprint: ONE shadow host appended to <body>; styles through constructed stylesheets
 * (shadow root + one appended document sheet for ::highlight), which page CSP does not block.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OVERLAY_CSS } from './styles';
import { clearMarks, removeHighlightStyles } from '../marks';
import { getPageState } from '../page-state';
import { App } from './App';

export const HOST_TAG = 'loan-guard-overlay';

/**
 * Our host must survive page CSS. The shadow sheet's `:host { … !important }` is what wins (see
 * onpage/overlay/styles.ts); these inline values cover the moment before it is adopted.
 */
function styleHost(host: HTMLElement): void {
  const s = host.style;
  const set = (k: string, v: string) => s.setProperty(k, v, 'important');
  set('position', 'fixed');
  set('top', '0');
  set('left', '0');
  set('width', '0');
  set('height', '0');
  set('overflow', 'visible');
  set('display', 'block');
  set('z-index', '2147483647');
  set('pointer-events', 'auto');
  set('contain', 'none');
}

/** Mount the overlay in this frame (the overlay script's main()). */
export async function mountOverlay(ctx: ContentScriptContext): Promise<void> {
  const state = getPageState();
  if (!state || !document.body || ctx.isInvalid) return;
  state.overlay = true;
  let sheet: CSSStyleSheet | null = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(OVERLAY_CSS);
  } catch {
    sheet = null;
  }
  const ui = await createShadowRootUi(ctx, {
    name: HOST_TAG,
    position: 'inline',
    inheritStyles: true, // we reset with :host { all: initial } in our own sheet
    append: 'last',
    onMount(container, shadow, host) {
      styleHost(host);
      host.setAttribute('data-wxt-shadow-root', '');
      // WXT adds an (empty) <style>; our styles come from a constructed sheet instead.
      shadow.querySelectorAll('style').forEach((s) => s.remove());
      if (sheet) shadow.adoptedStyleSheets = [sheet];
      state.host = host;
      render(<App state={state} host={host} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
      clearMarks();
      removeHighlightStyles(document);
      state.host = null;
      state.overlay = false;
    },
  });
  if (ctx.isInvalid) return;
  ui.mount();
}
