import { describe, expect, test } from 'vitest';
import {
  initialMode, MAX_SITES, parseSiteMemoryChange, parseSiteMemoryStore, SMALL_VIEWPORT, withSiteChange,
} from '../../core/site-memory';

describe('initialMode', () => {
  test('a phone-width viewport starts compact whatever was remembered', () => {
    expect(initialMode(390, { mode: 'open' })).toBe('compact');
    expect(initialMode(SMALL_VIEWPORT, { mode: 'open' })).toBe('compact');
  });
  test('a wider viewport starts compact, or as the user last left it on this site', () => {
    expect(initialMode(1280, {})).toBe('compact');
    expect(initialMode(1280, { mode: 'open' })).toBe('open');
    expect(initialMode(SMALL_VIEWPORT + 1, { mode: 'compact' })).toBe('compact');
  });
});

describe('withSiteChange', () => {
  test('mode and closed are remembered per host, independently', () => {
    let s = withSiteChange({}, 'a.example.cn', { mode: 'open' });
    s = withSiteChange(s, 'a.example.cn', { closed: true });
    s = withSiteChange(s, 'b.example.cn', { mode: 'compact' });
    expect(s).toEqual({ 'a.example.cn': { mode: 'open', closed: true }, 'b.example.cn': { mode: 'compact' } });
  });
  test('reopening drops the closed flag, and an empty entry goes', () => {
    let s = withSiteChange({}, 'a.example.cn', { closed: true });
    s = withSiteChange(s, 'a.example.cn', { closed: false });
    expect(s).toEqual({});
  });
  test('bounded: the least recently changed site is forgotten first', () => {
    let s = {};
    for (let i = 0; i <= MAX_SITES; i++) s = withSiteChange(s, `s${i}.example.cn`, { mode: 'open' });
    expect(Object.keys(s)).toHaveLength(MAX_SITES);
    expect(s).not.toHaveProperty('s0.example.cn');
    s = withSiteChange(s, 's1.example.cn', { closed: true }); // touched: now the most recent
    s = withSiteChange(s, 'new.example.cn', { mode: 'open' });
    expect(s).toHaveProperty('s1.example.cn');
    expect(s).not.toHaveProperty('s2.example.cn');
  });
});

describe('parsing what was stored or sent', () => {
  test('keeps the valid entries of a partly corrupt store', () => {
    expect(
      parseSiteMemoryStore({
        'ok.example.cn': { mode: 'open', closed: true, extra: 1 },
        'bad.example.cn': { mode: 'huge', closed: 'yes' },
        ['x'.repeat(300)]: { mode: 'open' },
        arr: [1],
      }),
    ).toEqual({ 'ok.example.cn': { mode: 'open', closed: true } });
    expect(parseSiteMemoryStore(null)).toEqual({});
    expect(parseSiteMemoryStore('text')).toEqual({});
  });
  test('a change is one field of the right type, or nothing', () => {
    expect(parseSiteMemoryChange({ mode: 'compact' })).toEqual({ mode: 'compact' });
    expect(parseSiteMemoryChange({ closed: false })).toEqual({ closed: false });
    expect(parseSiteMemoryChange({ mode: 'tiny' })).toBeNull();
    expect(parseSiteMemoryChange({ closed: 1 })).toBeNull();
    expect(parseSiteMemoryChange(undefined)).toBeNull();
  });
});
