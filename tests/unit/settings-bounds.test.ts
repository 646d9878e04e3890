/**
 * Stored and imported settings a hostile page, an old build or a hand-edited file could produce:
 * timestamps out of range, bare public suffixes, overlong lists, huge or nested import files.
 * Each must be repaired or refused, never accepted, and never cost the user a valid setting.
 */
import { describe, expect, it } from 'vitest';
import { formatTime } from '../../components/options/MutedSitesTable';
import { problemLabel } from '../../components/options/problem-labels';
import {
  badgeOnlyHere,
  defaultSettings,
  exportSettings,
  importSettings,
  isPublicSuffix,
  isSiteMuted,
  MAX_IMPORT_CHARS,
  MAX_MUTED_SITES,
  muteKey,
  normalizeHost,
  parseSettings,
  parseSettingsDetailed,
  registrableDomain,
  shouldWarn,
  TIME_MAX,
  withMutedSite,
  withoutMutesCovering,
} from '../../core/settings';
import type { MutedSite, Settings } from '../../core/settings';

const NOW = 1_750_000_000_000;
const DAY = 86_400_000;
const withSites = (mutedSites: unknown[]): unknown => ({ ...defaultSettings(), mutedSites });

describe('timestamps are bounded on parse', () => {
  it.each([
    ['1e300', 1e300],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['negative', -5],
    ['past 2100', TIME_MAX + 1],
    ['a year ahead of the clock', NOW + 365 * DAY],
    ['a string', '2025-01-01'],
  ])('a mute with since = %s keeps the mute with "unknown" time and says so', (_label, since) => {
    const { settings, problems } = parseSettings(withSites([{ host: 'a.cn', since, reason: 'site' }]), { now: NOW });
    expect(settings.mutedSites).toEqual([{ host: 'a.cn', since: 0, reason: 'site' }]);
    expect(problems).toEqual(['mutedSites[0].since']);
  });

  it('keeps a sane since, and one a little ahead of the clock (clock changes)', () => {
    const sites = [
      { host: 'a.cn', since: NOW - DAY, reason: 'site' },
      { host: 'b.cn', since: NOW + 60_000, reason: 'site' },
    ];
    const { settings, problems } = parseSettings(withSites(sites), { now: NOW });
    expect(settings.mutedSites).toEqual(sites);
    expect(problems).toEqual([]);
  });

  it.each([
    ['1e300', 1e300],
    ['NaN', NaN],
    ['negative', -1],
    ['past 2100', TIME_MAX + 1],
    ['ten years ahead', NOW + 3650 * DAY],
  ])('drops a pause whose end is %s (it would be a mute nobody chose)', (_label, until) => {
    const { settings, problems } = parseSettings(withSites([{ host: 'p.cn', since: NOW, reason: 'pause', until }]), { now: NOW });
    expect(settings.mutedSites).toEqual([]);
    expect(problems).toEqual(['mutedSites[0]']);
  });

  it('without a clock, bounds still hold (TIME_MAX)', () => {
    const { settings } = parseSettings(withSites([{ host: 'a.cn', since: 1e300, reason: 'site' }]));
    expect(settings.mutedSites[0]!.since).toBe(0);
  });

  it('formatTime never throws and refuses what it cannot show', () => {
    for (const t of [1e300, NaN, -1, Infinity, TIME_MAX + 1]) expect(formatTime(t, 'en')).toBeNull();
    expect(formatTime(NOW, 'zh-CN')).toMatch(/2025/);
  });
});

