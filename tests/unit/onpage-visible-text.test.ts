// @vitest-environment happy-dom
/**
 * The visible-text sampler (onpage/sampler.ts) walks without a NodeFilter callback and
 * jumps over skipped subtrees by hand; here it is compared with a plain recursive reading of
 * the same rules on random documents (nesting, skipped tags, hidden elements, our own host,
 * block breaks, the character cap), and checked on a few fixed cases.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { sampleVisibleText, segmentAt } from '../../onpage/sampler';

afterEach(() => {
  document.body.innerHTML = '';
});

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT',
  'HEAD', 'TITLE', 'META', 'LINK', 'SELECT', 'OPTION', 'CODE', 'PRE']);
const BLOCK = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TD', 'TH', 'BR', 'SECTION',
  'ARTICLE', 'HEADER', 'FOOTER', 'BLOCKQUOTE', 'DD', 'DT', 'FIGCAPTION', 'MAIN', 'ASIDE', 'NAV',
  'UL', 'OL', 'TABLE', 'FORM', 'LABEL', 'BUTTON', 'A']);

/** The rules read recursively: what the sampler must produce. */
function reference(root: Node, maxChars: number, skip: Element | null): { text: string; truncated: boolean; starts: number[] } {
  let text = '';
  let lastBlock = false;
  let truncated = false;
  const starts: number[] = [];
  const hidden = (el: Element) =>
    el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' ||
    (el.hasAttribute('style') && ((el as HTMLElement).style.display === 'none' || (el as HTMLElement).style.visibility === 'hidden'));
  const visit = (node: Node): boolean => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        const el = c as Element;
        const tag = el.tagName.toUpperCase();
        if (SKIP.has(tag) || el === skip || hidden(el)) continue;
        if (BLOCK.has(tag) && !lastBlock && text.length > 0) {
          text += '\n';
          lastBlock = true;
        }
        if (!visit(el)) return false;
      } else if (c.nodeType === 3) {
        const data = (c as Text).data;
        if (!data.trim()) continue;
        const room = maxChars - text.length;
        if (room <= 0) return !(truncated = true);
        starts.push(text.length);
        text += data.slice(0, room);
        lastBlock = false;
        if (data.length > room) return !(truncated = true);
      }
    }
    return true;
  };
  visit(root);
  return { text, truncated, starts };
}

const TAGS = ['div', 'p', 'span', 'a', 'b', 'li', 'ul', 'script', 'style', 'code', 'template', 'textarea', 'section', 'em', 'br', 'h2'];
const ATTRS = ['', '', '', ' hidden', ' aria-hidden="true"', ' style="display:none"', ' style="visibility:hidden"', ' style="color:red"', ' id="own"'];
const WORDS = ['借款', '逾期', ' ', '\n', 'hello', '的', '还款通知', '  ', '清晨的湖面'];

/** A random HTML fragment of nested elements and text. */
const fragment: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...WORDS),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.array(tie('node'), { maxLength: 4 }))
      .map(([t, a, kids]) => (t === 'br' ? '<br>' : `<${t}${a}>${(kids as string[]).join('')}</${t}>`)),
  ),
})).node as fc.Arbitrary<string>;

describe('sampleVisibleText', () => {
  test('matches the recursive reading of its rules on random documents', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 6 }), fc.integer({ min: 1, max: 60 }), (parts, maxChars) => {
        document.body.innerHTML = parts.join('');
        const skip = document.getElementById('own');
        const got = sampleVisibleText(document.body, { maxChars, skip, whole: true });
        const want = reference(document.body, maxChars, skip);
        expect(got.text).toBe(want.text);
        expect(got.truncated).toBe(want.truncated);
        expect(got.segments.map((s) => s.start)).toEqual(want.starts);
      }),
      { numRuns: 400 },
    );
  });

  test('skips script, hidden and our own host; breaks between blocks; maps offsets back to nodes', () => {
    document.body.innerHTML =
      '<div><p>第一段</p><script>var secret = 1;</script><p hidden>藏起来</p><div id="own"><p>我们的界面</p></div>' +
      '<p>第二<b>段</b></p><ul><li aria-hidden="true">读屏不读</li><li>第三段</li></ul></div>';
    const s = sampleVisibleText(document.body, { maxChars: 100, skip: document.getElementById('own') });
    expect(s.text).toBe('第一段\n第二段\n第三段');
    expect(s.truncated).toBe(false);
    expect(segmentAt(s.segments, s.text.indexOf('段', 4))!.node.data).toBe('段');
  });

  test('stops at the cap and says so', () => {
    document.body.innerHTML = `<p>${'字'.repeat(50)}</p><p>后面</p>`;
    const s = sampleVisibleText(document.body, { maxChars: 20 });
    expect(s.text).toBe('字'.repeat(20));
    expect(s.truncated).toBe(true);
  });

  test('a skipped element as the last child of a nested tree ends the walk cleanly', () => {
    document.body.innerHTML = '<div><div><p>前文</p><script>x()</script></div></div>';
    expect(sampleVisibleText(document.body, { maxChars: 100 }).text).toBe('前文');
    document.body.innerHTML = '<div><div><script>x()</script></div></div><p>后文</p>';
    expect(sampleVisibleText(document.body, { maxChars: 100 }).text).toBe('后文');
  });
});

