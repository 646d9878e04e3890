/** normalise(): folding, removal, pinyin stripping, the offset map — and agreement with the fused matcher. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firedRuleIds, normalise } from '../../core/detect/index';
import { getEngine } from '../../core/detect/engine';
import { Hits, scan, startOf } from '../../core/detect/scan';

describe('normalise', () => {
  it('folds full-width ASCII and upper case (NFKC + lower)', () => {
    expect(normalise('ＡＰＲ　１２％ Loan').text).toBe('apr 12% loan');
  });
  it('removes zero-width characters, BOM and soft hyphens', () => {
    expect(normalise('逾\u200b期\u200c催\u200d收\ufeff\u00ad').text).toBe('逾期催收');
  });
  it('folds the traditional characters the rules use to simplified', () => {
    expect(normalise('貸款逾期 債務 聯徵 還款').text).toBe('贷款逾期 债务 联征 还款');
  });
  it('leaves characters no rule uses alone (no megabyte dictionary)', () => {
    expect(normalise('豬肋排').text).toBe('豬肋排');
  });
  it('folds Kangxi radicals and compatibility ideographs (spam tricks) via NFKC', () => {
    expect(normalise('\u2F26\u2F24').text).toBe('子大'.normalize('NFKC'));
  });
  it('strips pinyin annotations after CJK characters', () => {
    // compare with the same chars unannotated: which of them fold depends on the rule phrases
    expect(normalise('小編導(dǎo)語(yǔ)').text).toBe(normalise('小編導語').text);
    expect(normalise('問(wèn)題').text).toBe(normalise('問題').text);
    expect(normalise('問(wèn)題').text).toHaveLength(2);
    expect(normalise('發（fā）').text).toBe('发');
  });
  it('keeps ordinary parentheses', () => {
    expect(normalise('年化(APR)').text).toBe('年化(apr)');
    expect(normalise('abc(wèn)').text).toBe('abc(wèn)');
    expect(normalise('利率(约)').text).toBe('利率(约)');
  });
  it('maps every normalised char back to its original index', () => {
    const src = '執(zhí)法人\u200b員Ａ';
    const { text, map } = normalise(src);
    expect(text).toBe('执法人员a');
    expect(Array.from(map)).toEqual([0, 6, 7, 9, 10]);
  });
  it('a rule fires through full-width, zero-width, traditional and pinyin noise', () => {
    expect(firedRuleIds({ text: '網(wǎng)貸\u200b逾期(yú)' })).toContain('overdue.delinquent-credit');
  });
});

const alphabet = fc.constantFrom(
  ...'贷款逾期催收征信借呗花呗網貸債務還款(wèn)()（）\u200bＡa b1%日利率萬五上門執法人員lo'.split(''),
);

describe('fused matcher agrees with normalise()', () => {
  it('every hit is a phrase occurrence in the normalised text, at the mapped offsets', () => {
    const e = getEngine();
    const hits = new Hits(1 << 16, Infinity);
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (s) => {
        hits.reset();
        scan(e.a, s, s.length, hits, 0);
        const { text, map } = normalise(s);
        for (let h = 0; h < hits.count; h++) {
          const p = e.a.patterns[hits.pid[h]!]!;
          const end = hits.end[h]!;
          const start = startOf(s, end - 1, p.length);
          // the normalised index of the last char
          const j = Array.from(map).indexOf(end - 1);
          expect(j).toBeGreaterThanOrEqual(0);
          expect(text.slice(j - p.length + 1, j + 1)).toBe(p);
          expect(map[j - p.length + 1]).toBe(start);
        }
        // and nothing is missed: every occurrence of a (non-word-bounded) phrase is reported
        let expected = 0;
        e.a.patterns.forEach((p, id) => {
          if (!p || e.a.patWord[id]) return;
          for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) expected++;
        });
        let got = 0;
        for (let h = 0; h < hits.count; h++) if (!e.a.patWord[hits.pid[h]!]) got++;
        expect(got).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });
});

describe('generated traditional map', () => {
  it('is up to date with the rule phrases (scripts/gen/trad-map.ts --check)', async () => {
    const { execFileSync } = await import('node:child_process');
    const path = await import('node:path');
    const root = path.resolve(__dirname, '../..');
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/gen/trad-map.ts', '--check'], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/up to date/);
  });
});
