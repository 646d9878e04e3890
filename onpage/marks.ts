/**
 * Inline marks with the CSS Custom Highlight API: page text is never wrapped or edited (React
 * and friends crash when their text nodes move — facebook/react#11538). Ranges are built from
 * the detector's text sample (offset → text node) and checked against the live text, so a
 * re-rendered page never gets a mark on the wrong words.
 *
 * The `::highlight()` rule must live in the DOCUMENT's styles (it styles page text). It goes
 * into `document.adoptedStyleSheets` — a constructed sheet, appended, never replacing the
 * page's own — which page CSP (style-src) does not block and which adds no node to the page.
 */
import type { Tip } from '../core/types';
import { segmentAt, type TextSample } from './sampler';

/**
 * Highlight names are per load and random: a page can see that some highlight is painted (it
 * shares the document's registry), but no fixed name tells it whose.
 */
function randomName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `h${[...bytes].map((b) => b.toString(36).padStart(2, '0')).join('')}`;
}
export const HIGHLIGHT_NAME = randomName();
export const HIGHLIGHT_ACTIVE = randomName();

export function supportsHighlights(): boolean {
  return (
    typeof CSS !== 'undefined' &&
    'highlights' in CSS &&
    typeof (globalThis as { Highlight?: unknown }).Highlight === 'function'
  );
}

/** The text `r` covers, without the line breaks the sampler puts between blocks. */
function squash(s: string): string {
  return s.replace(/\s+/g, '');
}

/**
 * A DOM Range for the sample offsets [start, end), or null when the text there is no longer
 * what the tip says (stale: the page changed since it was sampled).
 */
export function rangeForTip(doc: Document, sample: TextSample, tip: Pick<Tip, 'start' | 'end' | 'text'>): Range | null {
  const { segments } = sample;
  if (tip.end <= tip.start || segments.length === 0) return null;
  let si = segments.indexOf(segmentAt(segments, tip.start)!);
  if (si < 0) return null;
  let s = segments[si]!;
  let startOff = tip.start - s.start;
  // The start may fall on a line break the sampler inserted between blocks: move to the next node.
  while (startOff >= s.node.data.length) {
    si++;
    const next = segments[si];
    if (!next || next.start >= tip.end) return null;
    s = next;
    startOff = 0;
  }
  const e = segmentAt(segments, tip.end - 1);
  if (!e) return null;
  const endOff = Math.min(tip.end - e.start, e.node.data.length);
  if (!s.node.isConnected || !e.node.isConnected) return null;
  const r = doc.createRange();
  try {
    r.setStart(s.node, startOff);
    r.setEnd(e.node, endOff);
  } catch {
    return null; // offsets beyond the node's current length: it changed
  }
  if (squash(r.toString()) !== squash(tip.text)) return null;
  return r;
}

export interface Mark {
  tip: Tip;
  range: Range;
}

/** Ranges for every tip that still matches the live page. */
export function buildMarks(doc: Document, sample: TextSample, tips: readonly Tip[]): Mark[] {
  const out: Mark[] = [];
  for (const tip of tips) {
    const range = rangeForTip(doc, sample, tip);
    if (range) out.push({ tip, range });
  }
  return out;
}

/** Is any mark's text gone from the page (re-render, removal)? */
export function marksStale(marks: readonly Mark[]): boolean {
  return marks.some(
    (m) => m.range.collapsed || !m.range.startContainer.isConnected || squash(m.range.toString()) !== squash(m.tip.text),
  );
}

type HighlightCtor = new (...ranges: AbstractRange[]) => { priority: number; size: number };
type Registry = Map<string, unknown>;

function registry(): Registry | null {
  return supportsHighlights() ? ((CSS as unknown as { highlights: Registry }).highlights) : null;
}

/** Show `marks` (and optionally one active mark more strongly). Replaces what was there. */
export function paintMarks(marks: readonly Mark[], active?: Mark | null): number {
  const reg = registry();
  if (!reg) return 0;
  const H = (globalThis as unknown as { Highlight: HighlightCtor }).Highlight;
  if (marks.length === 0) reg.delete(HIGHLIGHT_NAME);
  else reg.set(HIGHLIGHT_NAME, new H(...marks.map((m) => m.range)));
  if (active) {
    const h = new H(active.range);
    h.priority = 1;
    reg.set(HIGHLIGHT_ACTIVE, h);
  } else reg.delete(HIGHLIGHT_ACTIVE);
  return marks.length;
}

export function clearMarks(): void {
  const reg = registry();
  reg?.delete(HIGHLIGHT_NAME);
  reg?.delete(HIGHLIGHT_ACTIVE);
}

const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(250, 204, 21, 0.38); text-decoration: underline dotted rgba(180, 83, 9, 0.9); }
::highlight(${HIGHLIGHT_ACTIVE}) { background-color: rgba(250, 204, 21, 0.75); color: #1f1300; }
@media (prefers-color-scheme: dark) {
  ::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(250, 204, 21, 0.28); text-decoration: underline dotted rgba(253, 224, 71, 0.9); }
  ::highlight(${HIGHLIGHT_ACTIVE}) { background-color: rgba(250, 204, 21, 0.55); color: inherit; }
}`;

let sheet: CSSStyleSheet | null = null;

/** Add our ::highlight rules to the document (idempotent; re-adds them if the page dropped them). */
export function ensureHighlightStyles(doc: Document = document): boolean {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
    }
    const list = doc.adoptedStyleSheets;
    if (!list.includes(sheet)) doc.adoptedStyleSheets = [...list, sheet];
    return true;
  } catch {
    return false; // no constructable stylesheets: marks fall back to the list in the overlay
  }
}

export function removeHighlightStyles(doc: Document = document): void {
  if (!sheet) return;
  try {
    const list = doc.adoptedStyleSheets;
    if (list.includes(sheet)) doc.adoptedStyleSheets = list.filter((s) => s !== sheet);
  } catch {
    /* nothing to undo */
  }
}

/** The mark under the point (viewport coordinates), with a few px of slack. */
export function markAt(marks: readonly Mark[], x: number, y: number, slack = 3): Mark | null {
  for (const m of marks) {
    const rects = m.range.getClientRects();
    for (let i = 0; i < rects.length; i++) {
      const r = rects[i]!;
      if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return m;
    }
  }
  return null;
}
