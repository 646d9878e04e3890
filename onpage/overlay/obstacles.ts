/**
 * The page's own fixed and sticky elements where the note may go — the corners, where sites put
 * their controls (bottom "立即申请" bars, "在线客服 / 返回顶部" floaters, headers).
 *
 * Hit-testing a sparse grid of points finds what is actually on top there, which a walk over
 * every element's computed style could not tell us as cheaply on a large page. Only the corner
 * regions the note can take are tested (placement.ts only ever puts it there): each hit test
 * walks the page's boxes under the point, so on a long flat page (thousands of paragraphs) a
 * point costs up to a few milliseconds. The home corner goes first; past a time budget only the
 * corners' edge rows are still tested, so a huge page gets its headers and bottom bars checked
 * and the inner rows partly unchecked rather than a frozen tab. Elements a pointer cannot reach (pointer-events: none) are not
 * controls, and elementFromPoint skips them too. Reads the DOM only; changes nothing.
 */
import { CORNERS, type Corner, type Rect } from './placement';

/** Grid step (CSS px): any control at least this wide and tall is hit. */
const STEP = 40;
/** Distance (CSS px) of a corner's edge row from the viewport's edge. */
const FIRST_ROW = 6;
/** Room beyond the note's own size: lifted above a bottom bar or a header, beside a floater column. */
const SLIDE_X = 80;
const SLIDE_Y = 120;
/** After this long (ms) the corners' inner rows are no longer hit-tested: what was found by then is what the note avoids. */
export const HIT_TEST_BUDGET_MS = 20;

function pinned(el: Element, cache: Map<Element, Element | null>, win: Window): Element | null {
  const chain: Element[] = [];
  let found: Element | null = null;
  for (let e: Element | null = el; e && e !== win.document.body && e !== win.document.documentElement; e = e.parentElement) {
    if (cache.has(e)) {
      found = cache.get(e)!;
      break;
    }
    chain.push(e);
    const pos = win.getComputedStyle(e).position;
    if (pos === 'fixed' || pos === 'sticky') {
      found = e;
      break;
    }
  }
  for (const e of chain) cache.set(e, found);
  return found;
}

/** The element on top at (x, y) that is not part of our own UI. */
function pageElementAt(doc: Document, x: number, y: number, ours: Element): Element | null {
  const top = doc.elementFromPoint(x, y);
  if (!top) return null;
  if (top !== ours && !ours.contains(top)) return top;
  for (const e of doc.elementsFromPoint(x, y)) if (e !== ours && !ours.contains(e)) return e;
  return null;
}

export interface CornerPoints {
  points: [number, number][];
  /** points[0 .. home) cover the home corner */
  home: number;
  /** per point: it is on a corner's edge row (headers, bottom bars), tested whatever the time budget */
  edge: boolean[];
}

/**
 * Grid points over each corner's region (the note's size plus room to slide). The home corner
 * (where the note goes when it is free) first, from its edge inwards; then the other corners row
 * by row from the edges inwards, each row for every corner in turn. Every corner's edge row is
 * tested whatever the time budget, so a slow or busy device still keeps the note off the page's
 * header and bottom bar; the budget cuts only inner rows (on a page of tens of thousands of
 * paragraphs a hit test costs milliseconds, and the home corner alone has dozens of points).
 */
export function cornerPoints(w: number, h: number, note: { width: number; height: number }): CornerPoints {
  const rw = Math.min(w, note.width + SLIDE_X);
  const rh = Math.min(h, note.height + SLIDE_Y);
  const points: [number, number][] = [];
  const edge: boolean[] = [];
  const seen = new Set<number>();
  const row = (corner: Corner, dy: number) => {
    const right = corner.endsWith('right');
    const y = Math.round(corner.startsWith('bottom') ? h - dy : dy);
    for (let dx = 6; dx < rw; dx += STEP) {
      const x = Math.round(right ? w - dx : dx);
      const k = y * 65536 + x;
      if (seen.has(k)) continue; // corner regions overlap on a narrow screen
      seen.add(k);
      points.push([x, y]);
      edge.push(dy === FIRST_ROW);
    }
  };
  const [home, ...others] = CORNERS;
  for (let dy = FIRST_ROW; dy < rh; dy += STEP) row(home!, dy);
  const homeEnd = points.length;
  for (let dy = FIRST_ROW; dy < rh; dy += STEP) for (const corner of others) row(corner, dy);
  return { points, home: homeEnd, edge };
}

/**
 * Rects (viewport px) of the page's fixed/sticky elements found in the corners, deduplicated.
 * `homeSettles`: asked once the home corner is tested — when what was found there already
 * settles the place (the note fits flush in its home corner, which no other place can beat),
 * the other corners are not tested at all: on most pages that is three quarters of the hit tests.
 */
export function findEdgeObstacles(
  win: Window,
  ours: Element,
  note: { width: number; height: number },
  homeSettles?: (found: readonly Rect[]) => boolean,
): Rect[] {
  const doc = win.document;
  const w = win.innerWidth;
  const h = win.innerHeight;
  if (!doc.body || w <= 0 || h <= 0) return [];
  const cache = new Map<Element, Element | null>();
  const seen = new Set<Element>();
  const rects: Rect[] = [];
  const t0 = performance.now();
  const { points, home, edge } = cornerPoints(w, h, note);
  for (let i = 0; i < points.length; i++) {
    if (i === home && homeSettles?.(rects)) break;
    if (!edge[i] && performance.now() - t0 > HIT_TEST_BUDGET_MS) continue;
    const [x, y] = points[i]!;
    const hit = pageElementAt(doc, x, y, ours);
    if (!hit) continue;
    const el = pinned(hit, cache, win);
    if (!el || seen.has(el)) continue;
    seen.add(el);
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) rects.push({ left: r.left, top: r.top, width: r.width, height: r.height });
  }
  return rects;
}
