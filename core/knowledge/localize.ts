/**
 * Pick the text for a locale. zh-TW comes from the generated file (attached once, lazily);
 * a missing entry falls back to zh-CN so a gap shows as readable text, never a crash.
 */
import type { Locale } from '../types';
import type { Txt } from './types';
import ZH_TW from './zh-TW.generated';
import { COLLECTIONS, walkTxt } from './strings';

let attached = false;

function attachZhTW(): void {
  if (attached) return;
  attached = true;
  for (const [name, coll] of Object.entries(COLLECTIONS)) {
    walkTxt(coll, name, (key, txt) => {
      txt['zh-TW'] = ZH_TW[key] ?? txt['zh-CN'];
    });
  }
}

export function L(txt: Txt, locale: Locale): string {
  if (locale === 'zh-TW') {
    attachZhTW();
    return txt['zh-TW'] ?? txt['zh-CN'];
  }
  return txt[locale] || txt['zh-CN'];
}
