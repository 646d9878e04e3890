/** Per-tab rate limit on opening details (pure bookkeeping): a page cannot open tabs in a loop. */

/** At most one details tab per tab in this long, whatever asks. */
export const DETAILS_GAP_MS = 3_000;
const lastOpened = new Map<number, number>();

/** Per-tab rate limit (pure bookkeeping, exported for tests): may tab `tabId` open one now? */
export function mayOpen(tabId: number, now: number, last: Map<number, number> = lastOpened): boolean {
  const prev = last.get(tabId);
  if (prev !== undefined && now - prev < DETAILS_GAP_MS) return false;
  last.set(tabId, now);
  if (last.size > 1_000) last.delete(last.keys().next().value as number);
  return true;
}
