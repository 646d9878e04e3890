/**
 * Popup / info page in real Chromium with the built extension (LG_EXT_DIR, e.g.
 * .output-popup/chrome-mv3): the verdict for a flagged tab and an ordinary tab, opened by URL
 * as popup.html?tab=<id>; every section; copy buttons (clipboard permission granted, the copy is
 * really made and read back); zh-CN and en (switched live through settings); undoable mute;
 * keyboard-only use; axe-core (no serious/critical) in light and dark; section screenshots.
 *
 * The flagged verdict comes from the real detector on a page we serve (an overdue-collection
 * article written for this test) through the real message path — nothing is seeded.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SETTINGS_VERSION, type Settings } from '../../core/settings';
import {
  foreignRequests, htmlPage, launchBrowser, screenshotPath, startServer, unexpectedErrors, waitFor,
  type ExtBrowser, type TestServer,
} from './harness';

const OVERDUE_ARTICLE = `网贷逾期三个月，催收天天打电话，说要联系我的家人和单位
我在某平台借款后逾期了三个月，每天都接到催收电话。催收员说如果再不还款，就要爆通讯录，联系我的父母、同事和紧急联系人。
他们还说已经准备起诉，逾期会上征信，甚至说逾期会坐牢。
我想知道催收可以这样做吗？逾期以后会发生什么？欠款逾期后怎么和平台协商还款？`;

const ORDINARY = `周末的番茄炒蛋做法
准备两个番茄和三个鸡蛋。鸡蛋打散后加少许盐，热锅下油炒至凝固盛出。
番茄切块下锅翻炒出汁，再倒回鸡蛋，加一点糖调味即可。`;

let b: ExtBrowser;
let server: TestServer;
let flaggedTab = -1;
let ordinaryTab = -1;

declare const chrome: {
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
};

const settings = (o: Partial<Settings> = {}): Settings => ({
  version: SETTINGS_VERSION,
  language: 'zh-CN',
  sensitivity: 'normal',
  overlay: true,
  inlineTips: true,
  kinds: { lender: true, overdue: true, scam: true },
  lenderBadgeOnly: false,
  mutedSites: [],
  ...o,
});
const storeSettings = (page: Page, s: Settings) => page.evaluate(async (v) => chrome.storage.local.set({ settings: v }), s);
const storedSettings = (page: Page) =>
  page.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Settings | undefined);

async function openPopup(tabId: number, extra = ''): Promise<Page> {
  const page = await b.openExtensionPage(`popup.html?tab=${tabId}${extra}`);
  await page.waitForSelector('[data-section="page"] .lg-verdict:not(.lg-muted-text)');
  return page;
}

async function axeSerious(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

const openAll = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));

beforeAll(async () => {
  server = await startServer();
  server.page('/overdue.html', htmlPage('网贷逾期三个月，催收天天打电话', OVERDUE_ARTICLE));
  server.page('/recipe.html', htmlPage('番茄炒蛋做法', ORDINARY));
  b = await launchBrowser({ locale: 'zh-CN', viewport: { width: 420, height: 900 } });
  // Chromium refuses per-origin grants for chrome-extension:// ("opaque origin"): grant context-wide.
  await b.context.grantPermissions(['clipboard-read', 'clipboard-write']);

  const flagged = await b.context.newPage();
  await flagged.goto(server.url('/overdue.html'));
  flaggedTab = await b.tabIdOf(flagged);
  // The detector reports to the background; the badge shows once the verdict is stored.
  await waitFor(async () => (await b.badgeText(flaggedTab)) !== '', 'the overdue page to be flagged', 15_000);

  const ordinary = await b.context.newPage();
  await ordinary.goto(server.url('/recipe.html'));
  ordinaryTab = await b.tabIdOf(ordinary);
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('popup page', () => {
  test('flagged tab: hedged verdict, readable reasons, claims on the page, every section (zh-CN)', async () => {
    const page = await openPopup(flaggedTab);
    const card = page.locator('[data-section="page"]');
    await expect.poll(() => card.innerText()).toContain('可能与逾期、催收有关');
    const reasons = await page.locator('.lg-reasons li').allInnerTexts();
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(r).not.toMatch(/^[a-z]+\.[a-z-]+$/); // words, not rule ids
    expect(await page.locator('.lg-page-tips li').count()).toBeGreaterThan(0);
    expect(await card.innerText()).toContain('127.0.0.1');

    const sections = await page.locator('details').evaluateAll((ds) => ds.map((d) => (d as HTMLElement).dataset.section));
    expect(sections).toEqual(['overdue', 'rights', 'deductions', 'help', 'myths', 'rates']);
    await openAll(page);
    expect(await page.locator('.lg-timeline > li').count()).toBe(7);
    expect(await page.locator('.lg-rights > li').count()).toBeGreaterThanOrEqual(15);
    expect(await page.locator('.lg-myths > li').count()).toBeGreaterThanOrEqual(12);
    expect(await page.locator('.lg-help > li').count()).toBe(9);
    expect(await page.locator('.lg-deductions').innerText()).toContain('支付设置');
    expect(await page.locator('.lg-rate-result').innerText()).toContain('18.25%');
    expect(await page.locator('footer').innerText()).toContain('2026-11-22');
    await page.close();
  });

  test('ordinary tab: nothing found, no mute button', async () => {
    const page = await openPopup(ordinaryTab);
    await expect.poll(() => page.locator('[data-section="page"]').innerText()).toContain('没有发现');
    expect(await page.locator('.lg-mute').count()).toBe(0);
    await page.close();
  });

  test('copy button really copies (clipboard read back) and confirms visibly', async () => {
    const page = await openPopup(flaggedTab, '&open=help');
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await page.locator('[data-line="12378"] .lg-copy').click();
    await expect.poll(() => page.locator('[data-line="12378"] [data-copy-status]').innerText()).toBe('已复制：12378');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('12378');
    await page.locator('[data-line="crc"] .lg-copy').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('400-810-8866');
    await page.close();
  });

  test('keyboard only: Tab to a section, Enter opens it, Tab to a copy button, Enter copies', async () => {
    const page = await openPopup(flaggedTab);
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return {
          tag: el?.tagName ?? '',
          section: (el?.closest('details') as HTMLElement | null)?.dataset.section ?? '',
          line: (el?.closest('[data-line]') as HTMLElement | null)?.dataset.line ?? '',
          copy: el?.classList.contains('lg-copy') ?? false,
          focusVisible: el ? el.matches(':focus-visible') : false,
        };
      });
    let f = await focused();
    for (let i = 0; i < 40 && !(f.tag === 'SUMMARY' && f.section === 'help'); i++) {
      await page.keyboard.press('Tab');
      f = await focused();
    }
    expect(f).toMatchObject({ tag: 'SUMMARY', section: 'help', focusVisible: true });
    await page.keyboard.press('Enter');
    expect(await page.locator('details[data-section="help"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    for (let i = 0; i < 10 && !f.copy; i++) {
      await page.keyboard.press('Tab');
      f = await focused();
    }
    expect(f).toMatchObject({ copy: true, line: '12378', focusVisible: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('12378');
    expect(await page.locator('[data-line="12378"] [data-copy-status="ok"]').isVisible()).toBe(true);
    await page.close();
  });

  test('mute "this isn’t a loan page" and undo, through settings', async () => {
    const page = await openPopup(flaggedTab);
    await page.getByRole('button', { name: '这不是借贷页面' }).click();
    await expect.poll(() => page.locator('.lg-mute').innerText()).toContain('以后不在 127.0.0.1 上提示');
    expect((await storedSettings(page))?.mutedSites.map((m) => [m.host, m.reason])).toEqual([['127.0.0.1', 'not-loan']]);
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => page.getByRole('button', { name: '这不是借贷页面' }).count()).toBe(1);
    expect((await storedSettings(page))?.mutedSites).toEqual([]);
    await page.close();
  });

  test('language switches live from settings (zh-CN → en → zh-TW)', async () => {
    const page = await openPopup(flaggedTab);
    await storeSettings(page, settings({ language: 'zh-CN' }));
    await expect.poll(() => page.locator('h1').innerText()).toBe('借贷护盾');
    await storeSettings(page, settings({ language: 'en' }));
    await expect.poll(() => page.locator('h1').innerText()).toBe('Loan Guard');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    const card = await page.locator('[data-section="page"]').innerText();
    expect(card).toContain('This page may concern overdue debts or collection');
    await openAll(page);
    expect(await page.locator('details[data-section="rights"] h2').innerText()).toBe('Your rights when collected');
    await page.locator('details[data-section="help"] [data-line="12363"] .lg-copy').click();
    await expect.poll(() => page.locator('[data-line="12363"] [data-copy-status]').innerText()).toBe('Copied: 12363');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('12363');
    await storeSettings(page, settings({ language: 'zh-TW' }));
    await expect.poll(() => page.locator('h1').innerText()).toBe('借貸護盾');
    await storeSettings(page, settings({ language: 'zh-CN' }));
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const lang of ['zh-CN', 'en'] as const) {
      test(`axe: no serious or critical violations (${scheme}, ${lang}, all sections open)`, async () => {
        const page = await openPopup(flaggedTab);
        await storeSettings(page, settings({ language: lang }));
        await expect.poll(() => page.locator('h1').innerText()).toBe(lang === 'en' ? 'Loan Guard' : '借贷护盾');
        await page.emulateMedia({ colorScheme: scheme });
        await openAll(page);
        expect(await axeSerious(page)).toEqual([]);
        await page.close();
      });
    }
  }

  test('screenshots of each section (zh-CN, light) and the page card in dark', async () => {
    const page = await openPopup(flaggedTab);
    await storeSettings(page, settings({ language: 'zh-CN' }));
    await expect.poll(() => page.locator('h1').innerText()).toBe('借贷护盾');
    await page.setViewportSize({ width: 420, height: 900 });
    await page.locator('[data-section="page"]').screenshot({ path: screenshotPath('popup-page.png') });
    for (const id of ['overdue', 'rights', 'deductions', 'help', 'myths', 'rates']) {
      await page.evaluate((sid) => {
        document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = (d as HTMLElement).dataset.section === sid));
      }, id);
      await page.locator(`details[data-section="${id}"]`).screenshot({ path: screenshotPath(`popup-${id}.png`) });
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = false)));
    await page.screenshot({ path: screenshotPath('popup-dark.png'), fullPage: true });
    await page.close();
  });

  test('no page errors and no network requests leave the machine', () => {
    expect(unexpectedErrors(b.errors)).toEqual([]);
    expect(foreignRequests(b.requests)).toEqual([]);
  });
});
