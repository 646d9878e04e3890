/**
 * Pinyin annotations after characters ("問(wèn)題", "發（fā）"): SEO farms add them, and the
 * engine reads through them as if they were not there.
 */
import { isSkip } from './skip';

/** Latin letters that occur in pinyin annotations: a-z, ü and tone-marked vowels. */
const TONE = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
function isPinyinLetter(c: number): 0 | 1 | 2 {
  if (c >= 97 && c <= 122) return 1;
  if (c === 0xfc || (c >= 0xe0 && c <= 0x1e3f && TONE.indexOf(String.fromCharCode(c)) >= 0)) return 2;
  return 0;
}

export function isCjk(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** "(" or "（": where an annotation may open. */
export const isOpenParen = (c: number): boolean => c === 0x28 || c === 0xff08;
export const isCloseParen = (c: number): boolean => c === 0x29 || c === 0xff09;

/** Could the char after "(" start a note? A cheap test before pinyinEnd() (most "(" are not notes). */
export const mayStartPinyin = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0x1e3f);

/**
 * If s[i] opens a pinyin annotation right after a CJK char — "(wèn)" / "（dǎo）" with at
 * least one tone mark or ü — return the index just past the closing paren, else -1.
 */
export function pinyinEnd(s: string, i: number): number {
  if (i === 0) return -1;
  let p = i - 1;
  // the annotated char may itself follow a removed zero-width char
  while (p > 0 && isSkip(s.charCodeAt(p))) p--;
  if (!isCjk(s.charCodeAt(p))) return -1;
  let toned = false;
  const lim = Math.min(s.length, i + 9);
  for (let j = i + 1; j < lim; j++) {
    const c = s.charCodeAt(j);
    if (isCloseParen(c)) return toned && j > i + 1 ? j + 1 : -1;
    const k = isPinyinLetter(c);
    if (k === 0) return -1;
    if (k === 2) toned = true;
  }
  return -1;
}

/** If s[p] closes a pinyin annotation, the index of its opening paren, else -1. */
export function pinyinStartBefore(s: string, p: number): number {
  if (!isCloseParen(s.charCodeAt(p))) return -1;
  let q = p - 1;
  const lim = Math.max(0, p - 9);
  while (q > lim && !isOpenParen(s.charCodeAt(q))) q--;
  return q >= 0 && isOpenParen(s.charCodeAt(q)) && pinyinEnd(s, q) === p + 1 ? q : -1;
}
