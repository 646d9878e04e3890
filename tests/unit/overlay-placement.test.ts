import { describe, expect, test } from 'vitest';
import { coverage, homeIsFree, overlapArea, placeCard, placeNote, type Rect } from '../../onpage/overlay/placement';

const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
const note = { width: 360, height: 120 };

const inside = (r: Rect, v: { width: number; height: number }) =>
  r.left >= 0 && r.top >= 0 && r.left + r.width <= v.width && r.top + r.height <= v.height;

describe('placeNote', () => {
  test('an empty page: bottom-right, flush with the margin', () => {
    const p = placeNote(desktop, note, []);
    expect(p).toEqual({ left: 1280 - 12 - 360, top: 900 - 12 - 120, corner: 'bottom-right', free: true });
  });

  test('a sticky full-width bottom bar: lifted above it, still on the right', () => {
    const bar = { left: 0, top: 836, width: 1280, height: 64 };
    const p = placeNote(desktop, note, [bar]);
    expect(p.free).toBe(true);
    expect(p.corner).toBe('bottom-right');
    expect(p.top + note.height).toBeLessThanOrEqual(bar.top - 12);
    expect(overlapArea({ ...p, ...note }, bar)).toBe(0);
  });

  test('a bottom bar plus a floater column at the right edge: neither is covered', () => {
    const obstacles = [
      { left: 0, top: 836, width: 1280, height: 64 },
      { left: 1212, top: 600, width: 56, height: 56 }, // 在线客服
      { left: 1212, top: 664, width: 56, height: 56 }, // 返回顶部
    ];
    const p = placeNote(desktop, note, obstacles);
    expect(p.free).toBe(true);
    for (const o of obstacles) expect(overlapArea({ ...p, ...note }, o)).toBe(0);
    expect(inside({ ...p, ...note }, desktop)).toBe(true);
  });

  test('the phone shell: header, bottom bar, two floaters — the compact note finds a free spot', () => {
    const compact = { width: 366, height: 48 };
    const obstacles = [
      { left: 0, top: 0, width: 390, height: 56 },
      { left: 0, top: 784, width: 390, height: 60 },
      { left: 326, top: 640, width: 52, height: 52 },
      { left: 326, top: 700, width: 52, height: 52 },
    ];
    const p = placeNote(phone, compact, obstacles);
    expect(p.free).toBe(true);
    for (const o of obstacles) expect(overlapArea({ ...p, ...compact }, o)).toBe(0);
    expect(inside({ ...p, ...compact }, phone)).toBe(true);
  });

  test('corners are tried in the order given; a blocked home corner yields to the next', () => {
    const blockRight = { left: 1000, top: 0, width: 280, height: 900 };
    const p = placeNote(desktop, note, [blockRight], { corners: ['bottom-right', 'bottom-left'] });
    expect(p.corner).toBe('bottom-left');
    expect(p.left).toBe(12);
    expect(p.free).toBe(true);
  });

  test('page-sized layers (≥ half the viewport) are not obstacles', () => {
    const overlayLayer = { left: 0, top: 0, width: 1280, height: 900 };
    expect(placeNote(desktop, note, [overlayLayer]).corner).toBe('bottom-right');
  });

  test('nothing free: the least covered place, marked not free', () => {
    const walls = [
      { left: 0, top: 0, width: 1280, height: 440 },
      { left: 0, top: 460, width: 1280, height: 440 },
    ];
    const p = placeNote(desktop, note, walls);
    expect(p.free).toBe(false);
    expect(inside({ ...p, ...note }, desktop)).toBe(true);
  });

  test('same inputs, same place', () => {
    const obs = [{ left: 0, top: 800, width: 1280, height: 100 }];
    expect(placeNote(desktop, note, obs)).toEqual(placeNote(desktop, note, obs));
  });

  test('a note wider than the viewport is narrowed to fit', () => {
    const p = placeNote({ width: 300, height: 600 }, { width: 360, height: 40 }, []);
    expect(p.left).toBe(12);
  });
});

describe('coverage', () => {
  test('counts only the visible part', () => {
    expect(coverage({ left: 0, top: 0, width: 195, height: 844 }, phone)).toBeCloseTo(0.5);
    expect(coverage({ left: -100, top: 0, width: 195, height: 844 }, phone)).toBeCloseTo(95 / 390);
    expect(coverage({ left: 0, top: 0, width: 10, height: 10 }, { width: 0, height: 0 })).toBe(0);
  });
});

describe('placeCard', () => {
  const card = { width: 320, height: 200 };
  test('below the mark when there is room', () => {
    expect(placeCard(desktop, card, { left: 100, top: 100, bottom: 120 })).toEqual({ left: 100, top: 128 });
  });
  test('above the mark near the bottom', () => {
    expect(placeCard(desktop, card, { left: 100, top: 800, bottom: 820 })).toEqual({ left: 100, top: 592 });
  });
  test('never past the right edge', () => {
    expect(placeCard(desktop, card, { left: 1200, top: 100, bottom: 120 }).left).toBe(1280 - 8 - 320);
  });
  test('too tall for either side: clamped inside the viewport', () => {
    const p = placeCard(phone, { width: 374, height: 500 }, { left: 10, top: 400, bottom: 420 });
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.top + 500).toBeLessThanOrEqual(844 - 8);
  });
});

describe('homeIsFree (the hit tests stop after the home corner when it is)', () => {
  test('free on an empty page; not under a bottom bar; a header elsewhere does not matter', () => {
    expect(homeIsFree(desktop, note, [])).toBe(true);
    expect(homeIsFree(desktop, note, [{ left: 0, top: 840, width: 1280, height: 60 }])).toBe(false);
    expect(homeIsFree(desktop, note, [{ left: 0, top: 0, width: 1280, height: 64 }])).toBe(true);
    // a floater beside the home spot, not on it
    expect(homeIsFree(desktop, note, [{ left: 1280 - 12 - 360 - 60, top: 700, width: 48, height: 48 }])).toBe(true);
  });

  test('whenever it says free, placeNote puts the note flush in the home corner whatever else is found later', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let checked = 0;
    for (let n = 0; n < 400; n++) {
      const v = n % 2 ? desktop : phone;
      const size = { width: Math.min(note.width, v.width - 24), height: note.height };
      const box = (): Rect => ({ left: rnd() * v.width, top: rnd() * v.height, width: 20 + rnd() * 300, height: 20 + rnd() * 200 });
      const home = Array.from({ length: Math.floor(rnd() * 3) }, box);
      const later = Array.from({ length: Math.floor(rnd() * 4) }, box);
      if (!homeIsFree(v, size, home)) continue;
      checked++;
      const p = placeNote(v, size, home);
      expect(p).toMatchObject({ corner: 'bottom-right', left: v.width - 12 - size.width, top: v.height - 12 - size.height });
      // obstacles only elsewhere (not on the home spot) change nothing
      const elsewhere = later.filter((o) => overlapArea(o, { left: p.left, top: p.top, ...size }) === 0);
      expect(placeNote(v, size, [...home, ...elsewhere])).toEqual(p);
    }
    expect(checked).toBeGreaterThan(50);
  });
});
