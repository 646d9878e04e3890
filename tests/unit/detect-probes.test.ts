/**
 * Held-out-style probes: short page openings written for this test (tests/fixtures/detect/
 * probes.jsonl, not corpus text) covering each class and common hard negatives. They guard the
 * general vocabulary against regressions while tuning on the dev corpus.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../../core/detect/index';
import { readLabelled } from '../../scripts/eval';

const rows = readLabelled(path.resolve(__dirname, '../fixtures/detect/probes.jsonl'));

describe('probes', () => {
  it.each(rows.map((r) => [r.id, r.label, r]))('%s is %s', (_id, label, r) => {
    expect(classify(r).kind).toBe(label);
  });
});
