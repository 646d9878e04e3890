/**
 * What one character looks like to the engine: NFKC-style width folding (full-width forms,
 * Kangxi radicals, compatibility ideographs), ASCII lower-case, and traditional → simplified
 * for the characters the rules use (trad-map.generated.ts, made with opencc-js).
 */
import { isSkip } from './skip';
import { TRAD_FROM, TRAD_TO } from './trad-map.generated';

let tradMap: Map<number, number> | undefined;
/** bit c set ⇔ tradMap has c (so most characters skip the Map lookup) */
let tradBits: Uint32Array | undefined;
let compatMap: Map<number, number> | undefined;

/**
 * Blocks where NFKC maps one BMP char to another single char we may care about
 * (Kangxi radicals used by spam, CJK compatibility ideographs, half-width forms…).
 */
export const COMPAT_BLOCKS: readonly [number, number][] = [
  [0x2e80, 0x2fdf], // CJK radicals supplement, Kangxi radicals
  [0x3000, 0x3000], // ideographic space
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe50, 0xfe6f], // small form variants
  [0xff01, 0xffee], // half-width and full-width forms
];

function ensureTables(): void {
  if (tradMap) return;
  tradMap = new Map();
  tradBits = new Uint32Array(2048);
  for (let i = 0; i < TRAD_FROM.length; i++) {
    const c = TRAD_FROM.charCodeAt(i);
    tradMap.set(c, TRAD_TO.charCodeAt(i));
    tradBits[c >>> 5]! |= 1 << (c & 31);
  }
  compatMap = new Map();
  for (const [lo, hi] of COMPAT_BLOCKS) {
    for (let c = lo; c <= hi; c++) {
      const n = String.fromCharCode(c).normalize('NFKC');
      if (n.length === 1 && n.charCodeAt(0) !== c) compatMap.set(c, n.charCodeAt(0));
    }
  }
}

/** Fold one UTF-16 code unit (not a skip char) to its normalised form. */
export function foldChar(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  ensureTables();
  // only the COMPAT_BLOCKS have compatibility mappings
  if ((c >= 0x2e80 && c <= 0x3000) || c >= 0xf900) {
    const m = compatMap!.get(c);
    if (m !== undefined) {
      c = m;
      if (c >= 65 && c <= 90) return c + 32;
    }
  }
  return (tradBits![c >>> 5]! & (1 << (c & 31))) !== 0 ? tradMap!.get(c)! : c;
}

/** Every code unit whose fold differs from itself (for building the matcher's class table). */
export function foldedSources(): number[] {
  ensureTables();
  const out: number[] = [];
  for (let c = 65; c <= 90; c++) out.push(c);
  for (const k of compatMap!.keys()) out.push(k);
  for (const k of tradMap!.keys()) out.push(k);
  return out;
}

/** A phrase as the engine sees it (skip characters removed, every char folded). */
export function foldString(s: string): string {
  let o = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isSkip(c)) o += String.fromCharCode(foldChar(c));
  }
  return o;
}
