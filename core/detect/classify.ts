/**
 * classify(): match the title and text once, evaluate the rules, decide the kind and level,
 * and collect claim-level tips with offsets into the ORIGINAL text.
 */
import type { ClassifyInput, PageKind, Verdict } from '../types';
import { jurisdictionOf, levelOf, pickKind, score, type Detail } from './decide';
import { getEngine } from './engine';
import { evaluate, evaluateTips, match, str, TITLE_MAX } from './evaluate';
import { DEFAULT_BUDGET, GATE_CHARS, hostOf } from './host';
import { lenderHost } from './lender-hosts';
import { collectTips } from './marks';

export { DEFAULT_BUDGET, GATE_CHARS, hostOf };
export { MAX_TIPS } from './marks';
export { THRESHOLD } from './decide';
export type { Detail } from './decide';

export interface ClassifyOptions {
  /** characters of title + text read (default DEFAULT_BUDGET) */
  budget?: number;
}

const budgetOf = (opts?: ClassifyOptions): number => Math.max(0, Math.floor(opts?.budget ?? DEFAULT_BUDGET));

/** The scores and the rules behind them (for eval and tests). */
export function analyse(input: ClassifyInput, opts?: ClassifyOptions, host = hostOf(input.url)): Detail {
  return run(input, opts, host).d;
}

function run(input: ClassifyInput, opts: ClassifyOptions | undefined, host: string) {
  const e = getEngine();
  const budget = budgetOf(opts);
  const knownLender = lenderHost(host) !== undefined;
  const st = match(e, input, budget, knownLender);
  evaluate(e, st);
  const read = Math.min(budget, str(input.title).length + str(input.text).length);
  return { e, st, d: score(e, st, knownLender, read) };
}

/** Order of reasons: the winning kind's rules first, then by contribution. */
const byRelevance = (kind: PageKind) => (a: Detail['fired'][number], b: Detail['fired'][number]): number =>
  Number(b.kind === kind) - Number(a.kind === kind) || b.contribution - a.contribution;

export function classify(input: ClassifyInput, opts?: ClassifyOptions): Verdict {
  const host = hostOf(input.url);
  const { e, st, d } = run(input, opts, host);
  const kind = pickKind(d);
  const sc = kind === 'none' ? 0 : Math.round(d.scores[kind] * 100) / 100;
  const v: Verdict = {
    kind,
    level: levelOf(kind, sc),
    score: sc,
    reasons: d.fired.sort(byRelevance(kind)).map((f) => f.id),
    tips: kind === 'none' ? [] : collectTips(e, st, str(input.text)),
    jurisdiction: jurisdictionOf(st, host),
  };
  if (d.truncated) v.truncated = true;
  return v;
}

/**
 * Cheap pre-check: URL host + title + first GATE_CHARS of text. True for every input classify()
 * would flag (classify requires the same early cue), false for most ordinary pages.
 */
export function gate(input: ClassifyInput): boolean {
  const text = str(input.text).slice(0, GATE_CHARS);
  const knownLender = lenderHost(hostOf(input.url)) !== undefined;
  return match(getEngine(), { title: input.title, text }, GATE_CHARS + TITLE_MAX, knownLender).gateHit;
}

/** Ids of every rule that fires on a snippet (class rules, suppressors and tip rules). */
export function firedRuleIds(input: ClassifyInput): string[] {
  const e = getEngine();
  const st = match(e, input, DEFAULT_BUDGET, false);
  evaluate(e, st);
  evaluateTips(e, st);
  return e.rules.filter((_, ri) => st.ruleCount[ri]! > 0).map((r) => r.id);
}
