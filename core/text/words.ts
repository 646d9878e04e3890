/**
 * Word boundaries for latin phrases: "loan" must not match inside "bloane", but a plural "s"
 * is allowed ("loan" matches "loans"). CJK phrases need no boundary.
 */
export const isAsciiAlnum = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** Does a phrase need boundaries (it starts or ends with a latin letter or digit)? */
export const needsBoundary = (folded: string): boolean =>
  folded.length > 0 && (isAsciiAlnum(folded.charCodeAt(0)) || isAsciiAlnum(folded.charCodeAt(folded.length - 1)));

/** Is the match s[start .. last] (last inclusive) on word boundaries? */
export function onBoundaries(s: string, start: number, last: number): boolean {
  if (start > 0 && isAsciiAlnum(s.charCodeAt(start - 1))) return false;
  const r = last + 1 < s.length ? s.charCodeAt(last + 1) : 32;
  if (!isAsciiAlnum(r)) return true;
  // a plural "s" that ends the word
  return (r === 115 || r === 83) && !(last + 2 < s.length && isAsciiAlnum(s.charCodeAt(last + 2)));
}
