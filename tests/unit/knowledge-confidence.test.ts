/** Confidence is visible wherever a fact appears, and dated values say when they may be out of date. */
import { afterEach, describe, expect, it } from 'vitest';
import { sections, setClock, tipInfo } from '../../core/knowledge';
import { tipView } from '../../onpage/overlay/tip-view';
import { LOCALES, TIP_IDS } from '../../core/types';

afterEach(() => setClock(() => new Date()));

describe('confidence', () => {
  it('a tip resting on a medium fact carries a one-line note in every locale; a high one does not', () => {
    expect(tipInfo('upfront-fee', 'zh-CN').confidence).toBe('medium'); // G5: third-party warnings
    expect(tipInfo('jail-threat', 'zh-CN').confidence).toBe('high');
    for (const l of LOCALES) {
      expect(tipView('upfront-fee', l).note, l).toMatch(/二手|secondary/);
      expect(tipView('jail-threat', l).note, l).toBeUndefined();
    }
  });
  it('a rate card always carries the note (its 24 % sentences rest on E4–E6)', () => {
    expect(tipView('rate-claim', 'en', { basis: 'daily', percent: 0.1 }).note).toMatch(/secondary sources/);
  });
  it('every tip has a confidence; the timeline steps carry theirs', () => {
    for (const id of TIP_IDS) expect(['high', 'medium-high', 'medium', 'low']).toContain(tipInfo(id, 'en').confidence);
    const tl = sections('en').timeline;
    expect(tl.find((t) => t.id === 'limits')!.confidence).toBe('medium'); // B11
  });
});

describe('dated values', () => {
  it('the LPR is stale more than 3 months after its fixing', () => {
    setClock(() => new Date('2026-12-02T00:00:00Z'));
    expect(sections('zh-CN').rateLines.find((r) => r.id === 'lpr-4x')!.stale).toEqual(['2026-01-20']);
    setClock(() => new Date('2026-03-01T00:00:00Z'));
    expect(sections('zh-CN').rateLines.find((r) => r.id === 'lpr-4x')!.stale).toEqual([]);
  });
  it('windows that ended are dated but not "may have changed" (their text says they ended)', () => {
    setClock(() => new Date('2026-12-02T00:00:00Z'));
    const free = sections('en').rights.find((r) => r.id === 'free-report')!;
    expect(free.asOf).toEqual(['2026-06-30']);
    expect(free.stale).toEqual([]);
    expect(free.body.join(' ')).toMatch(/has ended/);
  });
});
