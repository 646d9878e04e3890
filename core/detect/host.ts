/**
 * Small pieces of the engine the always-injected content script needs before (and usually
 * instead of) the engine itself: the scan limits and the URL's host. Kept in their own module
 * so importing them does not pull in the matcher, the rules evaluation or their tables.
 */

/** Default scan budget in characters (title + text). */
export const DEFAULT_BUDGET = 100_000;
/** Characters of text the gate (and the "topic must show early" condition) looks at. */
export const GATE_CHARS = 2048;

/** The URL's host without a URL object (cheap; user@ and port dropped). The pre-gate uses it too. */
export function hostOf(url: string | undefined): string {
  if (typeof url !== 'string' || !url) return '';
  let i = url.indexOf('://');
  if (i < 0) return '';
  i += 3;
  let j = i;
  while (j < url.length) {
    const c = url.charCodeAt(j);
    if (c === 47 || c === 63 || c === 35 || c === 58) break; // / ? # :
    if (c === 64) i = j + 1; // user@
    j++;
  }
  return url.slice(i, j).toLowerCase();
}
