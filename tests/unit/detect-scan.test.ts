/** The scan tool reduces HTML to visible text exactly like the content script (onpage/sampler.ts). */
import { describe, expect, it } from 'vitest';
import { classify } from '../../core/detect/index';
import { htmlToInput } from '../../scripts/scan';

describe('scan: HTML → input', () => {
  it('takes the <title>, skips script/style/hidden, and keeps blocks apart', () => {
    const input = htmlToInput(
      '<html><head><title>网贷逾期怎么办</title><script>var x="停息挂账"</script><style>p{}</style></head>' +
        '<body><p>借呗逾期</p><p>催收</p><div hidden>解冻金</div><code>砍头息</code></body></html>',
    );
    expect(input.title).toBe('网贷逾期怎么办');
    expect(input.text).toContain('借呗逾期');
    expect(input.text).not.toMatch(/停息挂账|解冻金|砍头息|p\{\}/);
    expect(input.text).toMatch(/借呗逾期\n催收/);
    const v = classify(input);
    expect(v.kind).toBe('overdue');
    expect(v.reasons).not.toContain('scam.debt-relief-agency');
  });
});
