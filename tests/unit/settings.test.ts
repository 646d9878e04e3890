import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  defaultSettings,
  detectVersion,
  exportSettings,
  hostKey,
  importSettings,
  isSiteMuted,
  migrateSettings,
  normalizeHost,
  parseSettings,
  pruneExpired,
  shouldWarn,
  withMutedSite,
  withoutMutedSite,
} from '../../core/settings';
import type { MutedSite, Settings } from '../../core/settings';
import type { Level, PageKind } from '../../core/types';

const NOW = 1_750_000_000_000;
const HOUR = 3_600_000;

function custom(): Settings {
  return {
    version: SETTINGS_VERSION,
    language: 'zh-TW',
    sensitivity: 'high-only',
    overlay: false,
    inlineTips: false,
    kinds: { lender: false, overdue: true, scam: true },
    lenderBadgeOnly: true,
    mutedSites: [
      { host: 'example.com', since: NOW - HOUR, reason: 'not-loan' },
      { host: 'loan.example.cn', since: NOW - HOUR, reason: 'pause', until: NOW + HOUR },
    ],
  };
}

describe('defaults', () => {
  it('are valid and parse back to themselves with no problems', () => {
    expect(parseSettings(DEFAULT_SETTINGS)).toEqual({ settings: defaultSettings(), problems: [] });
    expect(DEFAULT_SETTINGS.version).toBe(SETTINGS_VERSION);
    expect(DEFAULT_SETTINGS.language).toBe('auto');
    expect(DEFAULT_SETTINGS.sensitivity).toBe('normal');
  });
  it('cannot be mutated through defaultSettings()', () => {
    const d = defaultSettings();
    d.kinds.scam = false;
    d.mutedSites.push({ host: 'a.com', since: 0, reason: 'site' });
    expect(DEFAULT_SETTINGS.kinds.scam).toBe(true);
    expect(DEFAULT_SETTINGS.mutedSites).toHaveLength(0);
  });
});

