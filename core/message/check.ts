/**
 * The ONE adapter between the message check and the detection engine. Today it reads a
 * message with the engine's message mode (thresholds for a sentence, every claim marked); only
 * this file changes. Everything after it (advice, marks) works on MessageResult.
 */
import { classify } from '../detect';
import type { Level, PageKind, Tip, TipId } from '../types';

/** storage.session key: text selected on a page and sent to the toolkit by the context menu. */
export const PENDING_CHECK_KEY = 'toolkitPendingCheck';

/** Longest message read; a pasted chat log longer than this is cut and the UI says so. */
export const MAX_MESSAGE = 5000;

export interface MessageResult {
  kind: PageKind;
  level: Level;
  /** claims found, in text order, not overlapping; offsets into the checked text */
  tips: Tip[];
  /** the text that was checked (the pasted text, cut to MAX_MESSAGE) */
  text: string;
  truncated: boolean;
}

/** Claims that only scams make; one of them names the message's kind even when the page score is low. */
const SCAM_TIPS: ReadonlySet<TipId> = new Set(['upfront-fee', 'fake-account-cancel', 'debt-relief-agency', 'credit-repair']);

/** Keep the first of overlapping tips (marks must not nest), in text order. */
export function separateTips(tips: readonly Tip[]): Tip[] {
  const out: Tip[] = [];
  for (const t of [...tips].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (last && t.start < last.end) continue;
    out.push(t);
  }
  return out;
}

export function checkMessage(input: string): MessageResult {
  const truncated = input.length > MAX_MESSAGE;
  const text = truncated ? input.slice(0, MAX_MESSAGE) : input;
  const v = classify({ text }, { mode: 'message' });
  const tips = separateTips(v.tips.filter((t) => t.start >= 0 && t.end <= text.length && t.end > t.start));
  let kind = v.kind;
  // A page score is tuned for pages; a one-line message has few words to add up. A claim that
  // the engine itself found still says what the message is about.
  if (tips.some((t) => SCAM_TIPS.has(t.id))) kind = 'scam';
  else if (kind === 'none' && tips.some((t) => t.id !== 'rate-claim')) kind = 'overdue';
  else if (kind === 'none' && tips.length) kind = 'lender';
  return { kind, level: v.level, tips, text, truncated };
}

/** The text cut into plain runs and marked claims, for rendering as spans (never as HTML). */
export type Run = { text: string; tip?: Tip; n?: number };
export function runs(text: string, tips: readonly Tip[]): Run[] {
  const out: Run[] = [];
  let at = 0;
  tips.forEach((t, i) => {
    if (t.start > at) out.push({ text: text.slice(at, t.start) });
    out.push({ text: text.slice(t.start, t.end), tip: t, n: i + 1 });
    at = t.end;
  });
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
