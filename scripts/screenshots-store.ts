/**
 * `npm run screenshots:store`: the store screenshots (1280×800, zh-CN and en) rendered from the
 * built Firefox extension in Firefox ESR — the same pictures serve AMO and the Chrome Web Store.
 * The page under the overlay is the project's demo article (demo/overdue.html), never corpus
 * text. Needs `npm run build:firefox` first. Writes docs/store/screenshots/<locale>-<n>-<what>.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT, startServer, waitFor } from '../tests/browser/harness';
import { launchFirefox, type Firefox } from '../tests/browser/firefox/harness';

const SIZE = { width: 1280, height: 800 };
const OUT = path.join(ROOT, 'docs/store/screenshots');
const LOCALES = [
  { locale: 'zh-CN', details: '详情' },
  { locale: 'en', details: 'Details' },
] as const;

async function settled(page: Page, what: string): Promise<void> {
  await waitFor(() => page.evaluate(() => document.body.innerText.trim().length > 40), what);
  // Let entrance transitions finish before the picture.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null))));
}

async function shoot(f: Firefox, url: string, locale: string): Promise<string[]> {
  const files: string[] = [];
  const save = async (page: Page, n: number, what: string) => {
    const file = path.join(OUT, `${locale}-${n}-${what}.png`);
    await page.screenshot({ path: file });
    files.push(path.relative(ROOT, file));
  };

  // 1. The overlay on an overdue-collection article, with the first marked claim's tip open.
  const page = await f.newPage(url, SIZE);
  await waitFor(async () => (await f.overlay(page)).lang === locale, `the overlay in ${locale}`, 20_000);
  const at = await page.evaluate(() => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const r = [...[...reg.values()][0]!][0]!;
    const box = r.getClientRects()[0]!;
    return { x: box.left + Math.min(4, box.width / 2), y: box.top + box.height / 2 };
  });
  await page.mouse.click(at.x, at.y);
  await waitFor(async () => (await f.overlay(page)).card, 'a tip card');
  await settled(page, 'the article');
  await save(page, 1, 'overlay');

  // 2. The page's verdict and the explanations (the popup's page, opened for this tab).
  const tabId = await f.tabIdOf(page);
  for (const [n, p, what] of [
    [2, `popup.html?tab=${tabId}&open=overdue`, 'popup'],
    [3, 'toolkit.html', 'toolkit'],
    [4, 'options.html', 'options'],
  ] as const) {
    const ext = await f.openExtensionPage(p, SIZE);
    await waitFor(() => ext.evaluate((l) => document.documentElement.lang === l, locale), `${what} in ${locale}`);
    await settled(ext, what);
    await save(ext, n, what);
    await ext.close();
  }
  await page.close();
  return files;
}

const server = await startServer({ '/demo/': 'demo' });
const f = await launchFirefox();
try {
  fs.mkdirSync(OUT, { recursive: true });
  for (const { locale } of LOCALES) {
    await f.setSettings({ language: locale });
    for (const file of await shoot(f, server.url('/demo/overdue.html'), locale)) console.log(file);
  }
} finally {
  await f.close();
  await server.close();
}
