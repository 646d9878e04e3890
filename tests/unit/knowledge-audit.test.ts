/**
 * The December 2026 audit (../shared/facts/AUDIT-2026-12.md) pinned: the corrected statements are
 * shown in every locale, and the wording the audit marked false, overstated or drifting is gone
 * from every text the extension can show. tests/browser/truth-bundles.browser.test.ts checks the
 * same old wording is absent from the built bundles.
 */
import { describe, expect, it } from 'vitest';
import { sections, tipInfo } from '../../core/knowledge';
import { FACT_BY_ID } from '../../core/knowledge/facts';
import { SOURCE_BY_ID } from '../../core/knowledge/sources';
import { L } from '../../core/knowledge/localize';
import { toZhTW } from '../../core/knowledge/generate';
import { describeRate, fromDaily } from '../../core/rates';
import { LOCALES, TIP_IDS, type Locale } from '../../core/types';
import { OLD_WORDING } from './old-wording';

/** Everything the popup and the tip cards can show, as one string per locale. */
function shown(locale: Locale): string {
  const s = sections(locale);
  const views = [...s.rights, ...s.timeline, ...s.notTrue, ...s.deductions, ...s.help, ...s.myths, ...s.rateLines];
  const parts = views.flatMap((v) => [v.title, ...v.body, ...v.sources.map((x) => `${x.title} ${x.article ?? ''}`)]);
  for (const r of s.rateLines) parts.push(r.appliesTo);
  for (const h of s.help) parts.push(h.use);
  for (const id of TIP_IDS) {
    const t = tipInfo(id, locale);
    parts.push(t.title, t.body, ...t.sources.map((x) => `${x.title} ${x.article ?? ''}`));
  }
  parts.push(...describeRate(fromDaily(0.1), locale));
  return parts.join('\n');
}

const fact = (id: string, l: Locale) => L(FACT_BY_ID.get(id)!.text, l);

describe('audit rows: the old wording is gone, in every locale', () => {
  for (const l of LOCALES) {
    it(`${l}: none of the audited old wordings is shown`, () => {
      const text = shown(l);
      for (const old of OLD_WORDING) {
        expect(text, old).not.toContain(old);
        if (!old.includes('髮')) expect(text, old).not.toContain(toZhTW(old));
      }
    });
  }
});