describe('public suffixes and registrable domains', () => {
  it.each([
    ['com', true], ['co.uk', true], ['net.cn', true], ['com.cn', true], ['gov.cn', true], ['com.hk', true],
    ['com.tw', true], ['xyz', true], ['bbc.co.uk', false], ['www.co.uk', false], ['localhost', false], ['10.0.0.1', false],
  ])('isPublicSuffix(%s) = %s', (host, want) => expect(isPublicSuffix(host)).toBe(want));

  it.each([
    ['m.jd.com', 'jd.com'], ['www.bank.com.cn', 'bank.com.cn'], ['a.b.lender.net.cn', 'lender.net.cn'],
    ['www.co.uk', 'www.co.uk'], ['news.bbc.co.uk', 'bbc.co.uk'], ['127.0.0.1', '127.0.0.1'], ['co.uk', null], ['com', null],
  ])('registrableDomain(%s) = %s', (host, want) => expect(registrableDomain(host)).toBe(want));

  it('"www." is not stripped when a public suffix would be left', () => {
    expect(normalizeHost('www.co.uk')).toBe('www.co.uk');
    expect(normalizeHost('WWW.net.cn.')).toBe('www.net.cn');
    expect(normalizeHost('www.example.com')).toBe('example.com');
  });

  it('no mute of a bare public suffix, by key, by parse, or by withMutedSite', () => {
    for (const h of ['com', 'co.uk', 'net.cn', 'COM.CN.']) {
      expect(muteKey(h, 'site')).toBeNull();
    }
    expect(muteKey('www.co.uk', 'site')).toBe('www.co.uk');
    expect(muteKey('www.net.cn', 'pause')).toBe('www.net.cn');
    const { settings, problems } = parseSettings(withSites([{ host: 'co.uk', since: 0, reason: 'site' }, { host: 'com.cn', since: 0, reason: 'site' }]));
    expect(settings.mutedSites).toEqual([]);
    expect(problems).toEqual(['mutedSites[0]', 'mutedSites[1]']);
    expect(withMutedSite(defaultSettings(), { host: 'net.cn', since: NOW, reason: 'site' }).mutedSites).toEqual([]);
  });

  it('muting www.co.uk does not silence other sites under co.uk', () => {
    const s = withMutedSite(defaultSettings(), { host: muteKey('www.co.uk', 'site')!, since: NOW, reason: 'site' });
    expect(isSiteMuted(s, 'www.co.uk', NOW)).not.toBeNull();
    expect(isSiteMuted(s, 'bbc.co.uk', NOW)).toBeNull();
    expect(isSiteMuted(s, 'co.uk', NOW)).toBeNull();
  });

  it('"this site" keys on the registrable domain, "not a loan page" on the host', () => {
    expect(muteKey('m.lender.com.cn', 'site')).toBe('lender.com.cn');
    expect(muteKey('m.lender.com.cn', 'pause')).toBe('lender.com.cn');
    expect(muteKey('m.lender.com.cn', 'not-loan')).toBe('m.lender.com.cn');
    expect(muteKey('https://x.cn/', 'site')).toBeNull();
  });

  it('"warn me here again" removes the site mute covering the host, not others', () => {
    let s = withMutedSite(defaultSettings(), { host: 'lender.cn', since: NOW, reason: 'site' });
    s = withMutedSite(s, { host: 'other.cn', since: NOW, reason: 'site' });
    s = withoutMutesCovering(s, 'm.lender.cn');
    expect(s.mutedSites.map((m) => m.host)).toEqual(['other.cn']);
  });
});

describe('the muted-site list is capped', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => ({ host: `s${i}.example.cn`, since: NOW, reason: 'site' }));

  it(`reading a list longer than ${MAX_MUTED_SITES} keeps the first ${MAX_MUTED_SITES} valid entries and says so`, () => {
    const { settings, problems } = parseSettings(withSites(many(MAX_MUTED_SITES + 500)), { now: NOW });
    expect(settings.mutedSites).toHaveLength(MAX_MUTED_SITES);
    expect(settings.mutedSites.at(-1)!.host).toBe(`s${MAX_MUTED_SITES - 1}.example.cn`);
    expect(problems).toEqual(['mutedSites.limit']);
  });

  it('adding past the cap lets the oldest mute go, keeps the new one', () => {
    const s = parseSettings(withSites(many(MAX_MUTED_SITES))).settings;
    const next = withMutedSite(s, { host: 'new.cn', since: NOW, reason: 'site' }, NOW);
    expect(next.mutedSites).toHaveLength(MAX_MUTED_SITES);
    expect(next.mutedSites[0]!.host).toBe('s1.example.cn');
    expect(next.mutedSites.at(-1)!.host).toBe('new.cn');
  });

  it('thousands of bad entries give a bounded problem list', () => {
    const { problems } = parseSettingsDetailed(withSites(Array.from({ length: 5000 }, () => 7)));
    expect(problems.length).toBeLessThanOrEqual(12);
    expect(problems.at(-1)).toBe('mutedSites');
  });

  it('problem paths have words in every locale', () => {
    for (const loc of ['zh-CN', 'zh-TW', 'en'] as const) {
      expect(problemLabel('mutedSites.limit', loc)).toContain(String(MAX_MUTED_SITES));
      expect(problemLabel('mutedSites[2].since', loc)).toContain('3');
      expect(problemLabel('lenderBadgeOnly', loc)).not.toContain('lenderBadgeOnly');
    }
  });
});

