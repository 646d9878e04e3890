/** The checked-in weights are exactly what `npm run train` fits from the labelled data and rules. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODEL_FILE, modelFile } from '../../scripts/train';
import { classify } from '../../core/detect/index';

describe('learned model', () => {
  it('core/detect/model.generated.ts is what training produces (run npm run train)', () => {
    expect(readFileSync(MODEL_FILE, 'utf8')).toBe(modelFile());
  }, 120_000);
  it('a page with no cue in its title or opening is none, whatever the model says', () => {
    expect(classify({ text: '今天天气很好，我们去公园散步。'.repeat(200) + '网贷逾期催收爆通讯录' }).kind).toBe('none');
  });
});
