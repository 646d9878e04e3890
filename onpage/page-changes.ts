/** What the watcher notices about a page changing: large content changes and same-document URL changes. */
import type { Lifecycle } from './lifecycle';

/** Characters a mutation batch added or removed, counted cheaply and capped. */
export function changedChars(records: readonly MutationRecord[], skip: Element | null, cap: number): number {
  let n = 0;
  const size = (node: Node): number => {
    if (node.nodeType === 3) return (node as Text).data.length;
    if (node.nodeType !== 1) return 0;
    if (skip && (node === skip || skip.contains(node))) return 0;
    const tag = (node as Element).tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'NOSCRIPT') return 0;
    return node.textContent?.length ?? 0;
  };
  for (const r of records) {
    if (skip && (r.target === skip || skip.contains(r.target))) continue;
    if (r.type === 'characterData') {
      n += Math.max(1, Math.abs(((r.target as Text).data?.length ?? 0) - (r.oldValue?.length ?? 0)));
    } else if (r.type === 'childList') {
      for (const a of r.addedNodes) n += size(a);
      for (const a of r.removedNodes) n += size(a);
    }
    if (n >= cap) return n;
  }
  return n;
}

/**
 * Same-document URL changes (single-page apps), through the Navigation API's `navigate` event
 * (the browser fires it, not the page's DOM); browsers without it are polled once a second.
 */
export function onUrlChange(win: Window & typeof globalThis, life: Lifecycle, handler: () => void): void {
  let last = win.location.href;
  const nav = (win as { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    nav.addEventListener(
      'navigate',
      (ev) => {
        if (!ev.isTrusted) return;
        const to = (ev as Event & { destination?: { url?: string } }).destination?.url;
        if (typeof to !== 'string' || to === last) return;
        last = to;
        handler();
      },
      { signal: life.signal },
    );
    return;
  }
  const poll = () => {
    if (win.location.href !== last) {
      last = win.location.href;
      handler();
    }
    life.setTimeout(poll, 1_000);
  };
  life.setTimeout(poll, 1_000);
}