describe('"on lender pages, badge only"', () => {
  const on: Settings = { ...defaultSettings(), lenderBadgeOnly: true };

  it('silences banner and marks on lender pages only', () => {
    expect(shouldWarn(on, { kind: 'lender', level: 'high' }, 'a.cn', NOW)).toBe(false);
    expect(shouldWarn(on, { kind: 'overdue', level: 'high' }, 'a.cn', NOW)).toBe(true);
    expect(shouldWarn(on, { kind: 'scam', level: 'medium' }, 'a.cn', NOW)).toBe(true);
    expect(shouldWarn(defaultSettings(), { kind: 'lender', level: 'high' }, 'a.cn', NOW)).toBe(true);
    expect(badgeOnlyHere(on, { kind: 'lender' })).toBe(true);
    expect(badgeOnlyHere(on, { kind: 'overdue' })).toBe(false);
  });

  it('is off by default and after migrating v1 and v2 values; a wrong type falls back and is reported', () => {
    expect(defaultSettings().lenderBadgeOnly).toBe(false);
    expect(parseSettings({ version: 2, overlay: false }).settings.lenderBadgeOnly).toBe(false);
    expect(parseSettings({ enabled: true, mutedHosts: [] }).settings.lenderBadgeOnly).toBe(false);
    expect(parseSettings({ version: 3, lenderBadgeOnly: true }).settings.lenderBadgeOnly).toBe(true);
    expect(parseSettings({ version: 3, lenderBadgeOnly: 'yes' }).problems).toEqual(['lenderBadgeOnly']);
  });

  it('round-trips through export and import; an old file keeps the current choice', () => {
    const r = importSettings(exportSettings(on), defaultSettings());
    expect(r.ok && r.settings.lenderBadgeOnly).toBe(true);
    const v2file = JSON.stringify({ format: 'loan-guard-settings', version: 2, settings: { language: 'en' } });
    const r2 = importSettings(v2file, on);
    expect(r2.ok && r2.settings.lenderBadgeOnly).toBe(true);
  });
});

describe('imports that must not cost the user anything', () => {
  const current = (): Settings =>
    ({ ...defaultSettings(), language: 'en', mutedSites: [{ host: 'mine.cn', since: NOW, reason: 'site' } as MutedSite] });
  const file = (settings: unknown) => JSON.stringify({ format: 'loan-guard-settings', version: 3, settings });

  it('refuses a huge file unread with its own reason', () => {
    const huge = file({ language: 'zh-TW', padding: 'x'.repeat(MAX_IMPORT_CHARS) });
    expect(importSettings(huge, current())).toEqual({ ok: false, error: 'too-large' });
  });

  it('refuses deep nesting without throwing', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(importSettings(deep, current()).ok).toBe(false);
    const nested = file({ language: JSON.parse('['.repeat(1000) + ']'.repeat(1000)) });
    expect(importSettings(nested, current())).toEqual({ ok: false, error: 'nothing-usable' });
  });

  it('prototype keys reach nothing', () => {
    const text = '{"format":"loan-guard-settings","version":3,"settings":{"__proto__":{"overlay":false,"polluted":1},' +
      '"constructor":{"prototype":{"polluted":1}},"language":"zh-TW"}}';
    const r = importSettings(text, current());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.overlay).toBe(true);
    expect(r.settings.language).toBe('zh-TW');
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.settings)).toBe(Object.prototype);
  });

  it('a muted-site list with no valid entry keeps the current mutes', () => {
    const r = importSettings(file({ language: 'zh-TW', mutedSites: [1, { host: 'co.uk', reason: 'site' }] }), current());
    expect(r.ok && r.settings.mutedSites.map((m) => m.host)).toEqual(['mine.cn']);
  });

  it('a valid list is merged: the current mutes stay, the file adds its own', () => {
    const r = importSettings(file({ mutedSites: [{ host: 'theirs.cn', since: NOW, reason: 'not-loan' }] }), current());
    expect(r.ok && r.settings.mutedSites.map((m) => m.host)).toEqual(['mine.cn', 'theirs.cn']);
  });

  it('timestamps in a file are bounded like stored ones', () => {
    const r = importSettings(file({ mutedSites: [{ host: 'x.cn', since: 1e300, reason: 'site' }] }), defaultSettings(), NOW);
    expect(r.ok && r.settings.mutedSites).toEqual([{ host: 'x.cn', since: 0, reason: 'site' }]);
  });
});
