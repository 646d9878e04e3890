/**
 * The demo site `npm start` opens, checked in the real browser: each sample page gets the
 * class it was written for (the ordinary page gets nothing), and screenshots for the README
 * are taken of the overlay and the popup (with a CJK font installed, Chinese renders).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  foreignRequests, launchBrowser, overlayText, screenshotPath, shadowHostCount, startServer,
  unexpectedErrors, waitFor, type ExtBrowser, type TestServer,
} from './harness';

let server: TestServer;
let b: ExtBrowser;

beforeAll(async () => {
  server = await startServer({ '/': 'demo' });
  b = await launchBrowser({ viewport: { width: 1100, height: 760 } });
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('demo pages', () => {
  test.each([
    ['overdue.html', 'overdue'],
    ['debt-relief.html', 'scam'],
    ['lender.html', 'lender'],
  ])('%s shows the overlay and a badge', async (file, _kind) => {
    const page = await b.context.newPage();
    await page.goto(server.url(`/${file}`));
    await waitFor(() => shadowHostCount(page), `overlay on ${file}`);
    const tabId = await b.tabIdOf(page);
    expect(await waitFor(() => b.badgeText(tabId), `badge on ${file}`)).not.toBe('');
    expect((await overlayText(b, page)).length).toBeGreaterThan(10);
    await page.waitForTimeout(400); // let the banner's entrance settle before the picture
    await page.screenshot({ path: screenshotPath(`overlay-${file.replace('.html', '')}.png`) });
    await page.close();
  });

  test('the ordinary page gets no overlay and no badge', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url('/ordinary.html'));
    await page.waitForTimeout(2500); // the detector works at idle time; give it ample time to (not) act
    expect(await shadowHostCount(page)).toBe(0);
    const tabId = await b.tabIdOf(page);
    expect(await b.badgeText(tabId)).toBe('');
    await page.close();
  });

  test('popup screenshot on a flagged tab', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url('/overdue.html'));
    await waitFor(() => shadowHostCount(page), 'overlay');
    const tabId = await b.tabIdOf(page);
    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 400, height: 700 });
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('#app > *');
    await popup.waitForTimeout(300);
    await popup.screenshot({ path: screenshotPath('popup.png') });
    await popup.close();
    await page.close();
  });

  test('nothing left 127.0.0.1 and no errors were logged', () => {
    expect(foreignRequests(b.requests)).toEqual([]);
    expect(unexpectedErrors(b.errors)).toEqual([]);
  });
});
