/** One rule for every signal (core/signals.ts): badge, banner and marks never disagree. */
import { describe, expect, test } from 'vitest';
import { defaultSettings } from '../../core/settings';
import { BADGE_TEXT, signalsFor } from '../../core/signals';

const now = 1_800_000_000_000;
const overdue = { kind: 'overdue' as const, level: 'high' as const };

describe('signalsFor', () => {
  test('no verdict or an ordinary page: nothing anywhere', () => {
    expect(signalsFor(defaultSettings(), null, 'a.example', now)).toEqual({ badge: 'none', banner: false, marks: false });
    expect(signalsFor(defaultSettings(), { kind: 'none', level: 'low' }, 'a.example', now).badge).toBe('none');
  });
  test('a verdict to warn about: the badge, and banner and marks as the settings choose', () => {
    expect(signalsFor(defaultSettings(), overdue, 'a.example', now)).toEqual({ badge: 'warn', banner: true, marks: true });
    expect(signalsFor({ ...defaultSettings(), overlay: false }, overdue, 'a.example', now)).toEqual({ badge: 'warn', banner: false, marks: true });
  });
  test('muted, paused, kind off or below the sensitivity: a quiet badge only', () => {
    const muted = { ...defaultSettings(), mutedSites: [{ host: 'a.example', since: now - 1, reason: 'site' as const }] };
    const paused = { ...defaultSettings(), mutedSites: [{ host: 'a.example', since: now - 1, reason: 'pause' as const, until: now + 1_000 }] };
    const off = { ...defaultSettings(), kinds: { ...defaultSettings().kinds, overdue: false } };
    const strict = { ...defaultSettings(), sensitivity: 'high-only' as const };
    for (const s of [muted, paused, off]) expect(signalsFor(s, overdue, 'a.example', now)).toEqual({ badge: 'quiet', banner: false, marks: false });
    expect(signalsFor(strict, { kind: 'lender', level: 'low' }, 'a.example', now).badge).toBe('quiet');
    expect(signalsFor(paused, overdue, 'a.example', now + 2_000).badge).toBe('warn'); // the pause ended
  });
  test('the badge text is neutral and the same in every locale (no word such as 骗)', () => {
    expect(BADGE_TEXT).toEqual({ none: '', quiet: 'i', warn: '!' });
  });
});
