/**
 * What a reader came for, and what is only the page's furniture around it. A recipe with one
 * sidebar loan ad, a 停息挂账 banner or three "相关文章" links about overdue debt is still a
 * recipe: the sampler reads the main content (<main>, role=main, a lone <article>) and leaves
 * out navigation, asides, site headers and footers, ad-like blocks, comment threads and blocks
 * whose text is mostly links. Tested on page shells in tests/fixtures/shells.ts.
 *
 * Cheap by construction: one tag lookup per element, one attribute read for role, and a regular
 * expression only on elements that have a class or id. Pure DOM reads, no style or layout.
 */

/** Elements that are furniture wherever they are. */
const FURNITURE_TAGS: ReadonlySet<string> = new Set(['NAV', 'ASIDE', 'MENU']);
/** Site header and footer: furniture outside an article or the main content, part of it inside. */
const SITE_TAGS: ReadonlySet<string> = new Set(['HEADER', 'FOOTER']);
/** Landmark roles that are not the content (ARIA: navigation, complementary, banner, contentinfo…). */
const FURNITURE_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'complementary', 'banner', 'contentinfo', 'search', 'menu', 'menubar', 'dialog', 'alertdialog',
]);
/** Elements that hold the content a reader came for. */
export const CONTENT_TAGS: ReadonlySet<string> = new Set(['MAIN', 'ARTICLE']);

/**
 * Class or id words of ad slots, sidebars, link blocks and comment threads, as whole words
 * (ad-slot, top_ads, sidebar, related-posts, comment-list) or the Chinese words for them.
 * "ad" must stand alone: head, shadow and loading are not ads.
 */
const FURNITURE_NAME =
  /(?:^|[^a-z])(?:ads?|adv|advert\w*|adsbygoogle|banner|sponsor\w*|promo\w*|sidebar|sidenav|nav|navbar|menu|breadcrumbs?|related|recommend\w*|comments?|replies|footer)(?:[^a-z]|$)|广告|推广|相关|评论|猜你喜欢/i;

/** A block whose text is at least this share of link text is a link list (menus, "相关文章"). */
export const LINK_LIST_SHARE = 0.7;

/** Is this element furniture? `inContent`: inside an article or the main content already. */
export function isFurniture(el: Element, tag: string, inContent: boolean): boolean {
  if (FURNITURE_TAGS.has(tag)) return true;
  if (SITE_TAGS.has(tag)) return !inContent;
  const role = el.getAttribute('role');
  if (role !== null && FURNITURE_ROLES.has(role)) return true;
  const id = el.id;
  const cls = el.getAttribute('class');
  if (!id && !cls) return false;
  return FURNITURE_NAME.test(id ? (cls ? `${id} ${cls}` : id) : cls!);
}

/** Does this element hold the page's main content? */
export function isContent(el: Element, tag: string): boolean {
  return CONTENT_TAGS.has(tag) || el.getAttribute('role') === 'main';
}

/**
 * The element that holds the page's main content, if the page says so: <main> or role=main,
 * else a lone <article> (a page with several articles is a feed: no single one is the content).
 */
export function mainElement(root: Element | Document): Element | null {
  const main = root.querySelector('main, [role="main"]');
  if (main) return main;
  const articles = root.getElementsByTagName('article');
  return articles.length === 1 ? articles[0]! : null;
}
