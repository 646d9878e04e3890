/**
 * Where the note looks for the page's own controls (onpage/overlay/obstacles.ts): only the corner
 * regions it can take, the home corner first, then every other corner's edge rows; every
 * corner's edge row is marked as tested whatever the time budget, so a budget that runs out on a
 * huge page still leaves headers and bottom bars checked.
 */
import { describe, expect, test } from 'vitest';
import { cornerPoints } from '../../onpage/overlay/obstacles';

describe('cornerPoints', () => {
  const w = 1280;
  const h = 900;
  const note = { width: 320, height: 90 };
  const { points: pts, home: homeEnd, edge: onEdge } = cornerPoints(w, h, note);

  test('every point lies in a corner region the note can take (its size plus room to slide)', () => {
    for (const [x, y] of pts) {
      const nearX = x <= note.width + 80 || x >= w - note.width - 80;
      const nearY = y <= note.height + 120 || y >= h - note.height - 120;
      expect(nearX && nearY, `${x},${y}`).toBe(true);
    }
    expect(pts.some(([x, y]) => x > 500 && x < 780 && y > 300 && y < 600)).toBe(false); // the middle is never tested
  });

  test('the home corner (bottom right) whole first, then the edge rows of the other three before their inner rows', () => {
    const home = pts.findIndex(([x, y]) => !(x > w / 2 && y > h / 2));
    expect(home).toBeGreaterThan(0);
    expect(pts.slice(home).some(([x, y]) => x > w / 2 && y > h / 2)).toBe(false);
    const rest = pts.slice(home);
    const firstInner = rest.findIndex(([, y]) => y > 60 && y < h - 60);
    const edge = rest.slice(0, firstInner);
    for (const [cx, cy] of [[0, h], [w, 0], [0, 0]] as const)
      expect(edge.some(([x, y]) => Math.abs(x - cx) < 50 && Math.abs(y - cy) < 50), `corner ${cx},${cy}`).toBe(true);
    expect(homeEnd).toBe(home);
    // the points the time budget never cuts: every corner's edge row, the home corner's first
    expect(onEdge).toHaveLength(pts.length);
    pts.forEach(([, y], i) => expect(onEdge[i], `${i}`).toBe(y === 6 || y === h - 6));
    expect(onEdge[0]).toBe(true);
    for (const [cx, cy] of [[w, h], [0, h], [w, 0], [0, 0]] as const)
      expect(pts.some(([x, y], i) => onEdge[i] && Math.abs(x - cx) < 50 && Math.abs(y - cy) < 50), `edge row at ${cx},${cy}`).toBe(true);
  });

  test('a phone-wide note: regions overlap, no point is tested twice; a grid of 40 px catches a 44 px control', () => {
    const phone = cornerPoints(390, 844, { width: 366, height: 120 }).points;
    expect(new Set(phone.map(([x, y]) => `${x},${y}`)).size).toBe(phone.length);
    // a 44 × 44 floater 12 px from the right edge, 140 px from the bottom
    const box = { left: 390 - 12 - 44, top: 844 - 140 - 44 };
    expect(phone.some(([x, y]) => x >= box.left && x < box.left + 44 && y >= box.top && y < box.top + 44)).toBe(true);
  });
});
