/**
 * What the Firefox tests read in a page. readOverlay and findButton run in the page's
 * content-script world, where Firefox offers `element.openOrClosedShadowRoot`: the harness sends
 * their source through `tabs.executeScript` from an extension page, so they must stay
 * self-contained (no imports, no outer names).
 */
import type { Page } from 'puppeteer-core';

/** What the overlay shows on a page, read through its closed shadow root. */
export interface FxOverlay {
  /** elements on the page carrying a shadow root (ours is the only one on test pages) */
  hosts: number;
  text: string;
  /** an open tip card's text ('' when none) */
  card: string;
  /** the overlay's language, from its root's lang attribute or the nearest one */
  lang: string;
  /** the right edge (CSS px) of the overlay's furthest box, to check it fits a phone screen */
  right: number;
}

/** tsx (esbuild keepNames) wraps named functions in __name(); give the injected code one. */
export const PRELUDE = 'var __name = (f) => f;';

/** Runs in the page's content-script world (Firefox gives it openOrClosedShadowRoot). */
export function readOverlay(): FxOverlay {
  type El = Element & { openOrClosedShadowRoot?: ShadowRoot | null };
  const roots = [...document.querySelectorAll('*')]
    .map((e) => (e as El).openOrClosedShadowRoot)
    .filter((r): r is ShadowRoot => !!r);
  const root = roots[0];
  if (!root) return { hosts: 0, text: '', card: '', lang: '', right: 0 };
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const card = [...root.querySelectorAll('[role="dialog"], .card')].find(visible);
  const langEl = root.querySelector('[lang]');
  let right = 0;
  for (const el of root.querySelectorAll('*')) right = Math.max(right, el.getBoundingClientRect().right);
  return {
    hosts: roots.length,
    text: root.textContent ?? '',
    card: card?.textContent ?? '',
    lang: langEl?.getAttribute('lang') ?? (root.host as HTMLElement).lang ?? '',
    right,
  };
}

/** Runs in the content-script world: where the user would click a button of the overlay. */
export function findButton(text: string) {
  type El = Element & { openOrClosedShadowRoot?: ShadowRoot | null };
  for (const host of document.querySelectorAll('*')) {
    const root = (host as El).openOrClosedShadowRoot;
    const button = root && [...root.querySelectorAll('button, a')].find((b) => b.textContent?.includes(text));
    if (!button) continue;
    const r = button.getBoundingClientRect();
    // only where a user could click it: wholly in the viewport
    if (r.width === 0 || r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight) return null;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  return null;
}


/** Centre of the first marked claim on the page (scrolled into view), as the user would point at it. */
export async function firstMarkPoint(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const r = [...[...reg.values()][0]!][0]!;
    r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const box = r.getClientRects()[0]!;
    return { x: box.left + Math.min(4, box.width / 2), y: box.top + box.height / 2 };
  });
}
