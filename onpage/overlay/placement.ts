/**
 * Where the note goes (pure geometry, runs in Node): a corner of the viewport that none of the
 * page's own fixed or sticky elements occupy. Sites put their controls at the edges — sticky
 * "立即申请" bars, "在线客服 / 返回顶部" floaters, headers — and our note must never sit on them.
 *
 * Candidates: for each corner, the note flush with the corner, or slid just past the edge of
 * any obstacle (lifted above a bottom bar, moved beside a floater column, below a header).
 * The free candidate that moves least from its corner wins; corners are tried in the order
 * given. When nothing is free, the candidate covering the least obstacle area wins — the
 * caller then shrinks to its compact form, which almost always fits.
 */

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

export const CORNERS: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];

export interface Placement {
  left: number;
  top: number;
  corner: Corner;
  /** true when the note overlaps none of the obstacles */
  free: boolean;
}

export interface PlaceOptions {
  /** gap to the viewport edge and to obstacles, px */
  margin?: number;
  /** corners in order of preference (the first one is the "home" corner) */
  corners?: readonly Corner[];
}

const right = (r: Rect) => r.left + r.width;
const bottom = (r: Rect) => r.top + r.height;

export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(right(a), right(b)) - Math.max(a.left, b.left);
  const h = Math.min(bottom(a), bottom(b)) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Share of the viewport a rect covers (0..1), counting only its visible part. */
export function coverage(r: Rect, viewport: { width: number; height: number }): number {
  const area = viewport.width * viewport.height;
  return area > 0 ? overlapArea(r, { left: 0, top: 0, width: viewport.width, height: viewport.height }) / area : 0;
}

/** The obstacles worth avoiding: visible in the viewport, not empty, not page-sized layers. */
export function usefulObstacles(obstacles: readonly Rect[], viewport: { width: number; height: number }): Rect[] {
  return obstacles.filter(
    (o) => o.width > 0 && o.height > 0 && coverage(o, viewport) > 0 && coverage(o, viewport) < 0.5,
  );
}

/** The margin, and the note's size fitted inside the viewport's margins. */
function fitted(viewport: { width: number; height: number }, size: { width: number; height: number }, opts: PlaceOptions) {
  const m = opts.margin ?? 12;
  return {
    m,
    w: Math.min(size.width, Math.max(0, viewport.width - 2 * m)),
    h: Math.min(size.height, Math.max(0, viewport.height - 2 * m)),
  };
}

/** The note (w × h, already fitted) flush with `corner`. */
function flushRect(corner: Corner, viewport: { width: number; height: number }, w: number, h: number, m: number): Rect {
  return {
    left: corner.endsWith('right') ? viewport.width - m - w : m,
    top: corner.startsWith('bottom') ? viewport.height - m - h : m,
    width: w,
    height: h,
  };
}

/**
 * Does the note fit flush in its home corner, clear of these obstacles? Then placeNote puts it
 * there whatever else is on the page (no other candidate costs less), so the caller need not
 * look for obstacles anywhere else.
 */
export function homeIsFree(
  viewport: { width: number; height: number },
  size: { width: number; height: number },
  obstacles: readonly Rect[],
  opts: PlaceOptions = {},
): boolean {
  const corner = (opts.corners ?? CORNERS)[0];
  if (!corner) return false;
  const { m, w, h } = fitted(viewport, size, opts);
  const home = flushRect(corner, viewport, w, h, m);
  return usefulObstacles(obstacles, viewport).every((o) => overlapArea(home, o) === 0);
}

/**
 * Place a note of `size` in `viewport` away from `obstacles` (all in viewport px).
 * Deterministic: the same inputs always give the same place.
 */
export function placeNote(
  viewport: { width: number; height: number },
  size: { width: number; height: number },
  obstacles: readonly Rect[],
  opts: PlaceOptions = {},
): Placement {
  const corners = opts.corners ?? CORNERS;
  const { m, w, h } = fitted(viewport, size, opts);
  const obs = usefulObstacles(obstacles, viewport);

  let best: { p: Placement; cost: number; covered: number } | null = null;
  corners.forEach((corner, rank) => {
    const atRight = corner.endsWith('right');
    const atBottom = corner.startsWith('bottom');
    const { left: homeLeft, top: homeTop } = flushRect(corner, viewport, w, h, m);
    // Slide away from the corner only: past each obstacle's far edge.
    const lefts = [homeLeft, ...obs.map((o) => (atRight ? o.left - m - w : right(o) + m))];
    const tops = [homeTop, ...obs.map((o) => (atBottom ? o.top - m - h : bottom(o) + m))];
    for (const left of lefts) {
      if (left < m - 0.5 || left + w > viewport.width - m + 0.5) continue;
      if (atRight ? left > homeLeft : left < homeLeft) continue;
      for (const top of tops) {
        if (top < m - 0.5 || top + h > viewport.height - m + 0.5) continue;
        if (atBottom ? top > homeTop : top < homeTop) continue;
        const rect = { left, top, width: w, height: h };
        const covered = obs.reduce((sum, o) => sum + overlapArea(rect, o), 0);
        // Moving sideways costs more than lifting: a note far from its edge looks lost.
        const cost = Math.abs(top - homeTop) + 1.5 * Math.abs(left - homeLeft) + rank * 40;
        const better =
          !best ||
          (covered === 0 && best.covered > 0) ||
          (covered === 0 && best.covered === 0 && cost < best.cost) ||
          (covered > 0 && best.covered > 0 && (covered < best.covered || (covered === best.covered && cost < best.cost)));
        if (better) best = { p: { left, top, corner, free: covered === 0 }, cost, covered };
      }
    }
  });
  const chosen = best as { p: Placement } | null;
  return chosen?.p ?? { left: viewport.width - m - w, top: viewport.height - m - h, corner: corners[0] ?? 'bottom-right', free: obs.length === 0 };
}

/**
 * A tip card's rect next to its mark: below it when there is room, else above; never past
 * the viewport. `maxHeight` is what the card may take (it scrolls inside beyond that).
 */
export function placeCard(
  viewport: { width: number; height: number },
  size: { width: number; height: number },
  anchor: { left: number; top: number; bottom: number },
  margin = 8,
): { left: number; top: number } {
  const w = Math.min(size.width, viewport.width - 2 * margin);
  const left = Math.max(margin, Math.min(anchor.left, viewport.width - margin - w));
  const below = anchor.bottom + margin;
  if (below + size.height <= viewport.height - margin) return { left, top: below };
  const above = anchor.top - margin - size.height;
  if (above >= margin) return { left, top: above };
  // Neither fits whole: the side with more room, clamped inside the viewport.
  const roomBelow = viewport.height - anchor.bottom;
  const top = roomBelow >= anchor.top ? below : margin;
  return { left, top: Math.max(margin, Math.min(top, viewport.height - margin - size.height)) };
}
