/**
 * Visible-text sampling shared by the content script and the Node scan tool (via happy-dom).
 * Walks the DOM by hand (firstChild / nextSibling): no innerText (forces layout on the whole
 * page), no textContent (includes script text), no NodeFilter callback. It keeps, for each text
 * node, where its text starts in the sample, so a match offset maps back to a DOM Range.
 *
 * What is read (see ./furniture.ts): the page's main content when it has one (<main>, role=main,
 * a lone <article>), else the whole page; in either, furniture (navigation, asides, site header
 * and footer, ad-like blocks, comments) and link lists are left out. A page whose content part
 * is too short to judge (a landing page built of banners, an app shell) is read whole.
 *
 * DOM-only (no `browser.*`), so it runs in any DOM implementation.
 */
import { isContent, isFurniture, LINK_LIST_SHARE, mainElement } from './furniture';

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

/** Content shorter than this is not enough to judge a page by: read the page whole instead. */
export const MIN_CONTENT_CHARS = 200;

export interface TextSegment {
  node: Text;
  /** offset of this node's first character in `text` */
  start: number;
}

export interface TextSample {
  text: string;
  segments: TextSegment[];
  /** true when the cap stopped the walk before the end of what it reads */
  truncated: boolean;
}

export interface SampleOptions {
  /** stop after this many characters (the content script's budget) */
  maxChars: number;
  /** an element of our own UI to skip (the shadow host) */
  skip?: Element | null;
  /** is this element (and so its subtree) hidden from a reader? default: defaultIsHidden */
  isHidden?: (el: Element) => boolean;
  /** read every visible text, furniture included (no main-content choice) */
  whole?: boolean;
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

/** One walk's output and the rules it reads by. */
class Reader {
  chunks: string[] = [];
  length = 0;
  segments: TextSegment[] = [];
  truncated = false;
  /** characters of link text read so far (for link lists) */
  linkChars = 0;
  private lastBlock = false;

  constructor(
    private readonly max: number,
    private readonly skip: Element | null,
    private readonly hidden: (el: Element) => boolean,
    /** leave furniture and link lists out */
    private readonly furniture: boolean,
  ) {}

  /** Read `root`'s subtree (not root itself); `inContent`: root is (inside) the main content. */
  read(root: Node, inContent: boolean): void {
    // Per open element: what to undo when the walk leaves it (content depth, link depth, and
    // for blocks where the block's text began, to drop it when it turns out to be a link list).
    const open: { el: Element; content: boolean; link: boolean; block: number[] | null }[] = [];
    let content = inContent ? 1 : 0;
    let links = 0;
    const leave = () => {
      const f = open.pop()!;
      if (f.content) content--;
      if (f.link) links--;
      if (f.block && this.furniture) this.dropIfLinkList(f.block);
    };
    let n: Node | null = root.firstChild;
    while (n && !this.truncated) {
      let entered = false;
      if (n.nodeType === 1) {
        const el = n as Element;
        const tag = el.tagName.toUpperCase();
        if (!SKIP_TAGS.has(tag) && el !== this.skip && !(this.furniture && isFurniture(el, tag, content > 0)) && !this.hidden(el)) {
          entered = true;
          const isBlock = BLOCK_TAGS.has(tag);
          if (isBlock) this.breakLine();
          const f = { el, content: this.furniture && isContent(el, tag), link: tag === 'A', block: isBlock && tag !== 'A' ? [this.length, this.segments.length, this.linkChars, this.chunks.length] : null };
          if (f.content) content++;
          if (f.link) links++;
          open.push(f);
        }
      } else if (n.nodeType === 3) {
        this.add(n as Text, links > 0);
      }
      if (entered && n.firstChild) {
        n = n.firstChild;
        continue;
      }
      if (entered) leave();
      // On to the next node after n's subtree, leaving the elements the walk climbs out of.
      for (;;) {
        const s: Node | null = n.nextSibling;
        if (s) {
          n = s;
          break;
        }
        const p: Node | null = n.parentNode;
        if (!p || p === root) {
          n = null;
          break;
        }
        n = p;
        leave();
      }
    }
    while (open.length) leave(); // stopped at the cap: blocks still open are judged on what was read
  }

  private breakLine(): void {
    if (this.lastBlock || this.length === 0) return;
    this.chunks.push('\n');
    this.length++;
    this.lastBlock = true;
  }

  private add(node: Text, inLink: boolean): void {
    const data = node.data;
    if (!data || !data.trim()) return;
    const room = this.max - this.length;
    if (room <= 0) {
      this.truncated = true;
      return;
    }
    const piece = data.length > room ? data.slice(0, room) : data;
    this.segments.push({ node, start: this.length });
    this.chunks.push(piece);
    this.length += piece.length;
    if (inLink) this.linkChars += piece.length;
    this.lastBlock = false;
    if (data.length > room) this.truncated = true;
  }

  /** A block that is mostly link text (a menu, a "相关文章" list) is taken back out. */
  private dropIfLinkList([start, segs, links, chunks]: number[]): void {
    const chars = this.length - start!;
    const linkChars = this.linkChars - links!;
    if (linkChars === 0 || linkChars < LINK_LIST_SHARE * chars) return;
    this.length = start!;
    this.segments.length = segs!;
    this.chunks.length = chunks!;
    this.linkChars = links!;
    this.lastBlock = this.length > 0 && this.chunks[this.chunks.length - 1] === '\n';
  }

  sample(): TextSample {
    return { text: this.chunks.join(''), segments: this.segments, truncated: this.truncated };
  }
}

export function sampleVisibleText(root: Node, opts: SampleOptions): TextSample {
  const doc = root.ownerDocument ?? (root as Document);
  // A DOM without layout (happy-dom in the scan tool) reports every box as 0×0: sizes are only
  // trusted where the root has a size.
  const hasLayout = (doc.documentElement?.getBoundingClientRect().width ?? 0) > 0;
  const isHidden = opts.isHidden ?? ((el: Element) => defaultIsHidden(el, hasLayout));
  const reader = (furniture: boolean) => new Reader(opts.maxChars, opts.skip ?? null, isHidden, furniture);
  if (opts.whole) {
    const r = reader(false);
    r.read(root, false);
    return r.sample();
  }
  // The main content first: when it has enough text, the rest of the page is furniture.
  const main = root.nodeType === 1 || root.nodeType === 9 ? mainElement(root as Element) : null;
  if (main && visibleUpTo(main, root, isHidden, opts.skip ?? null)) {
    const r = reader(true);
    r.read(main, true);
    if (r.length >= MIN_CONTENT_CHARS || r.truncated) return r.sample();
  }
  // No main element (or too little in it): the whole page without its furniture…
  const r = reader(true);
  r.read(root, false);
  if (r.length >= MIN_CONTENT_CHARS || r.truncated) return r.sample();
  // …and a page that is all furniture (a landing page of banners, an app shell) is read whole.
  const all = reader(false);
  all.read(root, false);
  return all.sample();
}

/** Is `el` readable, it and every ancestor up to `root` (a hidden <main> is no main content)? */
function visibleUpTo(el: Element, root: Node, isHidden: (el: Element) => boolean, skip: Element | null): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    if (e === skip || SKIP_TAGS.has(e.tagName.toUpperCase()) || isHidden(e)) return false;
  }
  return true;
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
