/**
 * A single-page app that changes its URL with history.pushState and swaps its content, in
 * Chromium with the built extension: the detector re-checks after each same-document
 * navigation — an ordinary view that becomes an overdue article gets the overlay and the
 * badge; navigating on to an ordinary view drops the verdict, the marks and the badge.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  closeBrowser, foreignRequests, htmlPage, openBrowser, unexpectedErrors, waitFor, type ExtBrowser, type TestServer,
} from './harness';
import { detectorState, highlightSize, seeds, waitForDetector, waitForOverlay } from './onpage-helpers';

let server: TestServer;
let b: ExtBrowser;

beforeAll(async () => ({ server, b } = await openBrowser()));
afterAll(() => closeBrowser(b, server));

const PROSE = '清晨的湖面上飘着薄雾，沿着步道走一圈大约需要四十分钟。路边的银杏叶开始变黄，几位老人在亭子里下棋。';

/** What the app's router does: a new URL in the address bar, new text in the page. */
async function navigate(page: import('playwright-core').Page, path: string, title: string, text: string): Promise<void> {
  await page.evaluate(
    ([p, t, x]) => {
      history.pushState({}, '', p);
      document.title = t!;
      const main = document.querySelector('main')!;
      main.replaceChildren(...x!.split('\n').filter((l) => l.trim()).map((l) => Object.assign(document.createElement('p'), { textContent: l })));
    },
    [path, title, text],
  );
}

describe('single-page app', () => {
  test('a pushState navigation to an overdue article is flagged; on to an ordinary view, everything goes', async () => {
    const seed = seeds()[0]!;
    const page = await b.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(server.page('/spa/home', htmlPage('湖边的一天', PROSE.repeat(20))));
    const tabId = await b.tabIdOf(page);
    const [first] = await waitForDetector(b, tabId);
    expect(first!.kind).toBeNull();

    await navigate(page, '/spa/article', seed.title, seed.text);
    const info = await waitForOverlay(b, page, 'the overlay after pushState');
    expect(info.kind).toBe('overdue');
    await waitFor(async () => ((await b.badgeText(tabId)) !== '' ? true : null), 'the badge after pushState');

    await navigate(page, '/spa/walks', '湖边的第二天', PROSE.repeat(20));
    await waitFor(async () => ((await detectorState(b, tabId))[0]!.kind === null ? true : null), 'the verdict to clear');
    await waitFor(async () => ((await b.badgeText(tabId)) === '' ? true : null), 'the badge to clear');
    // the overlay takes its marks down in its own next render
    await waitFor(async () => ((await highlightSize(page)) === 0 ? true : null), 'the marks to go');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('no request beyond 127.0.0.1 and no errors', () => {
    expect(foreignRequests(b.requests)).toEqual([]);
    expect(unexpectedErrors(b.errors)).toEqual([]);
  });
});
