/**
 * Generated from the rule data: every rule fires on each of its own examples, and no rule of a
 * flagging class (scam / overdue / lender) fires on any rule's counter-examples (the
 * github-url-detection pattern). Tip rules are checked the same way.
 */
import { describe, expect, it } from 'vitest';
import { firedRuleIds } from '../../core/detect/index';
import { RULES, TIP_RULES } from '../../core/detect/rules';
import { RULE_EXAMPLES } from '../../core/detect/rules.examples';
import { TIP_IDS } from '../../core/types';
import { TIP_EXAMPLES } from '../../core/tips/examples';

const flagging = new Set(RULES.filter((r) => r.class !== 'none').map((r) => r.id));
const tipEx = (id: string) => {
  const t = (TIP_EXAMPLES as Record<string, { fires: readonly string[]; quiet: readonly string[] }>)[id];
  return t && { examples: t.fires, counterExamples: t.quiet };
};
const ex = (id: string) => RULE_EXAMPLES[id] ?? tipEx(id) ?? { examples: [], counterExamples: [] };
const allCounter = [...Object.entries(RULE_EXAMPLES), ...TIP_RULES.map((t) => [t.id, ex(t.id)] as const)].flatMap(([owner, e]) => e.counterExamples.map((text) => ({ owner, text })));

describe('rule data', () => {
  it('has unique ids, positive weights, phrases and at least one example per rule', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.weight, r.id).toBeGreaterThan(0);
      expect(r.phrases.length, r.id).toBeGreaterThan(0);
      expect(ex(r.id).examples.length, r.id).toBeGreaterThan(0);
      expect(r.id.startsWith(r.class + '.'), `${r.id} is named after its class`).toBe(true);
      if (r.class === 'none') expect(r.suppress?.length, r.id).toBeGreaterThan(0);
    }
  });
  it('tip rules use exactly the shared TIP_IDS, each once, each with examples', () => {
    expect(TIP_RULES.map((t) => t.id).sort()).toEqual([...TIP_IDS].sort());
    for (const t of TIP_RULES) expect(ex(t.id).examples.length, t.id).toBeGreaterThan(0);
  });
  it('examples file names only existing rules', () => {
    const ids = new Set([...RULES, ...TIP_RULES].map((r) => r.id));
    for (const id of Object.keys(RULE_EXAMPLES)) expect(ids.has(id), id).toBe(true);
  });
  it('counter-examples exist for the flagging rules that rely on ambiguous words', () => {
    expect(allCounter.length).toBeGreaterThan(20);
  });
});

describe.each([...RULES, ...TIP_RULES].map((r) => [r.id] as const))('%s', (id) => {
  it.each(ex(id).examples.map((e) => [e]))('fires on example %s', (example) => {
    expect(firedRuleIds({ text: example })).toContain(id);
  });
  if (flagging.has(id)) {
    it('fires on no counter-example of any rule', () => {
      const bad = allCounter.filter((c) => firedRuleIds({ text: c.text }).includes(id));
      expect(bad).toEqual([]);
    });
  }
});

describe('suppressors', () => {
  it.each(RULES.filter((r) => r.class === 'none').flatMap((r) => ex(r.id).examples.map((e) => [r.id, e])))(
    '%s turns "%s" into a none page',
    async (_id, example) => {
      const { classify } = await import('../../core/detect/index');
      expect(classify({ text: example }).kind).toBe('none');
    },
  );
});
