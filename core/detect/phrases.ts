/** Every phrase the engine matches or parses, for the automaton and for scripts/gen/trad-map.ts. */
import { GATE_PHRASES, JURISDICTION_VOCAB, RULES, STANCE_VOCAB, TIP_RULES } from './rules';

/** Characters the rate parser reads after a rate phrase (numerals and units). */
export const RATE_CHARS = '万千百分之厘毫期个月日天年一二三四五六七八九十两零点';

export function allPhrases(): string[] {
  const out: string[] = [];
  for (const r of RULES) out.push(...r.phrases, ...(r.near ?? []));
  for (const t of TIP_RULES) out.push(...t.phrases, ...(t.near ?? []));
  for (const list of Object.values(JURISDICTION_VOCAB)) out.push(...list);
  for (const list of Object.values(STANCE_VOCAB)) out.push(...list);
  out.push(...GATE_PHRASES, ...RATE_CHARS);
  return out;
}
