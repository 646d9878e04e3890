/**
 * The overlay's view (onpage/overlay/view.ts): made by the worker for the first paint and by the
 * lazy script afterwards, so the overlay's first script needs no catalogs or knowledge base.
 */
import { describe, expect, test } from 'vitest';
import { fill } from '../../core/i18n';
import { defaultSettings } from '../../core/settings';
import type { Verdict } from '../../core/types';
import { tipCard, tipView } from '../../onpage/overlay/tip-view';
import { overlayView, type ViewInput } from '../../onpage/overlay/view';
import { verdictKey } from '../../onpage/overlay/view-key';

const verdict: Verdict = {
  kind: 'overdue', level: 'high', score: 40, reasons: [], jurisdiction: 'cn',
  tips: [
    { id: 'lawsuit', start: 10, end: 14, text: '起诉你' },
    { id: 'rate-claim', start: 30, end: 34, text: '日息万五', rate: { basis: 'daily', percent: 0.05 } },
    { id: 'lawsuit', start: 50, end: 54, text: '上门起诉' },
    { id: 'rate-claim', start: 70, end: 74, text: '月息2%', rate: { basis: 'monthly', percent: 2 } },
  ],
};
const input = (o: Partial<ViewInput> = {}): ViewInput => ({
  settings: defaultSettings(), verdict, url: 'https://bbs.example.cn/t/1', locale: 'zh-CN',
  memory: {}, pageMuted: false, now: Date.now(), ...o,
});

describe('overlayView', () => {
  test('one chip per distinct claim, in page order, named and titled in the locale', () => {
    const v = overlayView(input());
    expect(v.tips.map((t) => t.id)).toEqual(['lawsuit', 'rate-claim']);
    expect(v.tips[0]!.title).toBe(tipView('lawsuit', 'zh-CN').title);
    expect(overlayView(input({ locale: 'en' })).tips[0]!.name).toBe(tipView('lawsuit', 'en').name);
    expect(v.texts.whyLines[1]).toContain(v.tips[0]!.name);
  });
  test('the same decision as the badge: a kind switched off or a muted site shows nothing', () => {
    expect(overlayView(input())).toMatchObject({ warn: true, banner: true, marks: true, kind: 'overdue', site: 'bbs.example.cn' });
    const off = defaultSettings();
    off.kinds.overdue = false;
    expect(overlayView(input({ settings: off }))).toMatchObject({ warn: false, banner: false, marks: false });
  });
  test('what only the page knows is left to fill: the marks count', () => {
    const v = overlayView(input());
    expect(v.tipsCount).toContain('{n}');
    expect(fill(v.tipsCount, { n: 3 })).toMatch(/3/);
    expect(v.texts.tipsNote).toMatch(/不支持/); // the text for a browser that cannot mark
  });
  test('"record this" is offered on a collection page with a claim a complaint can use, only there', () => {
    expect(overlayView(input()).recordable).toBe(true); // a lawsuit claim on an overdue page
    expect(overlayView(input({ verdict: { ...verdict, kind: 'lender' } })).recordable).toBe(false);
    expect(overlayView(input({ verdict: { ...verdict, tips: verdict.tips.filter((t) => t.id === 'rate-claim') } })).recordable).toBe(false);
  });
  test('toasts name the site; a page without one gets no site toast', () => {
    expect(overlayView(input()).toast.siteDone).toContain('bbs.example.cn');
    expect(overlayView(input({ url: 'file:///tmp/a.html' })).toast.siteDone).toBeUndefined();
  });
  test('the view travels as plain data (scripting.executeScript args are cloned)', () => {
    const v = overlayView(input({ memory: { mode: 'open' }, pageMuted: true }));
    expect(structuredClone(v)).toEqual(v);
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
  });
});

describe('verdictKey', () => {
  test('changes with the claims, the kind and the level; empty for no verdict', () => {
    const k = verdictKey(verdict);
    expect(verdictKey({ ...verdict, tips: verdict.tips.slice(1) })).not.toBe(k);
    expect(verdictKey({ ...verdict, level: 'low' })).not.toBe(k);
    expect(verdictKey({ ...verdict, kind: 'scam' })).not.toBe(k);
    expect(verdictKey({ ...verdict })).toBe(k);
    expect(verdictKey(null)).toBe('');
    expect(verdictKey({ ...verdict, kind: 'none' })).toBe('');
  });
});

describe('tipCard', () => {
  test('a rate card is built from its own claim, and the quote is the page text', () => {
    const a = tipCard(verdict.tips[1]!, 'zh-CN');
    const b = tipCard(verdict.tips[3]!, 'zh-CN');
    expect(a.view.rateLines?.join('')).not.toBe(b.view.rateLines?.join(''));
    expect(a.labels.quote).toContain('日息万五');
    expect(a.labels.card).toContain(a.view.name);
  });
});
