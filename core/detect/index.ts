/**
 * Detection engine public API (pure: no DOM, no browser APIs).
 *
 *   classify(input, { budget, mode }) → Verdict   full scan of title + text (capped); mode 'message' for SMS / WeChat texts
 *   gate(input) → boolean                   cheap pre-check on host + title + first 2 KB
 *   normalise(text) → { text, map }         the normalised text the rules see (core/text)
 */
export { classify, gate, analyse, inspect, firedRuleIds, DEFAULT_BUDGET, GATE_CHARS, MAX_TIPS, MESSAGE_BUDGET, MESSAGE_MIN_CONFIDENCE } from './classify';
export type { ClassifyOptions } from './classify';
export { normalise } from '../text';
export { parseRate } from './rate';
export { RULES, TIP_RULES } from './rules';
export { listedLenderHosts, lenderHost } from './lender-hosts';
