/**
 * Hostile and unusual pages: a Preact app that re-renders its text, a strict-CSP page, a loan
 * page inside an iframe, a 5 MB page, a page that posts fake messages at the extension.
 * Nothing may crash, log errors, show a false overlay, or touch the page's text.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foreignRequests, htmlPage, launchBrowser, startServer, unexpectedErrors, waitFor, type ExtBrowser, type TestServer } from './harness';
import {
  HOST_TAG_RE, highlightSize, highlightTexts, inIsolatedWorld, overlayInfo, seeds, textSnapshot, waitForDetector, waitForOverlay,
} from './onpage-helpers';

let server: TestServer;
let b: ExtBrowser;
const seed = seeds()[4]!; // 借呗/花呗 逾期 … 微信余额划扣: deductions and credit-record claims
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

beforeAll(async () => {
  server = await startServer({ '/vendor/': 'node_modules/preact/dist' });
  b = await launchBrowser();
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('a Preact app that re-renders its text every 300 ms', () => {
  test('keeps working (no page errors), and the marks follow the new text nodes', async () => {
    const paras = seed.text.split(/\n+/).filter((l) => l.trim());
    const page = await b.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(
      server.page(
        '/app.html',
        `<!doctype html><html><head><meta charset="utf-8"><title>${esc(seed.title)}</title>
<script src="/vendor/preact.umd.js"></script></head><body><div id="root"></div>
<script>
const { h, render } = preact;
const paras = ${JSON.stringify(paras).replace(/</g, '\\u003c')};
let tick = 0;
function App({ tick }) {
  // key={tick}: every render replaces the whole subtree, so every text node is new.
  return h('main', { key: tick }, h('p', { id: 'tick' }, 'render ' + tick), paras.map((p, i) => h('p', { key: i }, p)));
}
function draw() { render(h(App, { tick: tick++ }), document.getElementById('root')); }
draw();
setInterval(draw, 300);
</script></body></html>`,
      ),
    );
    const info = await waitForOverlay(b, page);
    expect(info.kind).toBe('overdue');

    // Several re-renders later: the app still ticks, and the marks sit on live text nodes again.
    const t0 = await page.evaluate(() => Number(document.getElementById('tick')!.textContent!.split(' ')[1]));
    const tick = () => page.evaluate(() => Number(document.getElementById('tick')!.textContent!.split(' ')[1]));
    await waitFor(async () => ((await tick()) > t0 + 3 ? true : null), 'the app to re-render several times');
    const live = await waitFor(
      () =>
        page.evaluate(() => {
          const ranges: Range[] = [];
          (CSS as unknown as { highlights: Map<string, Set<Range> & { priority: number }> }).highlights.forEach((h) => {
            if (h.priority === 0) ranges.push(...h);
          });
          if (ranges.length === 0) return 0;
          const root = document.getElementById('root')!;
          return ranges.every((r) => r.startContainer.isConnected && root.contains(r.startContainer) && r.toString().length > 0)
            ? ranges.length
            : 0;
        }),
      'marks on the current render',
    );
    expect(live).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    // The app's own DOM: exactly what Preact rendered, plus our single host next to it.
    const children = await page.evaluate(() => [...document.body.children].map((c) => c.tagName.toLowerCase()).filter((t) => t !== 'script'));
    expect(children.length).toBe(2);
    expect(children[0]).toBe('div');
    expect(children[1]).toMatch(HOST_TAG_RE);
    await page.close();
  });
});

describe('a page with a strict CSP (response header)', () => {
  test('still shows a styled banner and marks, with no CSP errors', async () => {
    const csp = "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'";
    const page = await b.context.newPage();
    await page.goto(server.page('/csp.html', htmlPage(seed.title, seed.text), { 'Content-Security-Policy': csp }));
    const info = await waitForOverlay(b, page);
    expect(info.kind).toBe('overdue');
    const style = await inIsolatedWorld(b, page, () => {
      const root = (globalThis as unknown as Record<symbol, { shadow: ShadowRoot }>)[Symbol.for('loan-guard.page')]!.shadow;
      const cs = getComputedStyle(root.querySelector('.banner')!);
      return { position: cs.position, border: cs.borderLeftWidth, radius: cs.borderTopLeftRadius, sized: parseFloat(cs.width) >= 200 };
    });
    expect(style).toEqual({ position: 'fixed', border: '4px', radius: '10px', sized: true }); // the compact note
    // The ::highlight rule reached the document (adoptedStyleSheets), despite style-src 'none'.
    const hl = await page.evaluate(() => {
      let name = '';
      let r: Range | undefined;
      (CSS as unknown as { highlights: Map<string, Set<Range> & { priority: number }> }).highlights.forEach((h, n) => {
        if (!r && h.priority === 0) [r, name] = [[...h][0], n];
      });
      const el = r!.startContainer.parentElement!;
      return { sheets: document.adoptedStyleSheets.length, color: getComputedStyle(el, `::highlight(${name})`).backgroundColor };
    });
    expect(hl.sheets).toBe(1);
    expect(hl.color).not.toBe('rgba(0, 0, 0, 0)');
    expect(await highlightSize(page)).toBe(info.marks);
    await page.close();
  });

  test('page CSS cannot reach into the overlay or hide the host', async () => {
    const hostile = `<style>* { font-size: 40px !important; color: red !important; display: inline !important; }
      body > :not(main) { display: none !important; visibility: hidden !important; } section, button { all: unset !important; }
      html { font-size: 5px; }</style>`;
    const page = await b.context.newPage();
    await page.goto(server.page('/hostile-css.html', htmlPage(seed.title, seed.text, hostile)));
    await waitForOverlay(b, page);
    const got = await inIsolatedWorld(b, page, () => {
      const s = (globalThis as unknown as Record<symbol, { host: Element; shadow: ShadowRoot }>)[Symbol.for('loan-guard.page')]!;
      const host = s.host;
      const banner = s.shadow.querySelector('.banner')!;
      const h2 = banner.querySelector('h2')!;
      const r = banner.getBoundingClientRect();
      return { host: getComputedStyle(host).display, size: getComputedStyle(h2).fontSize, sized: r.width >= 200, visible: r.width > 0 && r.height > 0 };
    });
    expect(got).toEqual({ host: 'block', size: '14px', sized: true, visible: true }); // the compact note's one line
    await page.close();
  });
});

describe('a loan page inside an iframe', () => {
  test('the frame gets its own overlay and marks, the top page none; the badge shows', async () => {
    server.page('/inner.html', htmlPage(seed.title, seed.text));
    const outer = htmlPage('旅行笔记', '周末去了湖边散步，天气很好。\n我们拍了很多照片。').replace(
      '</main>',
      '<iframe src="/inner.html" title="inner" style="width:900px;height:700px;border:0"></iframe></main>',
    );
    const page = await b.context.newPage();
    await page.goto(server.page('/outer.html', outer));
    const frame = (await waitFor(() => page.frames().find((f) => f.url().endsWith('/inner.html')), 'the iframe'))!;
    const inner = (await waitFor(async () => {
      const i = await overlayInfo(b, frame);
      return i.banner && i.marks > 0 ? i : null;
    }, 'the overlay in the iframe'))!;
    expect(inner.kind).toBe('overdue');
    expect(await highlightSize(frame)).toBe(inner.marks);
    const top = await overlayInfo(b, page);
    expect(top.hosts).toBe(0);
    expect(await highlightSize(page)).toBe(0);
    const tabId = await b.tabIdOf(page);
    await waitFor(async () => ['!'].includes(await b.badgeText(tabId)), 'the badge for the framed page');
    await page.close();
  });
});

describe('a 5 MB page', () => {
  test('is read within the text budget, flagged from its opening, with no errors', async () => {
    const filler = '今天的天气很好，我们去公园散步，看到湖边有很多人在钓鱼，孩子们在草地上放风筝。\n';
    const big = seed.text + '\n' + filler.repeat(Math.ceil((5 * 1024 * 1024) / (filler.length * 3)));
    const html = htmlPage(seed.title, big);
    expect(html.length * 3).toBeGreaterThan(5 * 1024 * 1024 * 0.99); // ~5 MB of UTF-8
    const page = await b.context.newPage();
    await page.goto(server.page('/big.html', html), { timeout: 60_000 });
    const info = await waitForOverlay(b, page, 'the overlay on the 5 MB page', 30_000);
    expect(info.kind).toBe('overdue');
    const tabId = await b.tabIdOf(page);
    const [top] = await waitForDetector(b, tabId);
    expect(top!.truncated).toBe(true);
    expect(top!.sampleChars).toBeLessThanOrEqual(100_000);
    expect(top!.sampleChars).toBeGreaterThan(50_000);
    await page.close();
  });
});

describe('a page that posts fake messages at the extension', () => {
  test('is ignored: no overlay, no badge, no errors', async () => {
    const fake = JSON.stringify({
      type: 'lg:verdict',
      url: 'http://evil.invalid/',
      verdict: { kind: 'scam', level: 'high', score: 99, reasons: ['x'], tips: [{ id: 'upfront-fee', start: 0, end: 4, text: '<img src=x onerror=alert(1)>' }], jurisdiction: 'cn' },
      overlay: false,
    });
    const script = `<script>
const fake = ${fake};
for (let i = 0; i < 20; i++) {
  window.postMessage(fake, '*');
  window.postMessage({ type: 'lg:open-details' }, '*');
  window.postMessage({ type: 'lg:get-verdict', tabId: 1 }, '*');
  document.dispatchEvent(new CustomEvent('lg:verdict', { detail: fake }));
  window.dispatchEvent(new CustomEvent('wxt:locationchange', { detail: fake }));
  window.dispatchEvent(new MessageEvent('message', { data: fake }));
}
window.__loanGuard = { verdict: fake.verdict, listeners: new Set(), rev: 99 };
</script>`;
    const page = await b.context.newPage();
    await page.goto(server.page('/fake.html', htmlPage('A walk in the park', 'Trees, a lake and some ducks.\nWe had tea.', script)));
    const tabId = await b.tabIdOf(page);
    const [top] = await waitForDetector(b, tabId);
    expect(top!.kind).toBeNull();
    await page.waitForTimeout(500);
    expect((await overlayInfo(b, page)).hosts).toBe(0);
    expect(await highlightTexts(page)).toEqual([]);
    expect(await b.badgeText(tabId)).toBe('');
    await page.close();
  });
});

describe('hygiene', () => {
  test('page text untouched on a flagged page; no foreign requests; no errors', async () => {
    const page = await b.context.newPage();
    await page.goto(server.page('/again.html', htmlPage(seed.title, seed.text)));
    const before = await textSnapshot(page);
    await waitForOverlay(b, page);
    expect(await textSnapshot(page)).toEqual(before);
    await page.close();
    expect(foreignRequests(b.requests)).toEqual([]);
    expect(unexpectedErrors(b.errors)).toEqual([]);
  });
});
