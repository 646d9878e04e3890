/**
 * classify(): match the title and text once, evaluate the rules, score the learned model over
 * the rule features, decide the kind and level, and collect claim-level tips with offsets into
 * the ORIGINAL text.
 */
import { foldString } from '../text/fold';
import type { ClassifyInput, PageKind, Tip, TipId, Verdict } from '../types';
import { decide, jurisdictionOf, score, type Detail } from './decide';
import { getEngine, type Engine } from './engine';
import { countVocabulary, evaluate, evaluateTips, match, str, TITLE_MAX } from './evaluate';
import { features, type FeatureRow } from './features';
import { DEFAULT_BUDGET, GATE_CHARS, hostOf } from './host';
import { lenderHost } from './lender-hosts';
import { collectTips, MAX_TIPS } from './marks';
import { CLASSES, probabilities } from './model';
import { ScanState } from './state';

export { DEFAULT_BUDGET, GATE_CHARS, hostOf };
export { MAX_TIPS } from './marks';
export type { Detail } from './decide';

export interface ClassifyOptions {
  /** characters of title + text read (default DEFAULT_BUDGET, or MESSAGE_BUDGET for a message) */
  budget?: number;
  /**
   * 'message': a short text (SMS, WeChat) rather than a page — the whole text is its opening,
   * and a flag needs the model to be at least MESSAGE_MIN_CONFIDENCE sure.
   */
  mode?: 'page' | 'message';
}

/**
 * Claims that name a message's kind on their own. A page's kind is a sum over many words; a
 * one-line message has too few for that sum, but a claim the tip rules found still says what the
 * message is: "再不还就让你坐牢" is a collection threat, "学生贷账户需要注销，否则影响征信" a scam.
 * Claims that ordinary bank and lender messages also make (a rate, 征信, automatic deduction) are
 * not listed: "本期账单…已自动扣款" stays quiet. Two claims also occur outside debt ("城管执法人员
 * 明日检查", "家人朋友们周末聚餐", "请登记紧急联系人"): they count only with a debt word or a
 * collector's deadline in the message (MESSAGE_CONTEXT), so "执法人员三日内上门" and "你欠的钱
 * 再不还就联系你家人" are flagged and those stay quiet.
 */
const CLAIM_KIND: Partial<Record<TipId, { kind: 'scam' | 'overdue'; context?: true }>> = {
  'upfront-fee': { kind: 'scam' },
  'fake-account-cancel': { kind: 'scam' },
  'debt-relief-agency': { kind: 'scam' },
  'credit-repair': { kind: 'scam' },
  'jail-threat': { kind: 'overdue' },
  lawsuit: { kind: 'overdue' },
  'contacts-blast': { kind: 'overdue' },
  'debt-transfer': { kind: 'overdue' },
  impersonation: { kind: 'overdue', context: true },
  'family-contact': { kind: 'overdue', context: true },
};
/** Debt words and collectors' deadlines (folded, simplified); no everyday word alone (逾期, 还款 are bills' words too). */
const MESSAGE_CONTEXT = ['欠款', '欠钱', '欠债', '欠的', '不还', '还钱', '网贷', '借款', '贷款', '催收', '债务', '信用卡', '借呗', '花呗', '后果自负', '三日内', '3日内', '24小时内', '限期', '最后通牒'];

/** The kind a message's claims name (a scam claim wins), or null when they name none. */
export function claimKind(tips: readonly Tip[], text: string): 'scam' | 'overdue' | null {
  let context: boolean | undefined;
  const hasContext = () => (context ??= ((f) => MESSAGE_CONTEXT.some((w) => f.includes(w)))(foldString(text)));
  const kinds = tips.flatMap((t) => {
    const c = CLAIM_KIND[t.id];
    return c && (!c.context || hasContext()) ? [c.kind] : [];
  });
  return kinds.includes('scam') ? 'scam' : kinds.includes('overdue') ? 'overdue' : null;
}

/** Characters of a message read: a message is a few sentences; longer text is truncated. */
export const MESSAGE_BUDGET = 4000;
/** A message is flagged only when the model is at least this sure of its kind. */
export const MESSAGE_MIN_CONFIDENCE = 0.5;

export interface Inspection {
  e: Engine;
  st: ScanState;
  /** the features (features.ts) */
  x: FeatureRow;
  /** the rules' hand-weighted scores (the rules-only baseline) */
  d: Detail;
}

/** Everything the decision is made from (for classify, eval and training). */
export function inspect(input: ClassifyInput, opts?: ClassifyOptions): Inspection {
  const e = getEngine();
  const { st, knownLender, read } = evaluated(e, new ScanState(e), input, opts);
  evaluate(e, st);
  return decisionInputs(e, st, knownLender, read);
}

interface Evaluated {
  st: ScanState;
  host: string;
  knownLender: boolean;
  /** characters read */
  read: number;
}

