/**
 * Read a rate the way people type it: 万五, 万分之五, 千三, 千分之三, 3厘, 1分, 0.05%, 0.0005,
 * optionally led by 日息/日利率/月息/月费率/年化… Pure; never throws. The result says how it was
 * read (`as`), so the UI can echo it back ("read as 0.05 % a day") and the person can check.
 */

export type RateBasis = 'daily' | 'monthly' | 'annual';

export type ParsedRate =
  | {
      ok: true;
      /** the rate in percent per period (万五 → 0.05) */
      percent: number;
      /** the period the text named (日息 → daily), if it named one */
      basis?: RateBasis;
      /** how the number was read */
      as: 'percent' | 'per-ten-thousand' | 'per-thousand' | 'li' | 'fen' | 'fraction';
    }
  | { ok: false };

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "五" "2.5" "二点五" "十二" → number; NaN when it is not a plain number. */
function readNumber(s: string): number {
  if (s === '') return Number.NaN;
  if (/^\d+(\.\d+)?$/.test(s) || /^\.\d+$/.test(s)) return Number(s);
  const [int = '', frac] = s.split(/[点點]/);
  let n: number;
  if (int === '十') n = 10;
  else if (/^十[一二三四五六七八九]$/.test(int)) n = 10 + DIGIT[int[1]!]!;
  else if (/^[一二三四五六七八九]十[一二三四五六七八九]?$/.test(int)) n = DIGIT[int[0]!]! * 10 + (int[2] ? DIGIT[int[2]]! : 0);
  else if (/^[零〇一二两兩三四五六七八九]$/.test(int)) n = DIGIT[int]!;
  else return Number.NaN;
  if (frac === undefined) return n;
  if (!/^[零〇一二两兩三四五六七八九]+$/.test(frac)) return Number.NaN;
  return Number(`${n}.${[...frac].map((c) => DIGIT[c]).join('')}`);
}

const BASIS: Array<[RegExp, RateBasis]> = [
  [/^(日利率|日息|日费率|日費率|每日|每天|日)/, 'daily'],
  [/^(月利率|月息|月费率|月費率|每月|月)/, 'monthly'],
  [/^(年化利率|年利率|年化|年息|年)/, 'annual'],
];

export function parseRateInput(input: string): ParsedRate {
  if (typeof input !== 'string') return { ok: false };
  let s = input.normalize('NFKC').replace(/[\s,，]/g, '').replace(/^(约|約|低至|仅|僅)/, '');
  let basis: RateBasis | undefined;
  for (const [re, b] of BASIS) {
    if (re.test(s)) {
      basis = b;
      s = s.replace(re, '').replace(/^[:：]/, '');
      break;
    }
  }
  s = s.replace(/(起|左右)$/, '');
  const done = (percent: number, as: Extract<ParsedRate, { ok: true }>['as']): ParsedRate =>
    Number.isFinite(percent) && percent > 0 ? { ok: true, percent, as, ...(basis ? { basis } : {}) } : { ok: false };

  let m: RegExpMatchArray | null;
  if ((m = s.match(/^(?:万分之|萬分之)(.+)$/)) || (m = s.match(/^[万萬](.+)$/))) return done(readNumber(m[1]!) / 100, 'per-ten-thousand');
  if ((m = s.match(/^千分之(.+)$/)) || (m = s.match(/^千(.+)$/))) return done(readNumber(m[1]!) / 10, 'per-thousand');
  if ((m = s.match(/^(.+)[厘釐]$/))) return done(readNumber(m[1]!) / 10, 'li');
  if ((m = s.match(/^(.+)分$/))) return done(readNumber(m[1]!), 'fen');
  if ((m = s.match(/^(.+)%$/))) return done(readNumber(m[1]!), 'percent');
  const n = readNumber(s);
  // A bare number below 0.01 is a fraction (0.0005 = 0.05 %): as a percent it would be a rate
  // no lender quotes. Larger bare numbers are percent, as the field's label says.
  if (n > 0 && n < 0.01) return done(n * 100, 'fraction');
  return done(n, 'percent');
}
