/**
 * The engine lives here, not in pages: core/detect builds its matcher lazily on the first
 * classification, so a worker start pays the build once, on the first sample, and every page
 * after that only its own classification — off the page's main thread.
 */
import { classify, gate } from '../core/detect';
import type { Sample, SampleReply } from '../core/protocol';

/**
 * A first look (not `full`) at a page whose text goes on past the sample is classified as it
 * is: only a page its opening already flags is asked for the full sample (for the tips and
 * marks further down, and the final verdict). An ordinary page, even one that mentions 贷款
 * or 分期 in passing, is done after its first 2 KB: the full sample is a long message whose
 * cost the page's main thread pays. Everything else is classified.
 */
export function assess(sample: Sample): SampleReply {
  const input = { url: sample.url, title: sample.title, text: sample.text };
  if (!sample.full) return gate(input) && classify(input).kind !== 'none' ? { more: true } : { verdict: null };
  const verdict = classify(input);
  if (verdict.kind === 'none') return { verdict: null };
  return { verdict: sample.truncated && !verdict.truncated ? { ...verdict, truncated: true } : verdict };
}
