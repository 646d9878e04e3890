import { foldChar } from './fold';
import { isOpenParen, pinyinEnd } from './pinyin';
import { isSkip } from './skip';

/**
 * The normalised text the rules see: folded (fold.ts), skip characters removed, pinyin
 * annotations ("問(wèn)") removed. `map[j]` is the index in `text` of normalised char j.
 * The matcher applies exactly this transformation on the fly (a test checks they agree).
 */
export function normalise(text: string): { text: string; map: Int32Array } {
  const map = new Int32Array(text.length);
  const parts: number[] = [];
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSkip(c)) continue;
    if (isOpenParen(c)) {
      const j = pinyinEnd(text, i);
      if (j > 0) {
        i = j - 1;
        continue;
      }
    }
    parts.push(foldChar(c));
    map[n++] = i;
  }
  let out = '';
  for (let i = 0; i < parts.length; i += 4096) out += String.fromCharCode(...parts.slice(i, i + 4096));
  return { text: out, map: map.slice(0, n) };
}