describe('hidden by style, not only by attribute', () => {
  test('text hidden through a CSS class (display:none, visibility:hidden, font-size 0) is not read', () => {
    document.head.innerHTML =
      '<style>.gone{display:none}.ghost{visibility:hidden}.tiny{font-size:0}</style>';
    document.body.innerHTML =
      '<main><div class="gone">贷款A</div><div class="ghost">贷款B</div><div class="tiny">贷款C</div><p>湖边散步</p></main>';
    const s = sampleVisibleText(document.body, { maxChars: 1000 });
    expect(s.text).toBe('湖边散步');
    document.head.innerHTML = '';
  });
  test('display: contents keeps its children readable', () => {
    document.body.innerHTML = '<div style="display:contents"><p>湖边散步</p></div>';
    expect(sampleVisibleText(document.body, { maxChars: 1000 }).text).toBe('湖边散步');
  });
});

describe('the main content, not the furniture', () => {
  const ARTICLE = '清晨的湖面上飘着薄雾，沿着步道走一圈大约需要四十分钟。'.repeat(10);

  test('<main> is read; nav, aside, header and footer around it are not', () => {
    document.body.innerHTML =
      `<header>站点</header><nav><a href="/">首页</a></nav><main><h1>游记</h1><p>${ARTICLE}</p></main>` +
      '<aside>急用钱？最高可借20万</aside><footer>版权</footer>';
    const s = sampleVisibleText(document.body, { maxChars: 5000 });
    expect(s.text).toBe(`游记\n${ARTICLE}`);
  });

  test('without landmarks: ad-like, comment and link-list blocks are left out, inline links kept', () => {
    document.body.innerHTML =
      `<div class="content"><p>${ARTICLE}<a href="/x">湖边</a>。</p>` +
      '<div class="ad-slot">停息挂账 专业协商</div>' +
      '<div><h3>相关阅读</h3><ul><li><a href="/1">信用卡逾期三个月会被起诉吗</a></li><li><a href="/2">网贷逾期怎么办</a></li></ul></div>' +
      '<section id="comments"><p>我网贷逾期了</p></section></div><div class="shadow-box">阴影</div>';
    const s = sampleVisibleText(document.body, { maxChars: 5000 });
    expect(s.text).toContain(`${ARTICLE}\n湖边。`); // (a link starts a line: A is a block tag here)
    expect(s.text).toContain('相关阅读'); // the heading is not a link
    expect(s.text).toContain('阴影'); // "shadow" is not an ad
    expect(s.text).not.toMatch(/停息|逾期/);
    for (const seg of s.segments) expect(s.text.startsWith(seg.node.data.slice(0, 5), seg.start)).toBe(true);
  });

  test('a hidden <main> is no main content (a hidden-text flood cannot hide in one)', () => {
    document.head.innerHTML = '<style>.gone{display:none}</style>';
    document.body.innerHTML = `<div class="gone"><main><p>${'贷款'.repeat(200)}</p></main></div><div><p>${ARTICLE}</p></div>`;
    const s = sampleVisibleText(document.body, { maxChars: 5000 });
    expect(s.text).toBe(ARTICLE);
    document.head.innerHTML = '';
  });

  test('a page that is all furniture (a landing page of banners) is read whole', () => {
    document.body.innerHTML = '<header>借款平台</header><div class="banner">最高可借20万 日利率低至0.02%</div><footer>客服</footer>';
    const s = sampleVisibleText(document.body, { maxChars: 5000 });
    expect(s.text).toBe('借款平台\n最高可借20万 日利率低至0.02%\n客服');
  });
});
