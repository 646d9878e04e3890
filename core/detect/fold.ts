/**
 * Character folding shared by normalise() and the matcher: NFKC-style width folding,
 * ASCII lower-case, traditional → simplified (only the characters the rules use), and
 * "skip" characters (zero-width, soft hyphen, BOM) that vanish from the normalised text.
 *
 * Pure: no DOM, no browser APIs.
 */
import { TRAD_FROM, TRAD_TO } from './trad-map.generated';

/** Characters removed by normalisation. */
export function isSkip(c: number): boolean {
  return (
    c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x00ad ||
    c === 0x180e || c === 0x2061 || c === 0x2062 || c === 0x2063 || c === 0x2064
  );
}

let tradMap: Map<number, number> | undefined;
/** bit c set ⇔ tradMap has c (so most characters skip the Map lookup) */
let tradBits: Uint32Array | undefined;
let compatMap: Map<number, number> | undefined;

/**
 * Blocks where NFKC maps one BMP char to another single char we may care about
 * (Kangxi radicals used by spam, CJK compatibility ideographs, half-width forms…).
 * Computed once with String.prototype.normalize: ~3 k calls at start-up.
 */
const COMPAT_BLOCKS: readonly [number, number][] = [
  [0x2e80, 0x2fdf], // CJK radicals supplement, Kangxi radicals
  [0x3000, 0x3000], // ideographic space
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe50, 0xfe6f], // small form variants
  [0xff01, 0xffee], // half-width and full-width forms
];

function ensureTables(): void {
  if (!tradMap) {
    tradMap = new Map();
    tradBits = new Uint32Array(2048);
    for (let i = 0; i < TRAD_FROM.length; i++) {
      const c = TRAD_FROM.charCodeAt(i);
      tradMap.set(c, TRAD_TO.charCodeAt(i));
      tradBits[c >>> 5]! |= 1 << (c & 31);
    }
  }
  if (!compatMap) {
    compatMap = new Map();
    for (const [lo, hi] of COMPAT_BLOCKS) {
      for (let c = lo; c <= hi; c++) {
        const n = String.fromCharCode(c).normalize('NFKC');
        if (n.length === 1) {
          const m = n.charCodeAt(0);
          if (m !== c) compatMap.set(c, m);
        }
      }
    }
  }
}

/** Fold one UTF-16 code unit (not a skip char) to its normalised form. */
export function foldChar(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  if (!tradMap) ensureTables();
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

export function foldString(s: string): string {
  let o = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isSkip(c)) o += String.fromCharCode(foldChar(c));
  }
  return o;
}

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
    if (c === 0x29 || c === 0xff09) return toned && j > i + 1 ? j + 1 : -1;
    const k = isPinyinLetter(c);
    if (k === 0) return -1;
    if (k === 2) toned = true;
  }
  return -1;
}
