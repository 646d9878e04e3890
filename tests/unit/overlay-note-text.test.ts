import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../core/types';
import { headingKey, noteTexts, type NoteInput } from '../../onpage/overlay/note-text';

const base: NoteInput = {
  kind: 'scam', level: 'high', jurisdiction: 'cn', tipNames: ['征信修复', '代办协商'], marks: 3, host: 'bbs.example.cn',
};

describe('noteTexts', () => {
  test('a page that warns about a scheme is not called a seller of it', () => {
    const promotes = noteTexts({ ...base, stance: 'promotes' }, 'zh-CN');
    const warns = noteTexts({ ...base, stance: 'warns' }, 'zh-CN');
    expect(promotes.heading).toMatch(/推销/);
    expect(warns.heading).not.toMatch(/推销/);
    expect(warns.heading).toMatch(/提醒/);
    expect(warns.lead).not.toBe(promotes.lead);
    expect(noteTexts({ ...base, stance: 'warns' }, 'en').heading).toMatch(/warns about/);
  });
  test('no stance yet: the hedged wording of before', () => {
    expect(noteTexts(base, 'zh-CN').heading).toBe(noteTexts({ ...base, stance: 'promotes' }, 'zh-CN').heading);
    expect(headingKey('overdue', 'warns')).toBe('heading.overdue');
    expect(headingKey('lender', 'neutral')).toBe('heading.lender.neutral');
  });
  test('every control says what it does and for how long, with the site named', () => {
    for (const locale of LOCALES) {
      const t = noteTexts(base, locale);
      expect(t.closeLabel.length).toBeGreaterThan(t.close.length);
      expect(t.muteSite).toContain('bbs.example.cn');
      expect(t.muteSiteLabel).toContain('bbs.example.cn');
      expect(t.mutePageLabel).not.toContain('bbs.example.cn');
    }
    expect(noteTexts(base, 'zh-CN').closeLabel).toMatch(/浏览器关闭前/);
    expect(noteTexts(base, 'en').closeLabel).toMatch(/until you close the browser/);
  });
  test('why lines: kind with its level, then the claims, joined the locale’s way', () => {
    expect(noteTexts(base, 'zh-CN').whyLines[1]).toBe('页面提到：征信修复、代办协商');
    expect(noteTexts(base, 'en').whyLines[0]).toMatch(/\(many signals\)$/);
    expect(noteTexts({ ...base, tipNames: [] }, 'zh-CN').whyLines).toHaveLength(1);
  });
  test('a page without a host gets no site mute; a foreign page says whose rules these are', () => {
    expect(noteTexts({ ...base, host: null }, 'zh-CN').muteSite).toBeUndefined();
    expect(noteTexts(base, 'zh-CN').jurisdiction).toBeUndefined();
    expect(noteTexts({ ...base, jurisdiction: 'hk' }, 'zh-CN').jurisdiction).toMatch(/中国大陆/);
  });
  test('marks: a count, or the note that this browser cannot mark', () => {
    expect(noteTexts(base, 'zh-CN').tipsNote).toMatch(/3/);
    expect(noteTexts({ ...base, marks: null }, 'zh-CN').tipsNote).toMatch(/不支持/);
  });
});