describe('parseSettings: validation with per-field fallback', () => {
  it('keeps a fully valid value as is', () => {
    expect(parseSettings(custom())).toEqual({ settings: custom(), problems: [] });
  });

  it.each([
    ['a string', 'hello'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['true', true],
  ])('falls back to defaults for %s and says so', (_label, raw) => {
    const r = parseSettings(raw);
    expect(r.settings).toEqual(defaultSettings());
    expect(r.problems).toEqual(['(root)']);
  });

  it('treats null/undefined (nothing stored yet) as defaults without problems', () => {
    expect(parseSettings(null)).toEqual({ settings: defaultSettings(), problems: [] });
    expect(parseSettings(undefined)).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it('replaces each wrong field by its default and keeps every valid one', () => {
    const raw = {
      ...custom(),
      language: 'fr',
      overlay: 'yes',
      kinds: { lender: false, overdue: 'no', scam: false, payday: true },
    };
    const { settings, problems } = parseSettings(raw);
    expect(settings.language).toBe('auto'); // fell back
    expect(settings.overlay).toBe(true); // fell back
    expect(settings.sensitivity).toBe('high-only'); // kept
    expect(settings.inlineTips).toBe(false); // kept
    expect(settings.kinds).toEqual({ lender: false, overdue: true, scam: false }); // per kind
    expect(settings.mutedSites).toEqual(custom().mutedSites);
    expect(problems.sort()).toEqual(['kinds.overdue', 'kinds.payday', 'language', 'overlay'].sort());
  });

  it('keeps the good muted-site entries when some are bad', () => {
    const raw = {
      ...custom(),
      mutedSites: [
        { host: 'WWW.Good.com', since: NOW, reason: 'site' }, // normalised
        'bad.com', // not an object
        { host: 'has space.com', since: NOW, reason: 'site' },
        { host: 'ok.cn', since: 'yesterday', reason: 'not-loan' }, // since unknown → 0, kept
        { host: 'pause.cn', since: NOW, reason: 'pause' }, // pause without end: dropped
        { host: 'x.cn', since: NOW, reason: 'because' }, // unknown reason
        { host: 'good.com', since: NOW + 1, reason: 'not-loan' }, // duplicate
        null,
        { host: 'p2.cn', since: NOW, reason: 'pause', until: NOW + HOUR },
        { host: 'site.cn', since: NOW, reason: 'site', until: NOW + HOUR }, // until ignored
      ],
    };
    const { settings, problems } = parseSettings(raw);
    expect(settings.mutedSites).toEqual([
      { host: 'good.com', since: NOW, reason: 'site' },
      { host: 'ok.cn', since: 0, reason: 'not-loan' },
      { host: 'p2.cn', since: NOW, reason: 'pause', until: NOW + HOUR },
      { host: 'site.cn', since: NOW, reason: 'site' },
    ]);
    expect(problems).toEqual(['mutedSites[1]', 'mutedSites[2]', 'mutedSites[3].since', 'mutedSites[4]', 'mutedSites[5]', 'mutedSites[6]', 'mutedSites[7]']);
    expect(settings.language).toBe('zh-TW');
  });

  it('falls back for wrong types throughout, field by field', () => {
    const { settings, problems } = parseSettings({
      version: SETTINGS_VERSION,
      language: 1,
      sensitivity: null,
      overlay: 0,
      inlineTips: 'false',
      kinds: [],
      mutedSites: {},
    });
    expect(settings).toEqual(defaultSettings());
    expect(problems.sort()).toEqual(['inlineTips', 'kinds', 'language', 'mutedSites', 'overlay', 'sensitivity']);
  });

  it('reports unknown fields but keeps the known ones', () => {
    const { settings, problems } = parseSettings({ ...custom(), theme: 'dark' });
    expect(settings).toEqual(custom());
    expect(problems).toEqual(['theme']);
  });

  it('never returns shared references to its input', () => {
    const raw = custom();
    const { settings } = parseSettings(raw);
    settings.kinds.scam = false;
    settings.mutedSites[0]!.host = 'changed.com';
    expect(raw.kinds.scam).toBe(true);
    expect(raw.mutedSites[0]!.host).toBe('example.com');
  });
});

describe('migrations', () => {
  const v1 = {
    version: 1,
    enabled: true,
    mutedHosts: ['www.Foo.com', 'bar.cn', 17, 'not a host'],
    language: 'en',
    showTips: false,
  };

  it('recognises v1 with and without a version field', () => {
    expect(detectVersion(v1)).toBe(1);
    const { version: _v, ...noVersion } = v1;
    expect(detectVersion(noVersion)).toBe(1);
    expect(detectVersion(custom())).toBe(SETTINGS_VERSION);
    expect(detectVersion({ language: 'en' })).toBeNull();
    expect(detectVersion('x')).toBeNull();
  });

  it('v1 → current keeps language, tips and every valid muted host', () => {
    const migrated = migrateSettings(v1) as Record<string, unknown>;
    expect(migrated.version).toBe(SETTINGS_VERSION);
    expect(migrated).not.toHaveProperty('mutedHosts');
    expect(migrated).not.toHaveProperty('enabled');
    const { settings, problems } = parseSettings(v1);
    expect(settings).toEqual({
      ...defaultSettings(),
      language: 'en',
      inlineTips: false,
      mutedSites: [
        { host: 'foo.com', since: 0, reason: 'site' },
        { host: 'bar.cn', since: 0, reason: 'site' },
      ],
    });
    expect(problems).toEqual(['mutedSites[2]', 'mutedSites[3]']);
  });

  it('v1 enabled:false (never warn) becomes every kind off', () => {
    const { settings } = parseSettings({ enabled: false, mutedHosts: [] });
    expect(settings.kinds).toEqual({ lender: false, overdue: false, scam: false });
    expect(shouldWarn(settings, { kind: 'scam', level: 'high' }, 'x.com', NOW)).toBe(false);
  });

  it('v1 with a corrupt host list keeps its other fields', () => {
    const { settings, problems } = parseSettings({ version: 1, enabled: true, mutedHosts: 'foo.com', language: 'zh-CN' });
    expect(settings.language).toBe('zh-CN');
    expect(settings.mutedSites).toEqual([]);
    expect(problems).toEqual(['mutedSites']);
  });

  it('leaves current and unknown-newer values unchanged', () => {
    const c = custom();
    expect(migrateSettings(c)).toBe(c);
    const newer = { ...c, version: SETTINGS_VERSION + 1, future: 1 };
    expect(migrateSettings(newer)).toBe(newer);
    const { settings } = parseSettings(newer);
    expect(settings).toEqual(c); // known fields still apply; version written as ours
  });
});

describe('hosts', () => {
  it.each([
    ['https://www.Example.com/path?q=1', 'example.com'],
    ['http://m.loan.example.cn:8080/', 'm.loan.example.cn'],
    ['https://127.0.0.1/x', '127.0.0.1'],
    ['https://wwwexample.com/', 'wwwexample.com'],
    ['https://example.com./', 'example.com'],
    ['chrome-extension://abc/popup.html', null],
    ['file:///tmp/x.html', null],
    ['about:blank', null],
    ['not a url', null],
    ['', null],
  ])('hostKey(%j) = %j', (url, key) => {
    expect(hostKey(url)).toBe(key);
  });

  it('normalizeHost refuses URLs and junk', () => {
    expect(normalizeHost(' WWW.A.com ')).toBe('a.com');
    expect(normalizeHost('https://a.com')).toBeNull();
    expect(normalizeHost('a.com/x')).toBeNull();
    expect(normalizeHost('.a.com')).toBeNull();
    expect(normalizeHost(5)).toBeNull();
  });
});

describe('muting', () => {
  const base = defaultSettings();

  it('a mute covers the host and its subdomains, not look-alikes', () => {
    const s = withMutedSite(base, { host: 'example.com', since: NOW, reason: 'site' });
    expect(isSiteMuted(s, 'example.com', NOW)?.host).toBe('example.com');
    expect(isSiteMuted(s, 'm.example.com', NOW)?.host).toBe('example.com');
    expect(isSiteMuted(s, 'www.example.com', NOW)?.host).toBe('example.com');
    expect(isSiteMuted(s, 'badexample.com', NOW)).toBeNull();
    expect(isSiteMuted(s, 'example.com.evil.cn', NOW)).toBeNull();
    expect(isSiteMuted(s, null, NOW)).toBeNull();
  });

  it('a pause expires by itself at `until`', () => {
    const s = withMutedSite(base, { host: 'p.cn', since: NOW, reason: 'pause', until: NOW + HOUR });
    expect(isSiteMuted(s, 'p.cn', NOW)?.reason).toBe('pause');
    expect(isSiteMuted(s, 'p.cn', NOW + HOUR - 1)).not.toBeNull();
    expect(isSiteMuted(s, 'p.cn', NOW + HOUR)).toBeNull();
    expect(isSiteMuted(s, 'p.cn', NOW + 2 * HOUR)).toBeNull();
  });

  it('pruneExpired drops only expired pauses', () => {
    let s = withMutedSite(base, { host: 'old.cn', since: NOW - 2 * HOUR, reason: 'pause', until: NOW - HOUR });
    s = withMutedSite(s, { host: 'live.cn', since: NOW, reason: 'pause', until: NOW + HOUR });
    s = withMutedSite(s, { host: 'forever.cn', since: 0, reason: 'not-loan' });
    expect(pruneExpired(s, NOW).mutedSites.map((m) => m.host)).toEqual(['live.cn', 'forever.cn']);
    expect(pruneExpired(s, NOW + 2 * HOUR).mutedSites.map((m) => m.host)).toEqual(['forever.cn']);
  });

  it('withMutedSite replaces an existing entry for the same host and ignores invalid ones', () => {
    let s = withMutedSite(base, { host: 'a.cn', since: NOW, reason: 'site' });
    s = withMutedSite(s, { host: 'WWW.A.CN', since: NOW + 1, reason: 'not-loan' });
    expect(s.mutedSites).toEqual([{ host: 'a.cn', since: NOW + 1, reason: 'not-loan' }]);
    const same = withMutedSite(s, { host: 'a b', since: NOW, reason: 'site' });
    expect(same.mutedSites).toEqual(s.mutedSites);
    const noEnd = withMutedSite(s, { host: 'b.cn', since: NOW, reason: 'pause' } as MutedSite);
    expect(noEnd.mutedSites).toEqual(s.mutedSites);
    expect(base.mutedSites).toEqual([]); // inputs untouched
  });

  it('withoutMutedSite removes exactly that host', () => {
    let s = withMutedSite(base, { host: 'a.cn', since: NOW, reason: 'site' });
    s = withMutedSite(s, { host: 'sub.a.cn', since: NOW, reason: 'site' });
    const after = withoutMutedSite(s, 'www.a.cn');
    expect(after.mutedSites.map((m) => m.host)).toEqual(['sub.a.cn']);
    expect(s.mutedSites).toHaveLength(2);
  });
});

describe('shouldWarn matrix', () => {
  const kinds: PageKind[] = ['lender', 'overdue', 'scam', 'none'];
  const levels: Level[] = ['low', 'medium', 'high'];
  const expected: Record<Settings['sensitivity'], Record<Level, boolean>> = {
    'high-only': { low: false, medium: false, high: true },
    normal: { low: false, medium: true, high: true },
    all: { low: true, medium: true, high: true },
  };
  for (const sensitivity of ['high-only', 'normal', 'all'] as const) {
    for (const kind of kinds) {
      for (const level of levels) {
        const want = kind !== 'none' && expected[sensitivity][level];
        it(`${sensitivity} · ${kind} · ${level} → ${want}`, () => {
          const s = { ...defaultSettings(), sensitivity };
          expect(shouldWarn(s, { kind, level }, 'shop.example.com', NOW)).toBe(want);
        });
      }
    }
  }

  it('per-kind switches turn off only their kind', () => {
    const s = { ...defaultSettings(), kinds: { lender: false, overdue: true, scam: true } };
    expect(shouldWarn(s, { kind: 'lender', level: 'high' }, 'a.cn', NOW)).toBe(false);
    expect(shouldWarn(s, { kind: 'overdue', level: 'high' }, 'a.cn', NOW)).toBe(true);
    expect(shouldWarn(s, { kind: 'scam', level: 'high' }, 'a.cn', NOW)).toBe(true);
  });

  it('muting wins, and an expired pause warns again', () => {
    let s = withMutedSite(defaultSettings(), { host: 'a.cn', since: NOW, reason: 'pause', until: NOW + HOUR });
    s = { ...s, sensitivity: 'all' };
    expect(shouldWarn(s, { kind: 'scam', level: 'high' }, 'a.cn', NOW)).toBe(false);
    expect(shouldWarn(s, { kind: 'scam', level: 'high' }, 'a.cn', NOW + HOUR)).toBe(true);
    expect(shouldWarn(s, { kind: 'scam', level: 'high' }, 'b.cn', NOW)).toBe(true);
    expect(shouldWarn(s, { kind: 'scam', level: 'high' }, null, NOW)).toBe(true); // unknown host: not muted
  });
});

describe('export / import', () => {
  it('round-trips every field', () => {
    const text = exportSettings(custom());
    const data = JSON.parse(text);
    expect(data.format).toBe('loan-guard-settings');
    expect(data.version).toBe(SETTINGS_VERSION);
    expect(text).toContain('\n  '); // pretty-printed for people who open it
    const r = importSettings(text, defaultSettings());
    expect(r).toEqual({ ok: true, settings: custom(), problems: [] });
  });

  it.each([
    ['not JSON', 'this is not json {', 'not-json'],
    ['empty file', '', 'not-json'],
    ['JSON array', '[1,2]', 'wrong-format'],
    ['JSON string', '"hi"', 'wrong-format'],
    ['other JSON', JSON.stringify({ name: 'package', version: 1 }), 'wrong-format'],
    ['wrong marker', JSON.stringify({ format: 'other', version: 2, settings: {} }), 'wrong-format'],
    ['no version', JSON.stringify({ format: 'loan-guard-settings', settings: { language: 'en' } }), 'bad-version'],
    ['no settings', JSON.stringify({ format: 'loan-guard-settings', version: 2 }), 'no-settings'],
    [
      'wrong types throughout',
      JSON.stringify({
        format: 'loan-guard-settings',
        version: 2,
        settings: { language: 3, sensitivity: true, overlay: 'x', inlineTips: [], kinds: 'all', mutedSites: 'none' },
      }),
      'nothing-usable',
    ],
    ['empty settings', JSON.stringify({ format: 'loan-guard-settings', version: 2, settings: {} }), 'nothing-usable'],
  ])('refuses %s with a clear reason', (_label, text, error) => {
    expect(importSettings(text, custom())).toEqual({ ok: false, error });
  });

  it('imports the good fields of a partly bad file, keeps current values for the rest and lists them', () => {
    const current = custom();
    const file = {
      format: 'loan-guard-settings',
      version: 2,
      settings: {
        language: 'en',
        sensitivity: 'loud', // bad: keeps current 'high-only'
        overlay: true,
        kinds: { scam: false, lender: 'maybe' },
        mutedSites: [{ host: 'new.cn', since: NOW, reason: 'site' }, { host: '', reason: 'site' }],
      },
    };
    const r = importSettings(JSON.stringify(file), current);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings).toEqual({
      ...current,
      language: 'en',
      overlay: true,
      kinds: { lender: false, overdue: true, scam: false },
      // merged: the current mutes stay, the file's valid one is added
      mutedSites: [...current.mutedSites, { host: 'new.cn', since: NOW, reason: 'site' }],
    });
    expect(r.problems.sort()).toEqual(['kinds.lender', 'mutedSites[1]', 'sensitivity']);
  });

  it('migrates a v1 export', () => {
    const text = JSON.stringify({ format: 'loan-guard-settings', version: 1, settings: { enabled: true, mutedHosts: ['a.cn'] } });
    const r = importSettings(text);
    expect(r.ok && r.settings.mutedSites).toEqual([{ host: 'a.cn', since: 0, reason: 'site' }]);
  });

  it('accepts a UTF-8 BOM', () => {
    const r = importSettings('\uFEFF' + exportSettings(custom()));
    expect(r.ok).toBe(true);
  });
});
