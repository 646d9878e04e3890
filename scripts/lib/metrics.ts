/**
 * Labelled data and the figures computed over it: per-class precision / recall / F1, the
 * confusion matrix, flagged-vs-none precision and recall, hard-negative accuracy.
 */
import { readFileSync } from 'node:fs';
import type { ClassifyInput, PageKind } from '../../core/types';

export const KINDS: readonly PageKind[] = ['scam', 'overdue', 'lender', 'none'];

export interface Labelled extends ClassifyInput {
  id: string;
  label: PageKind;
  hard?: boolean;
}

export function naive(input: ClassifyInput): PageKind {
  const t = (input.title ?? '') + '\n' + input.text;
  if (/逾期|催收/.test(t)) return 'overdue';
  if (/借款|贷款/.test(t)) return 'lender';
  return 'none';
}

export interface Report {
  n: number;
  accuracy: number;
  perClass: Record<string, { precision: number; recall: number; f1: number; support: number }>;
  /** confusion[label][predicted] */
  confusion: Record<string, Record<string, number>>;
  misclassified: { id: string; label: PageKind; predicted: PageKind }[];
  /** flagged (any kind but none) against none */
  flagged: { precision: number; recall: number };
  /** none pages marked hard: share predicted none */
  hardNegatives: { n: number; accuracy: number };
}

export function report(rows: readonly Labelled[], predict: (r: Labelled) => PageKind): Report {
  const confusion: Report['confusion'] = {};
  for (const a of KINDS) confusion[a] = Object.fromEntries(KINDS.map((b) => [b, 0]));
  const misclassified: Report['misclassified'] = [];
  const confusionPred = new Map<Labelled, PageKind>();
  let ok = 0;
  for (const r of rows) {
    const p = predict(r);
    confusionPred.set(r, p);
    confusion[r.label]![p]!++;
    if (p === r.label) ok++;
    else misclassified.push({ id: r.id, label: r.label, predicted: p });
  }
  const perClass: Report['perClass'] = {};
  for (const k of KINDS) {
    const tp = confusion[k]![k]!;
    const predicted = KINDS.reduce((s, l) => s + confusion[l]![k]!, 0);
    const support = KINDS.reduce((s, p) => s + confusion[k]![p]!, 0);
    const precision = predicted ? tp / predicted : support ? 0 : 1;
    const recall = support ? tp / support : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[k] = { precision: r3(precision), recall: r3(recall), f1: r3(f1), support };
  }
  let fp = 0;
  let tpFlag = 0;
  let fn = 0;
  let hardOk = 0;
  let hardN = 0;
  for (const r of rows) {
    const p = confusionPred.get(r)!;
    if (r.label === 'none' && p !== 'none') fp++;
    if (r.label !== 'none' && p !== 'none') tpFlag++;
    if (r.label !== 'none' && p === 'none') fn++;
    if (r.label === 'none' && r.hard) {
      hardN++;
      if (p === 'none') hardOk++;
    }
  }
  const flagged = { precision: r3(tpFlag + fp ? tpFlag / (tpFlag + fp) : 1), recall: r3(tpFlag + fn ? tpFlag / (tpFlag + fn) : 1) };
  const hardNegatives = { n: hardN, accuracy: r3(hardN ? hardOk / hardN : 1) };
  return { n: rows.length, accuracy: r3(rows.length ? ok / rows.length : 0), perClass, confusion, misclassified, flagged, hardNegatives };
}

export const r3 = (x: number): number => Math.round(x * 1000) / 1000;

export function readLabelled(file: string): Labelled[] {
  const rows: Labelled[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const o = JSON.parse(line) as Record<string, unknown>;
      if (typeof o.text !== 'string' || !KINDS.includes(o.label as PageKind)) {
        throw new Error(`line ${i + 1}: needs string "text" and "label" in ${KINDS.join('|')}`);
      }
      rows.push({
        id: String(o.id ?? `line ${i + 1}`),
        label: o.label as PageKind,
        text: o.text,
        url: typeof o.url === 'string' ? o.url : undefined,
        title: typeof o.title === 'string' ? o.title : undefined,
        hard: o.hard === true,
      });
    });
  return rows;
}


export interface Calibration {
  /** expected calibration error: the mean |confidence − accuracy| over bins, weighted by pages */
  ece: number;
  bins: { from: number; to: number; n: number; confidence: number; accuracy: number }[];
}

/** Reliability table over `nBins` equal-width confidence bins (empty bins left out). */
export function calibration(confidence: readonly number[], right: readonly boolean[], nBins = 10): Calibration {
  const bins = Array.from({ length: nBins }, (_, b) => ({ from: b / nBins, to: (b + 1) / nBins, n: 0, confidence: 0, accuracy: 0 }));
  confidence.forEach((c, i) => {
    const b = bins[Math.min(nBins - 1, Math.floor(c * nBins))]!;
    b.n++;
    b.confidence += c;
    b.accuracy += right[i] ? 1 : 0;
  });
  let ece = 0;
  const kept = bins.filter((b) => b.n > 0);
  for (const b of kept) {
    b.confidence /= b.n;
    b.accuracy /= b.n;
    ece += (b.n / confidence.length) * Math.abs(b.confidence - b.accuracy);
    b.confidence = r3(b.confidence);
    b.accuracy = r3(b.accuracy);
  }
  return { ece: r3(ece), bins: kept };
}
