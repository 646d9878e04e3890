/**
 * The characters the engine does not see: zero-width characters, soft hyphen, BOM and
 * invisible operators. Pages (and spammers) put them inside words; they vanish before matching.
 * Tiny on purpose: the always-on page script imports it.
 */
export const SKIP_CHARS: readonly number[] = [
  0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e, 0x2061, 0x2062, 0x2063, 0x2064,
];

export function isSkip(c: number): boolean {
  return (
    c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x00ad ||
    c === 0x180e || c === 0x2061 || c === 0x2062 || c === 0x2063 || c === 0x2064
  );
}
