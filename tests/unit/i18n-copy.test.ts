/**
 * Copy conventions: English uses English punctuation and plurals; Traditional Chinese uses one
 * vocabulary (資訊/簡訊/網路) and 「」 quotes; conversion keeps document numbers and article
 * citations intact (銀發〔2016〕111號, never 銀髮).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { t, type Catalog } from '../../core/i18n';
import overlay from '../../core/i18n/catalogs/overlay';
import { allTexts } from '../../core/knowledge/strings';
import { toZhTW } from '../../core/knowledge/generate';
import ZH_TW from '../../core/knowledge/zh-TW.generated';

const dir = new URL('../../core/i18n/catalogs/', import.meta.url);
const catalogs: Array<[string, Catalog]> = await Promise.all(
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map(async (f) => [f, (await import(`../../core/i18n/catalogs/${f}`)).default as Catalog] as [string, Catalog]),
);

/** Text outside 《…》 and 「…」: a law's title and a quoted legal term keep their enacted words. */
const outsideTitles = (s: string) => s.replace(/《[^《》]*》|「[^「」]*」/g, '');

describe('English copy', () => {
  it('uses English punctuation (no full-width colons, semicolons, commas, stops, brackets or quotes)', () => {
    for (const [file, c] of catalogs) {
      for (const [k, v] of Object.entries(c.en)) expect(v, `${file} ${k}`).not.toMatch(/[：；，。（）「」]/);
    }
    for (const [k, txt] of allTexts()) expect(txt.en, k).not.toMatch(/[：；，。（）「」]/);
  });
  it('says "1 claim is" and "2 claims are"', () => {
    expect(t(overlay, 'en', 'tips.count', { n: 1 })).toMatch(/^1 claim is marked/);
    expect(t(overlay, 'en', 'tips.count', { n: 2 })).toMatch(/^2 claims are marked/);
    expect(t(overlay, 'zh-CN', 'tips.count', { n: 1 })).toContain('标出 1 处');
  });
});

describe('Traditional Chinese', () => {
  const twTexts = (): Array<[string, string]> => [
    ...catalogs.flatMap(([file, c]) => Object.entries(c['zh-TW']).map(([k, v]) => [`${file} ${k}`, v] as [string, string])),
    ...Object.entries(ZH_TW).map(([k, v]) => [`knowledge ${k}`, v] as [string, string]),
  ];
  it('one vocabulary: 資訊, 簡訊, 網路 (not 信息, 短信, 網絡) outside law titles', () => {
    for (const [k, v] of twTexts()) expect(outsideTitles(v), k).not.toMatch(/信息|短信|網絡|軟件|默認|視頻/);
  });
  it('quotes with 「」, never “”', () => {
    for (const [k, v] of twTexts()) expect(v, k).not.toMatch(/[“”]/);
  });
  it('document numbers and article citations survive conversion unchanged', () => {
    expect(toZhTW('中国人民银行《关于信用卡业务有关事项的通知》（银发〔2016〕111号）')).toContain('（銀發〔2016〕111號）');
    expect(toZhTW('银发〔2019〕5号')).toBe('銀發〔2019〕5號');
    expect(toZhTW('《民法典》第670条')).toBe('《民法典》第670條');
    expect(toZhTW('两高法释〔2024〕13号第1–3条')).toBe('兩高法釋〔2024〕13號第1–3條');
    expect(toZhTW('（金规〔2025〕9号，2025-10-01施行）')).toBe('（金規〔2025〕9號，2025-10-01施行）');
    expect(toZhTW('GB/T 45251-2025')).toBe('GB/T 45251-2025');
    // every number, bracketed number and date in every knowledge text is the same after conversion
    const marks = (s: string) => s.match(/〔\d+〕|\d[\d.\-–/:]*/g) ?? [];
    for (const [k, txt] of allTexts()) expect(marks(ZH_TW[k] ?? ''), k).toEqual(marks(txt['zh-CN']));
  });
  it('law titles keep their enacted words (《個人信息保護法》)', () => {
    expect(toZhTW('《个人信息保护法》第23条')).toBe('《個人信息保護法》第23條');
    expect(toZhTW('个人信息被滥用')).toBe('個人資訊被濫用');
  });
});

describe('our own UI names its buttons by their real labels', () => {
  it('the welcome and options pages quote the mute buttons of the on-page note and the popup', async () => {
    const { muteLabels } = await import('../../components/options/mute-labels');
    const welcome = (await import('../../core/i18n/catalogs/welcome')).default;
    const options = (await import('../../core/i18n/catalogs/options')).default;
    const popup = (await import('../../core/i18n/catalogs/popup')).default;
    for (const l of ['zh-CN', 'zh-TW', 'en'] as const) {
      const labels = muteLabels(l);
      for (const text of [t(welcome, l, 'notice.mute', labels), t(options, l, 'muted.empty', labels)]) {
        expect(text).toContain(popup[l]['mute.button']);
        expect(text).toContain(overlay[l]['mute.page']);
        expect(text).not.toMatch(/\{\w+\}/);
      }
    }
  });
});

describe('legal terms survive phrase conversion', () => {
  it('a court 支持 a claim (not 支援); 督促程序 stays a procedure (not 程式)', () => {
    expect(toZhTW('超出部分法院不予支持')).toBe('超出部分法院不予支持');
    expect(toZhTW('督促程序终结')).toBe('督促程序終結');
    for (const v of Object.values(ZH_TW)) expect(v).not.toMatch(/支援|程式/);
  });
});

describe('the toolbar badge is a neutral pointer (audit #32)', () => {
  it('no 骗/騙 in any locale', () => {
    for (const l of ['zh-CN', 'zh-TW', 'en'] as const) expect(overlay[l]['badge.scam']).not.toMatch(/[骗騙]/);
  });
});
