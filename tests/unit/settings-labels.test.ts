import { describe, expect, it } from 'vitest';
import { problemLabel, problemList } from '../../components/options/problem-labels';
import { parseSettings } from '../../core/settings';

describe('import problem labels', () => {
  it('name every kind of path parseSettings reports, in each locale', () => {
    const { problems } = parseSettings({
      version: 2,
      language: 1,
      sensitivity: 1,
      overlay: 1,
      inlineTips: 1,
      kinds: { scam: 1, payday: true },
      mutedSites: [{ host: 'a.cn', since: 1, reason: 'site' }, 'x'],
      theme: 'dark',
    });
    const en = problems.map((p) => problemLabel(p, 'en'));
    expect(en).toEqual(
      expect.arrayContaining([
        'language', 'sensitivity', 'page note', 'page marks',
        'page types to warn about (Debt-relief scam)', 'page types to warn about (payday)',
        'muted site no. 2', 'unknown item "theme"',
      ]),
    );
    expect(en).toHaveLength(8);
    expect(problemList(['sensitivity', 'mutedSites[0]'], 'zh-CN')).toBe('灵敏度、第 1 个静音网站');
    expect(problemList(['sensitivity', 'mutedSites'], 'zh-TW')).toBe('靈敏度、已靜音的網站');
  });
});
