/**
 * Mount the overlay in this frame: it joins the watcher's page state (same isolated world) and
 * lifecycle, and renders into a CLOSED shadow root — the page can see that one element exists,
 * but not reach inside it (no text to read or rewrite, no buttons to click by script).
 *
 * Page footprint: ONE host element with a neutral, per-load random name and no attributes about
 * the user or the verdict; styles through constructed stylesheets (shadow root + one document
 * sheet for ::highlight), which page CSP does not block.
 */
import { render } from 'preact';
import { OVERLAY_CSS } from './styles';
import { clearMarks, removeHighlightStyles } from '../marks';
import { getPageState } from '../page-state';
import { App } from './App';
import { takeFirstView } from './handoff';

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

/** A custom-element-shaped tag name that says nothing about us and changes every load. */
function randomTag(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `x-${[...bytes].map((b) => b.toString(36).padStart(2, '0')).join('')}`;
}

export function mountOverlay(): void {
  const state = getPageState();
  // No watcher in this world (the extension was reloaded meanwhile), or mounted already.
  if (!state || state.overlay || state.life.isInvalid || !document.body) return;
  state.overlay = true;
  const host = document.createElement(randomTag());
  styleHost(host);
  const shadow = host.attachShadow({ mode: 'closed' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(OVERLAY_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    /* no constructable stylesheets: unstyled but usable */
  }
  const container = document.createElement('div');
  shadow.append(container);
  document.body.append(host);
  state.host = host;
  state.shadow = shadow;
  render(<App state={state} host={host} first={takeFirstView()} />, container);
  state.life.onInvalidated(() => {
    render(null, container);
    host.remove();
    clearMarks();
    removeHighlightStyles(document);
    state.host = null;
    state.shadow = null;
    state.overlay = false;
  });
}
