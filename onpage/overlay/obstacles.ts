/**
 * The page's own fixed and sticky elements near the viewport's edges — the places sites put
 * their controls (bottom "立即申请" bars, "在线客服 / 返回顶部" floaters, headers).
 *
 * Hit-testing a sparse grid of points in the edge bands finds what is actually on top there,
 * which a walk over every element's computed style could not tell us as cheaply on a large
 * page. Elements a pointer cannot reach (pointer-events: none) are not controls, and
 * elementFromPoint skips them too. Reads the DOM only; changes nothing.
 */
import type { Rect } from './placement';

/** How far in from each edge we look, and how dense the grid is (CSS px). */
const BAND_BOTTOM = [6, 30, 60, 100, 150, 210, 280];
const BAND_TOP = [6, 30, 60, 100];
const BAND_SIDE = [6, 30, 60];
const STEP = 40;

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

function points(w: number, h: number): [number, number][] {
  const out: [number, number][] = [];
  const xs: number[] = [];
  for (let x = 4; x < w; x += STEP) xs.push(x);
  xs.push(w - 4);
  for (const d of BAND_BOTTOM) if (d < h / 2) for (const x of xs) out.push([x, h - d]);
  for (const d of BAND_TOP) if (d < h / 2) for (const x of xs) out.push([x, d]);
  for (let y = BAND_TOP[BAND_TOP.length - 1]! + STEP; y < h - BAND_BOTTOM[BAND_BOTTOM.length - 1]!; y += STEP) {
    for (const d of BAND_SIDE) if (d < w / 2) out.push([d, y], [w - d, y]);
  }
  return out;
}

/** Rects (viewport px) of the page's fixed/sticky elements found at the edges, deduplicated. */
export function findEdgeObstacles(win: Window, ours: Element): Rect[] {
  const doc = win.document;
  const w = win.innerWidth;
  const h = win.innerHeight;
  if (!doc.body || w <= 0 || h <= 0) return [];
  const cache = new Map<Element, Element | null>();
  const seen = new Set<Element>();
  const rects: Rect[] = [];
  for (const [x, y] of points(w, h)) {
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
