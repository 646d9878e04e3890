import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEDUCTIONS, FACTS, HELP_LINES, MYTHS, NOT_TRUE, RATE_LINES, REVIEWED_ON, RIGHTS, SOURCES, TIMELINE, TIPS,
  sections, tipInfo,
} from '../../core/knowledge';
import { FACT_BY_ID } from '../../core/knowledge/facts';
import { SOURCE_BY_ID } from '../../core/knowledge/sources';
import { allTexts } from '../../core/knowledge/strings';
import { generateRateZhTW, generateTips, generateZhTW } from '../../core/knowledge/generate';
import { L } from '../../core/knowledge/localize';
import { rateText } from '../../core/rates';
import { RATE_TEXT, type RateTextKey } from '../../core/rates/text';
import { tipText } from '../../core/knowledge/tips';
import ZH_TW from '../../core/knowledge/zh-TW.generated';
import { LOCALES, TIP_IDS } from '../../core/types';

// ../shared beside the checkout (as CI has it), read in place
const factsFile = readFileSync(new URL('../../../shared/facts/rights-facts.md', import.meta.url), 'utf8');

describe('facts and sources', () => {
  it('ids are unique', () => {
    expect(new Set(FACTS.map((f) => f.id)).size).toBe(FACTS.length);
    expect(new Set(SOURCES.map((s) => s.id)).size).toBe(SOURCES.length);
  });
  it('every fact has ≥ 1 source and every source id exists', () => {
    for (const f of FACTS) {
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      for (const s of f.sources) expect(SOURCE_BY_ID.has(s), `${f.id} → ${s}`).toBe(true);
    }
  });
  it('every fact id points at an entry of the facts file', () => {
    for (const f of FACTS) {
      const base = f.id.replace(/[a-z]$/, '');
      expect(factsFile, f.id).toContain(`**${base}**`);
    }
  });
  it('every fact carries the review date', () => {
    for (const f of FACTS) expect(f.reviewed).toBe(REVIEWED_ON);
    expect(REVIEWED_ON).toBe('2026-12-02');
  });
  it('source URLs are https addresses, and only official hosts', () => {
    for (const s of SOURCES) {
      if (!s.url) continue;
      expect(new URL(s.url).protocol, s.id).toBe('https:');
      const host = new URL(s.url).hostname;
      expect(host, s.id).toMatch(/(\.gov\.cn|pbccrc\.org\.cn|12321\.cn|nifa\.org\.cn)$/);
    }
  });
  it('every item, myth, help line, rate line and tip points at existing facts', () => {
    const lists = [RIGHTS, TIMELINE, NOT_TRUE, DEDUCTIONS, HELP_LINES, MYTHS, RATE_LINES, Object.values(TIPS)];
    for (const list of lists) for (const it of list) {
      expect(it.facts.length).toBeGreaterThan(0);
      for (const f of it.facts) expect(FACT_BY_ID.has(f), f).toBe(true);
    }
  });
});

