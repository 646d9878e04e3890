/**
 * Extension pages and the overlay in Firefox ESR at phone size (390×844, as on a common phone;
 * Firefox for Android shows extension pages in a tab): every page of the built extension
 * (popup, options, welcome, toolkit once it is built) renders, fits the width with no sideways
 * scrolling, and has no errors; the popup shows a flagged tab's verdict; on an overdue article
 * (the project's demo page) the overlay fits the screen and a tap on a marked claim opens its
 * tip card. Screenshots for
 * the README go to docs/screenshots/firefox/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, foreignRequests, startServer, unexpectedErrors, waitFor, type TestServer } from '../harness';
import { firefoxExtensionDir, launchFirefox, type Firefox } from './harness';

const PHONE = { width: 390, height: 844 };
const SHOTS = path.join(ROOT, 'docs/screenshots/firefox');

let server: TestServer;
let f: Firefox;

beforeAll(async () => {
  server = await startServer({ '/demo/': 'demo' });
  f = await launchFirefox();
  fs.mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await f?.close();
  await server?.close();
});

/** The HTML pages the build ships (not Firefox's generated background page). */
const extensionPages = () =>
  fs.readdirSync(firefoxExtensionDir()).filter((n) => n.endsWith('.html') && !n.startsWith('_'));

/** Wider than the screen: something forces sideways scrolling. */
const overflow = (page: Page) =>
  page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    view: window.innerWidth,
    culprits: [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`),
  }));

describe('extension pages at phone width', () => {
  test('the build has the expected pages', () => {
    expect(extensionPages()).toEqual(expect.arrayContaining(['popup.html', 'options.html']));
  });

  for (const name of extensionPages()) {
    test(`${name} renders at 390 px with no sideways scrolling`, async () => {
      const page = await f.openExtensionPage(name, PHONE);
      const text = (await waitFor(async () => {
        const t = await page.evaluate(() => document.body.innerText.trim());
        return t.length > 40 ? t : null;
      }, `${name} to render`))!;
      expect(text).toMatch(/[\u4e00-\u9fffA-Za-z]/);
      const o = await overflow(page);
      expect(o.culprits, `${name}: ${JSON.stringify(o)}`).toEqual([]);
      expect(o.scroll).toBeLessThanOrEqual(o.view);
      await page.screenshot({ path: path.join(SHOTS, `${name.replace('.html', '')}-390.png`) });
      await page.close();
    });
  }
});

describe('the overlay and the popup on an overdue article, at phone size', () => {
  test('overlay fits, a tap opens a tip card; the popup shows the verdict', async () => {
    await f.setSettings({ language: 'zh-CN' });
    // The project's own demo article (screenshots must not carry corpus text).
    const page = await f.newPage(server.url('/demo/overdue.html'), PHONE);
    const o = (await waitFor(async () => {
      const v = await f.overlay(page);
      return v.hosts && v.text ? v : null;
    }, 'the overlay', 20_000))!;
    expect(o.right).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: path.join(SHOTS, 'overlay-390.png') });

    const at = await page.evaluate(() => {
      const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const r = [...[...reg.values()][0]!][0]!;
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const box = r.getClientRects()[0]!;
      return { x: box.left + Math.min(4, box.width / 2), y: box.top + box.height / 2 };
    });
    await page.touchscreen.tap(at.x, at.y);
    const card = (await waitFor(async () => {
      const v = await f.overlay(page);
      return v.card ? v : null;
    }, 'a tip card on tap'))!;
    expect(card.card.length).toBeGreaterThan(20);
    expect(card.right).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: path.join(SHOTS, 'overlay-tip-390.png') });

    const tabId = await f.tabIdOf(page);
    const popup = await f.openExtensionPage(`popup.html?tab=${tabId}`, PHONE);
    const verdict = await waitFor(async () => {
      const t = await popup.evaluate(() => document.body.innerText);
      return /逾期|催收/.test(t) ? t : null;
    }, 'the verdict in the popup');
    expect(verdict).toBeTruthy();
    expect((await overflow(popup)).culprits).toEqual([]);
    await popup.screenshot({ path: path.join(SHOTS, 'popup-verdict-390.png') });
    await popup.close();
    await page.close();
  });
});

describe('hygiene', () => {
  test('no request beyond 127.0.0.1, no errors', async () => {
    expect(foreignRequests(f.requests)).toEqual([]);
    expect(unexpectedErrors(f.errors)).toEqual([]);
    expect(await f.extensionErrors()).toEqual([]);
  });
});