/** Match the document into the empty state `st` and count its jurisdiction and stance words. */
function evaluated(e: Engine, st: ScanState, input: ClassifyInput, opts: ClassifyOptions | undefined): Evaluated {
  const budget = Math.max(0, Math.floor(opts?.budget ?? (opts?.mode === 'message' ? MESSAGE_BUDGET : DEFAULT_BUDGET)));
  const host = hostOf(input.url);
  const knownLender = lenderHost(host) !== undefined;
  st.nearAnywhere = opts?.mode === 'message';
  match(e, input, budget, knownLender, st);
  countVocabulary(e, st);
  const read = Math.min(budget, str(input.title).length + str(input.text).length);
  return { st, host, knownLender, read };
}

/** The tip rules' counts, the rules' scores and the feature vector of an evaluated document. */
function decisionInputs(e: Engine, st: ScanState, knownLender: boolean, read: number): Inspection {
  evaluateTips(e, st);
  const d = score(e, st, knownLender, read);
  return { e, st, x: features(e, st, knownLender, d), d };
}

/** The rules' hand-weighted scores and the rules behind them (tests, rules-only baseline). */
export function analyse(input: ClassifyInput, opts?: ClassifyOptions): Detail {
  return inspect(input, opts).d;
}

/**
 * The winning kind's rules that fired, the ones the model weighs most for it first (reasons
 * shown are the winning kind's, never another class's).
 */
function reasonsFor(e: Engine, x: FeatureRow, d: Detail, kind: PageKind): string[] {
  const w = e.model.w[CLASSES.indexOf(kind)]!;
  // a rule's push towards the kind: the sum of its features' contributions (weight × value)
  const pushOf = (ri: number): number => {
    let sum = 0;
    for (let j = 0; j < x.index.length; j++) {
      const i = x.index[j]!;
      if (e.featureRule[i] === ri) sum += x.value[j]! * w[i + 1]!;
    }
    return sum;
  };
  return d.fired
    .filter((f) => f.kind === kind)
    .map((f) => ({ f, pushed: f.rule >= 0 ? pushOf(f.rule) : 0 }))
    .sort((a, b) => b.pushed - a.pushed || b.f.contribution - a.f.contribution)
    .map(({ f }) => f.id);
}

export function classify(input: ClassifyInput, opts?: ClassifyOptions): Verdict {
  const e = getEngine();
  const { st, host, knownLender, read } = evaluated(e, e.state.reset(), input, opts);
  const message = opts?.mode === 'message';
  // a message is read whole: any cue in it counts as an early one
  const early = st.gateHit || (message && st.hits.count > 0);
  const jurisdiction = jurisdictionOf(st, host);
  // without an early cue the page is not flagged whatever the model says: no need to ask it
  if (!early) return noneVerdict(st, jurisdiction);
  evaluate(e, st);
  const { x, d } = decisionInputs(e, st, knownLender, read);
  const probs = probabilities(e.model, x);
  let { kind, confidence, level } = decide(probs, CLASSES, early, st.truncated);
  if (message && confidence < MESSAGE_MIN_CONFIDENCE) ({ kind, confidence, level } = { kind: 'none', confidence: 1, level: 'low' });
  let tips = kind === 'none' ? [] : collectTips(e, st, str(input.text), kind, message ? MAX_TIPS : undefined);
  if (message && kind !== 'lender') {
    // A claim names a message's kind (CLAIM_KIND): flag it at 'medium' when the model alone would not.
    const claimed = claimKind(kind === 'none' ? collectTips(e, st, str(input.text), 'overdue', MAX_TIPS) : tips, str(input.text));
    if (claimed && claimed !== kind) {
      if (kind === 'none') ({ confidence, level } = { confidence: MESSAGE_MIN_CONFIDENCE, level: 'medium' });
      kind = claimed;
      tips = collectTips(e, st, str(input.text), kind, MAX_TIPS);
    }
  }
  if (kind === 'none') return noneVerdict(st, jurisdiction);
  const v: Verdict = {
    kind,
    level,
    score: Math.round(confidence * 100),
    reasons: reasonsFor(e, x, d, kind),
    tips,
    jurisdiction,
    stance: st.warns > st.promotes ? 'warns' : st.promotes > st.warns ? 'promotes' : 'neutral',
    confidence: Math.round(confidence * 1000) / 1000,
  };
  if (st.truncated) v.truncated = true;
  return v;
}

function noneVerdict(st: ScanState, jurisdiction: Verdict['jurisdiction']): Verdict {
  const v: Verdict = { kind: 'none', level: 'low', score: 0, reasons: [], tips: [], jurisdiction };
  if (st.truncated) v.truncated = true;
  return v;
}

/**
 * Cheap pre-check: URL host + title + first GATE_CHARS of text. True for every input classify()
 * would flag (classify requires the same early cue), false for most ordinary pages.
 */
export function gate(input: ClassifyInput): boolean {
  const text = str(input.text).slice(0, GATE_CHARS);
  const knownLender = lenderHost(hostOf(input.url)) !== undefined;
  const e = getEngine();
  return match(e, { title: input.title, text }, GATE_CHARS + TITLE_MAX, knownLender, e.state.reset()).gateHit;
}

/** Ids of every rule that fires on a snippet (class rules, suppressors and tip rules). */
export function firedRuleIds(input: ClassifyInput): string[] {
  const { e, st } = inspect(input);
  return e.rules.filter((_, ri) => st.ruleCount[ri]! > 0).map((r) => r.id);
}