describe('audit rows: the corrected statements', () => {
  it('#1–3: enforcement follows any effective legal document, and preservation may come first', () => {
    const zh = fact('B14', 'zh-CN');
    for (const w of ['生效法律文书', '调解书', '支付令', '仲裁裁决', '公证债权文书', '保全']) expect(zh).toContain(w);
    expect(fact('B14', 'en')).toMatch(/effective legal document.*mediation document.*payment order.*arbitral award.*notarised debt instrument/s);
    expect(fact('B14', 'en')).toMatch(/preservation/);
    expect(fact('B14', 'zh-TW')).toContain('生效法律文書');
    for (const l of LOCALES) {
      const tl = sections(l).timeline;
      expect(tl.find((t) => t.id === 'enforcement')!.title).toMatch(/生效法律文[书書]|effective legal document/);
      expect(tl.find((t) => t.id === 'preservation')!.sources.map((s) => s.article).join()).toMatch(/103/);
    }
    expect(fact('M1', 'zh-CN')).toContain('依据生效法律文书强制执行');
    expect(fact('M1', 'en')).toMatch(/effective legal document/);
  });
  it('#4: the popup gives the payment-order consequence, citing 民事诉讼法第227条', () => {
    for (const l of LOCALES) {
      const item = sections(l).rights.find((r) => r.id === 'payment-order')!;
      expect(item.body.join(' ')).toMatch(/直接申[请請]法院强制执行|直接申請法院強制執行|apply to the court for enforcement directly/);
      const cite = item.sources.map((s) => `${s.title} ${s.article ?? ''}`).join(' | ');
      expect(cite).toMatch(/(民事[诉訴][讼訟]法|Civil Procedure Law).*(第227[条條]|Art\. 227)/);
    }
  });
  it('#5–7: the 24 % line is hedged the same way in zh and en', () => {
    expect(fact('E5', 'zh-CN')).toContain('据律师解读和媒体报道');
    expect(fact('E5', 'en')).toContain('According to lawyers’ readings and media reports');
    const zh = describeRate(fromDaily(0.1), 'zh-CN').join('');
    const en = describeRate(fromDaily(0.1), 'en').join(' ');
    expect(zh).toContain('据律师解读和媒体报道');
    expect(en).toContain('According to lawyers’ readings and media reports');
    expect(zh).toContain('信用卡没有利率上限');
  });
  it('#8, #9: 4 × LPR uses the LPR at contract formation and shows its as-of date', () => {
    for (const l of LOCALES) {
      const t = describeRate(fromDaily(0.05), l).join(' ');
      expect(t).toMatch(/合同成立[时時]|at the time the contract was made/);
      expect(t).toContain('2026-01-20');
    }
  });
  it('#10: the PBOC document number keeps 發 in zh-TW', () => {
    expect(L(SOURCE_BY_ID.get('card-2016')!.title, 'zh-TW')).toContain('銀發〔2016〕111號');
  });
  it('#11–13: bank set-off and court preservation are named as exceptions', () => {
    expect(fact('C4', 'zh-CN')).toContain('同一家银行可依法抵销');
    expect(fact('C4', 'en')).toMatch(/set off/);
    expect(fact('M4', 'zh-CN')).toContain('银行可依法抵销');
    expect(tipInfo('auto-deduction', 'zh-CN').body).toContain('抵销');
    expect(tipInfo('auto-deduction', 'en').body).toMatch(/set one off/);
  });
  it('#14–16: PIPL nuances and express consent', () => {
    expect(fact('A4b', 'zh-CN')).toContain('不影响履行借款合同和依法报送征信所必需的处理');
    expect(fact('A4b', 'en')).toMatch(/does not stop processing needed to perform the loan contract/);
    expect(fact('A4a', 'zh-CN')).toContain('委托催收机构');
    expect(fact('A2', 'zh-CN')).toContain('明确同意');
    expect(fact('A2', 'en')).toContain('expressly consented');
  });
  it('#17: defaulter-list terms by ground', () => {
    expect(fact('B16', 'zh-CN')).toContain('没有固定期限，履行后删除');
    expect(fact('B16', 'en')).toMatch(/no fixed term/);
  });
  it('#18: real court SMS — verify, do not ignore', () => {
    for (const id of ['G6', 'B21', 'F8']) expect(fact(id, 'zh-CN'), id).toMatch(/不要直接忽略|别直接忽略/);
    expect(fact('G6', 'en')).toMatch(/do not simply ignore/);
  });
  it('#19–22: sources that say what is cited', () => {
    expect(FACT_BY_ID.get('F1')!.sources).not.toContain('pboc-5');
    expect(FACT_BY_ID.get('B6')!.sources).toEqual(['media-ant']);
    expect(fact('B11', 'zh-CN')).toContain('法律只对挪用借款规定了提前收回');
    expect(FACT_BY_ID.get('G5')!.sources).toEqual(['consumer-warnings']);
  });
  it('#23–26: E2 scope and its 批复, M12 hours, E4 conditions', () => {
    expect(FACT_BY_ID.get('E2')!.sources).toContain('spc-2020-reply');
    expect(fact('E2', 'zh-CN')).toContain('自然人、法人和非法人组织之间');
    expect(fact('M12', 'zh-CN')).not.toContain('2024年协会指引');
    expect(fact('E4', 'zh-CN')).toContain('明显高于出借方实际损失');
    expect(fact('E4', 'en')).toMatch(/usually/);
  });
  it('#27–29: credit-repair exception, departmental rules, D9 split by confidence', () => {
    expect(fact('G2', 'zh-CN')).toContain('一次性信用修复除外');
    expect(tipInfo('credit-repair', 'zh-CN').body).toContain('一次性信用修复除外');
    expect(fact('M11', 'zh-CN')).toContain('监管部门的规章');
    expect(FACT_BY_ID.get('D9')!.confidence).toBe('high');
    expect(FACT_BY_ID.get('D9b')!.confidence).toBe('medium');
    expect(fact('D9', 'zh-CN')).not.toContain('冒充公检法');
  });
  it('#31, #34, #35: C1 medium, campus loan, "in principle"', () => {
    expect(FACT_BY_ID.get('C1')!.confidence).toBe('medium');
    expect(fact('G4', 'en')).toContain('campus-loan');
    expect(tipInfo('fake-account-cancel', 'en').title).toContain('campus-loan');
    expect(fact('B4', 'en')).toContain('in principle');
  });
});