describe('texts in every locale', () => {
  it('every authored text has non-empty zh-CN and en', () => {
    const texts = allTexts();
    expect(texts.length).toBeGreaterThan(300);
    for (const [key, t] of texts) {
      expect(t['zh-CN'].trim(), key).not.toBe('');
      expect(t.en.trim(), key).not.toBe('');
      expect(t.en, key).not.toMatch(/[\u4e00-\u9fff]{8,}/); // no untranslated Chinese sentences in en (menu names are short)
    }
  });
  it('every section view renders non-empty text in every locale', () => {
    for (const l of LOCALES) {
      const s = sections(l);
      for (const list of Object.values(s)) for (const v of list) {
        expect(v.title.trim(), `${l} ${v.id}`).not.toBe('');
        expect(v.body.length).toBeGreaterThan(0);
        for (const b of v.body) expect(b.trim()).not.toBe('');
        expect(v.sources.length, `${l} ${v.id}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('zh-TW generated file', () => {
  it('is in sync with the generator (run npx tsx scripts/gen/knowledge.ts)', () => {
    const onDisk = readFileSync(new URL('../../core/knowledge/zh-TW.generated.ts', import.meta.url), 'utf8');
    expect(onDisk).toBe(generateZhTW());
  });
  it('has every key and no empty text', () => {
    for (const [key] of allTexts()) expect(ZH_TW[key]?.trim(), key).toBeTruthy();
  });
  it('is traditional and differs from zh-CN', () => {
    expect(sections('zh-TW').rights[0]!.title).toBe('不向家人、同事、通訊錄透露你的欠款');
  });
});

describe('tips.generated.ts (what the overlay carries instead of the knowledge base)', () => {
  it('is in sync with the generator (run npx tsx scripts/gen/knowledge.ts)', () => {
    const onDisk = readFileSync(new URL('../../core/knowledge/tips.generated.ts', import.meta.url), 'utf8');
    expect(onDisk).toBe(generateTips());
  });
  it('gives what tipInfo gives, for every tip and locale, sources included', () => {
    for (const id of TIP_IDS) {
      for (const l of LOCALES) {
        expect(tipText(id, l), `${id} ${l}`).toEqual(tipInfo(id, l));
        expect(tipText(id, l).sources.length, `${id} ${l}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('rate texts in zh-TW (core/rates/text-zh-TW.generated.ts)', () => {
  it('is in sync with the generator (run npx tsx scripts/gen/knowledge.ts)', () => {
    const onDisk = readFileSync(new URL('../../core/rates/text-zh-TW.generated.ts', import.meta.url), 'utf8');
    expect(onDisk).toBe(generateRateZhTW());
  });
  it('says what the knowledge base says, in every locale', () => {
    for (const key of Object.keys(RATE_TEXT) as RateTextKey[]) {
      for (const l of LOCALES) expect(rateText(key, l), `${key} ${l}`).toBe(L(RATE_TEXT[key], l));
    }
    expect(rateText(Object.keys(RATE_TEXT)[0] as RateTextKey, 'zh-TW')).not.toBe('');
  });
});

describe('sections', () => {
  const en = sections('en');
  it('≥ 15 rights, each with a law/rule and an article', () => {
    expect(RIGHTS.length).toBeGreaterThanOrEqual(15);
    for (const r of en.rights) {
      expect(r.sources.some((s) => s.kind !== 'official-page'), r.id).toBe(true);
      if (r.id !== 'quiet-hours' && r.id !== 'reduce-24') expect(r.sources.some((s) => s.article), r.id).toBe(true);
    }
  });
  it('quiet hours say they come from a recommended standard and self-regulation', () => {
    const q = en.rights.find((r) => r.id === 'quiet-hours')!;
    expect(q.sources.map((s) => s.kind).sort()).toEqual(['self-regulation', 'standard']);
    expect(q.body.join(' ')).toMatch(/22:00 and 08:00/);
  });
  it('the timeline runs from reminders to enforcement, and lists what is not true', () => {
    expect(TIMELINE.map((t) => t.id)).toEqual(['reminders', 'penalty', 'credit-report', 'limits', 'collection', 'court', 'preservation', 'enforcement']);
    expect(en.timeline[2]!.body.join(' ')).toMatch(/5 years/);
    expect(en.notTrue.map((n) => n.id)).toContain('not-crime');
  });
  it('≥ 12 myths: M1–M16, then the 2026 five-agency lure phrases (G8)', () => {
    expect(MYTHS.map((m) => m.id)).toEqual([...Array.from({ length: 16 }, (_, i) => `M${i + 1}`), 'G8']);
  });
  it('deductions cover C1–C6 and say menus change and the debt remains', () => {
    const ids = new Set(DEDUCTIONS.flatMap((d) => d.facts));
    for (const c of ['C1', 'C3', 'C4', 'C5a', 'C5b', 'C5c', 'C5d', 'C6']) expect(ids.has(c), c).toBe(true);
    const text = en.deductions.flatMap((d) => d.body).join(' ');
    expect(text).toMatch(/Menus change between versions/);
    expect(text).toMatch(/does not cancel/);
  });
  it('help lines include the required numbers', () => {
    expect(HELP_LINES.map((h) => h.number)).toEqual(
      expect.arrayContaining(['12378', '12363', '12321', '110', '96110', '12348', '12368', '400-810-8866', 'jubao.nifa.org.cn']),
    );
  });
  it('dated values carry their date: LPR and policy windows', () => {
    const lpr = RATE_LINES.find((r) => r.id === 'lpr-4x')!;
    expect(lpr.asOf).toBe('2026-01-20');
    expect(lpr.percent).toBe(12);
    for (const id of ['E3', 'B9', 'A8b']) expect(FACT_BY_ID.get(id)!.asOf, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const l of LOCALES) expect(sections(l).rateLines.find((r) => r.id === 'lpr-4x')!.body.join('')).toContain('2026');
  });
});

describe('tipInfo', () => {
  it('explains every TIP_IDS id in every locale, with sources', () => {
    for (const id of TIP_IDS) {
      expect(TIPS[id], id).toBeDefined();
      for (const l of LOCALES) {
        const info = tipInfo(id, l);
        expect(info.title.trim()).not.toBe('');
        expect(info.body.trim()).not.toBe('');
        expect(info.body.length).toBeLessThan(l === 'en' ? 320 : 120);
        expect(info.sources.length).toBeGreaterThan(0);
        for (const s of info.sources) expect(s.title.trim()).not.toBe('');
      }
    }
  });
  it('localises', () => {
    expect(tipInfo('jail-threat', 'en').title).toBe('Being unable to pay is not a crime');
    expect(tipInfo('jail-threat', 'zh-CN').title).toBe('还不上钱不是犯罪');
    expect(tipInfo('jail-threat', 'zh-TW').title).toBe('還不上錢不是犯罪');
  });
});
