/**
 * Visible-text sampling shared by the content script and the Node scan tool (via happy-dom).
 * Uses a TreeWalker over text nodes: no innerText (forces layout on the whole page) and no
 * textContent (includes script text). It keeps, for each text node, where its text starts in
 * the sample, so a match offset maps back to a DOM Range.
 *
 * DOM-only (no `browser.*`), so it runs in any DOM implementation.
 */

/** Elements whose text a reader never sees. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT',
  'HEAD', 'TITLE', 'META', 'LINK', 'SELECT', 'OPTION', 'CODE', 'PRE',
]);

/** Block-level tags after which we insert a line break, so words from two blocks do not fuse. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TD', 'TH', 'BR', 'SECTION',
  'ARTICLE', 'HEADER', 'FOOTER', 'BLOCKQUOTE', 'DD', 'DT', 'FIGCAPTION', 'MAIN', 'ASIDE', 'NAV',
  'UL', 'OL', 'TABLE', 'FORM', 'LABEL', 'BUTTON', 'A',
]);

export interface TextSegment {
  node: Text;
  /** offset of this node's first character in `text` */
  start: number;
}

export interface TextSample {
  text: string;
  segments: TextSegment[];
  /** true when the cap stopped the walk before the end of the document */
  truncated: boolean;
}

export interface SampleOptions {
  /** stop after this many characters (the content script's budget) */
  maxChars: number;
  /** an element of our own UI to skip (the shadow host) */
  skip?: Element | null;
  /** is this element (and so its subtree) hidden from a reader? default: defaultIsHidden */
  isHidden?: (el: Element) => boolean;
}

/**
 * Text a reader cannot see is not read: hidden by attribute (hidden, aria-hidden), by style
 * from any source (display:none, visibility:hidden, font-size 0 — a page can hide kilobytes of
 * cue words behind a CSS class to flood the sample), or clipped to nothing (a zero-size box
 * that hides its overflow). Computed style is read per element the walk reaches (a hidden
 * element's subtree is skipped whole); layout is read only for boxes that clip.
 */
function defaultIsHidden(el: Element, hasLayout: boolean): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const view = el.ownerDocument.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return false;
  const cs = view.getComputedStyle(el);
  if (cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse') return true;
  if (cs.display === 'contents') return false; // no box of its own; its children decide
  if (cs.fontSize === '0px') return true;
  if (hasLayout && cs.overflow && cs.overflow !== 'visible') {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return true;
  }
  return false;
}

export function sampleVisibleText(root: Node, opts: SampleOptions): TextSample {
  const doc = root.ownerDocument ?? (root as Document);
  // A DOM without layout (happy-dom in the scan tool) reports every box as 0×0: sizes are only
  // trusted where the root has a size.
  const hasLayout = (doc.documentElement?.getBoundingClientRect().width ?? 0) > 0;
  const isHidden = opts.isHidden ?? ((el: Element) => defaultIsHidden(el, hasLayout));
  const segments: TextSegment[] = [];
  let text = '';
  let truncated = false;
  // No NodeFilter callback: the browser would call into JS for every node it visits. The walk
  // decides per element itself and jumps over a skipped element's subtree (nextSibling, else
  // up and on). NodeFilter constants by value: not every DOM implementation exposes them.
  const SHOW_ELEMENT = 0x1;
  const SHOW_TEXT = 0x4;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  /** The next node after the current one's subtree, or null at the end of root. */
  const skipSubtree = (): Node | null => {
    for (;;) {
      const next = walker.nextSibling();
      if (next) return next;
      if (!walker.parentNode()) return null; // back at root: nothing after it
    }
  };
  let lastBlock = false;
  let n = walker.nextNode();
  while (n) {
    if (n.nodeType === 1) {
      const el = n as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag) || el === opts.skip || isHidden(el)) {
        n = skipSubtree();
        continue;
      }
      if (BLOCK_TAGS.has(tag) && !lastBlock && text.length > 0) {
        text += '\n';
        lastBlock = true;
      }
      n = walker.nextNode();
      continue;
    }
    const data = (n as Text).data;
    if (data && data.trim()) {
      const room = opts.maxChars - text.length;
      if (room <= 0) {
        truncated = true;
        break;
      }
      segments.push({ node: n as Text, start: text.length });
      text += data.length > room ? data.slice(0, room) : data;
      lastBlock = false;
      if (data.length > room) {
        truncated = true;
        break;
      }
    }
    n = walker.nextNode();
  }
  return { text, segments, truncated };
}

/** Find the segment holding text offset `pos` (binary search; segments are in order). */
export function segmentAt(segments: readonly TextSegment[], pos: number): TextSegment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  let found: TextSegment | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (s.start <= pos) {
      found = s;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
