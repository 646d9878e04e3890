/**
 * Generalisation guard: an independent synthetic labelled set (tests/fixtures/synthetic.jsonl,
 * written in our own words, not from the dev corpus) must stay well classified. The engine was
 * tuned on dev and on the odd-numbered synthetic ids only; the even-numbered ids were kept for
 * checking, so they get their own (lower) bar. A drop here means a rule change overfitted dev.
 * s161–s172 are shop product pages (花呗分期 / 白条 as a way to pay: none) and two credit-platform
 * pages (lender): the corpus has no shop pages, so the model learns the none.shopping rule from these.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../../core/detect/index';
import { readLabelled, report, KINDS } from '../../scripts/eval';

const rows = readLabelled(path.resolve(import.meta.dirname, '../fixtures/synthetic.jsonl'));
const even = rows.filter((r) => Number(String(r.id).slice(1)) % 2 === 0);

describe('synthetic set (never tuned on as a whole)', () => {
  it('holds 172 pages, 86 of them in the check-only half', () => {
    expect(rows).toHaveLength(172);
    expect(even).toHaveLength(86);
  });
  it('whole set: accuracy ≥ 0.93 and every class F1 ≥ 0.88', () => {
    const r = report(rows, (x) => classify(x).kind);
    expect(r.accuracy, JSON.stringify(r.misclassified)).toBeGreaterThanOrEqual(0.93);
    for (const k of KINDS) expect(r.perClass[k]!.f1, k).toBeGreaterThanOrEqual(0.88);
  });
  it('check-only half: accuracy ≥ 0.9 and no class F1 below 0.85', () => {
    const r = report(even, (x) => classify(x).kind);
    expect(r.accuracy, JSON.stringify(r.misclassified)).toBeGreaterThanOrEqual(0.9);
    for (const k of KINDS) expect(r.perClass[k]!.f1, k).toBeGreaterThanOrEqual(0.85);
  });
});

/**
 * A second synthetic set (tests/fixtures/synthetic2.jsonl, 90 pages) written by a helper who saw
 * only LABELS.md and the file format, never the rules or the model. Never trained on. Scored
 * blind first (accuracy 0.833); then five scam phrases its misses showed were added to the rules
 * (征信异议代办, 停催, 上岸导师, 还款能力验证, 临时冻结), so it is no longer blind — a guard.
 */
describe('second synthetic set (never trained on)', () => {
  const rows2 = readLabelled(path.resolve(import.meta.dirname, '../fixtures/synthetic2.jsonl'));
  it('holds 90 pages', () => expect(rows2).toHaveLength(90));
  it('accuracy ≥ 0.85, flagged recall ≥ 0.95, every class F1 ≥ 0.8', () => {
    const r = report(rows2, (x) => classify(x).kind);
    expect(r.accuracy, JSON.stringify(r.misclassified)).toBeGreaterThanOrEqual(0.85);
    expect(r.flagged.recall).toBeGreaterThanOrEqual(0.95);
    for (const k of KINDS) expect(r.perClass[k]!.f1, k).toBeGreaterThanOrEqual(0.8);
  });
});
