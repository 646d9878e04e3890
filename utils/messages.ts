/**
 * The messages extension contexts send each other. Every receiver validates the shape
 * (isMessage) and the sender (see entrypoints/background) before acting: pages can post
 * anything, so nothing is trusted because of its shape alone.
 */
import type { Verdict } from '../core/types';

export type Message =
  /** content script (detector) → background: the verdict for this frame's page */
  | { type: 'lg:verdict'; verdict: Verdict; url: string }
  /** content script → background: this page is ordinary (or changed to ordinary) */
  | { type: 'lg:clear'; url: string }
  /** popup/options/info page → background: the stored verdict for a tab */
  | { type: 'lg:get-verdict'; tabId: number }
  /** overlay → background: open the details (popup where allowed, else the info page) */
  | { type: 'lg:open-details' };

export type MessageType = Message['type'];

const TYPES: ReadonlySet<string> = new Set<MessageType>([
  'lg:verdict',
  'lg:clear',
  'lg:get-verdict',
  'lg:open-details',
]);

export function isMessage(x: unknown): x is Message {
  return typeof x === 'object' && x !== null && TYPES.has((x as { type?: unknown }).type as string);
}

/** What the background stores per tab (storage.session) and answers the popup with. */
export interface TabVerdict {
  verdict: Verdict;
  url: string;
  at: number;
}
