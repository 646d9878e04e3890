/**
 * Parse the number stated right after a rate phrase ("日利率0.05%", "日息万五", "月费率0.6%",
 * "万分之五"), from the ORIGINAL text (folding only what the parser reads).
 */
import type { RateClaim } from '../types';
import { foldChar } from '../text';

const CN_DIGIT: Record<string, number> = {
  零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 半: 0.5,
};

export type RateBasis = RateClaim['basis'];

/** Basis implied by the anchor phrase (normalised form), or undefined. */
export function basisOf(phrase: string): RateBasis | undefined {
  if (phrase.startsWith('日')) return 'daily';
  if (phrase === '月费率' || phrase.includes('手续费')) return 'monthly-fee';
  if (phrase.startsWith('月')) return 'monthly';
  if (phrase.startsWith('年') || phrase.includes('年化')) return 'annual';
  return undefined;
}

function foldedSlice(s: string, from: number, to: number): string {
  const codes: number[] = [];
  for (let i = from; i < Math.min(to, s.length); i++) codes.push(foldChar(s.charCodeAt(i)));
  return String.fromCharCode.apply(null, codes);
}

/** Reads a number: "0.05", "5", "五", "十二", "1.5". Returns [value, length] or undefined. */
function readNumber(t: string, i: number): [number, number] | undefined {
  const m = /^\d{1,3}(?:\.\d{1,4})?/.exec(t.slice(i, i + 10));
  if (m) return [parseFloat(m[0]), m[0].length];
  const a = CN_DIGIT[t[i] ?? ''];
  if (a === undefined) return undefined;
  const b = CN_DIGIT[t[i + 1] ?? ''];
  if (a === 10 && b !== undefined && b < 10) return [10 + b, 2];
  if (a < 10 && b === 10) {
    const c = CN_DIGIT[t[i + 2] ?? ''];
    return c !== undefined && c < 10 ? [a * 10 + c, 3] : [a * 10, 2];
  }
  if (a < 10 && t[i + 1] === '点' && CN_DIGIT[t[i + 2] ?? ''] !== undefined) {
    return [a + CN_DIGIT[t[i + 2]!]! / 10, 3];
  }
  return [a, 1];
}

const FILLER = /^(?:[\s:：为是约仅低至最高只要不超过大概左右在的（(]|每期|每月|按月|率)*/;

/**
 * Parse the rate after an anchor. `anchorEnd` is the original index just past the phrase;
 * `anchorNorm` is the phrase's normalised form. Returns the claim and the original end index.
 */
/** Cheap pre-check on raw code units: is there a digit or numeral soon after the anchor? */
function numberSoon(text: string, from: number): boolean {
  const lim = Math.min(text.length, from + 12);
  for (let i = from; i < lim; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) return true;
    if (c >= 0x4e00) for (let j = 0; j < NUMERALS.length; j++) if (NUMERALS.charCodeAt(j) === c) return true;
  }
  return false;
}
const NUMERALS = '万萬千百一二三四五六七八九十两兩零半';

export function parseRate(
  text: string,
  anchorStart: number,
  anchorEnd: number,
  anchorNorm: string,
): { rate: RateClaim; end: number } | undefined {
  if (!numberSoon(text, anchorEnd)) return undefined;
  let basis = basisOf(anchorNorm);
  let t: string;
  let base: number;
  if (anchorNorm === '万分之') {
    // "日息万分之五": the basis comes from just before
    const before = foldedSlice(text, Math.max(0, anchorStart - 4), anchorStart);
    if (/日|天/.test(before)) basis = 'daily';
    else if (/月/.test(before)) basis = 'monthly';
    else return undefined;
    t = '万分之' + foldedSlice(text, anchorEnd, anchorEnd + 8);
    base = anchorEnd - 3;
  } else {
    t = foldedSlice(text, anchorEnd, anchorEnd + 24);
    base = anchorEnd;
  }
  if (!basis) return undefined;
  const f = FILLER.exec(t);
  let i = f ? f[0].length : 0;
  let scale = 1; // multiply the read number by this to get percent
  let pct = false;
  if (t.startsWith('万分之', i)) {
    i += 3;
    scale = 0.01;
  } else if (t.startsWith('千分之', i)) {
    i += 3;
    scale = 0.1;
  } else if (t.startsWith('百分之', i)) {
    i += 3;
  } else if (t[i] === '万' && CN_DIGIT[t[i + 1] ?? ''] !== undefined) {
    i += 1;
    scale = 0.01; // 日息万五 = 5/10000
  } else if (t[i] === '千' && CN_DIGIT[t[i + 1] ?? ''] !== undefined) {
    i += 1;
    scale = 0.1;
  } else pct = true;
  const num = readNumber(t, i);
  if (!num) return undefined;
  let [v, len] = num;
  i += len;
  if (pct) {
    if (t[i] === '%' || t[i] === '％') i += 1;
    else if (t[i] === '厘') {
      // 月息 8 厘 = 0.8 %/month; 日息 5 厘 = 0.05 %/day
      i += 1;
      v = basis === 'daily' ? v * 0.01 : v * 0.1;
    } else return undefined;
  } else v *= scale;
  if (!(v > 0 && v < 1000)) return undefined;
  const rate: RateClaim = { basis, percent: Math.round(v * 1e6) / 1e6 };
  if (basis === 'monthly-fee') {
    const around = foldedSlice(text, Math.max(0, anchorStart - 20), base + i + 20);
    const m = /(\d{1,2})\s*期/.exec(around);
    if (m) rate.periods = parseInt(m[1]!, 10);
  }
  return { rate, end: base + i };
}
