/**
 * Every authored zh-CN text in the knowledge base and the rate texts, with a stable key
 * derived from where it sits (collection, item id, field). The zh-TW generator and the
 * sync test both walk this list.
 */
import { FACTS } from './facts';
import { SOURCES } from './sources';
import { DEDUCTIONS, HELP_LINES, MYTHS, NOT_TRUE, RATE_LINES, RIGHTS, TIMELINE, TIPS } from './sections';
import { RATE_TEXT } from '../rates/text';
import type { Txt } from './types';

export function isTxt(x: unknown): x is Txt {
  return (
    typeof x === 'object' && x !== null && typeof (x as Txt)['zh-CN'] === 'string' && typeof (x as Txt).en === 'string'
  );
}

/** Walk a value and call `visit` for every Txt, with a dotted key. Array items with an id use it. */
export function walkTxt(value: unknown, path: string, visit: (key: string, txt: Txt) => void): void {
  if (isTxt(value)) {
    visit(path, value);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      const id = typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string' ? (v as { id: string }).id : String(i);
      walkTxt(v, `${path}.${id}`, visit);
    });
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) walkTxt(v, `${path}.${k}`, visit);
  }
}

/** All collections whose texts get a zh-TW version, by key prefix. */
export const COLLECTIONS: Record<string, unknown> = {
  fact: FACTS,
  source: SOURCES,
  right: RIGHTS,
  timeline: TIMELINE,
  notTrue: NOT_TRUE,
  deduction: DEDUCTIONS,
  help: HELP_LINES,
  myth: MYTHS,
  rateLine: RATE_LINES,
  tip: TIPS,
  rateText: RATE_TEXT,
};

export function allTexts(): Array<[key: string, txt: Txt]> {
  const out: Array<[string, Txt]> = [];
  for (const [name, coll] of Object.entries(COLLECTIONS)) walkTxt(coll, name, (k, t) => out.push([k, t]));
  return out;
}
