/**
 * Options page in real Chromium with the built extension: live language switch across pages,
 * muted-site list and undo, export/import (good, partial, corrupt), reset with an in-page
 * confirm, and axe-core (no serious/critical) in light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportSettings, importSettings, SETTINGS_VERSION } from '../../core/settings';
import type { Settings } from '../../core/settings';
import path from 'node:path';
import {
  closeBrowser, foreignRequests, htmlPage, openBrowser, overlayContent, SHARED, unexpectedErrors, waitFor, type ExtBrowser, type TestServer,
} from './harness';

let b: ExtBrowser;
let server: TestServer;

beforeAll(async () => ({ server, b } = await openBrowser({ locale: 'zh-CN' })));
afterAll(() => closeBrowser(b, server));

declare const chrome: {
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
};

/** The raw stored settings value, read from an extension page. */
const stored = (page: Page) => page.evaluate(async () => (await chrome.storage.local.get('settings')).settings as unknown);
const store = (page: Page, value: unknown) => page.evaluate(async (v) => chrome.storage.local.set({ settings: v }), value);

async function openOptions(): Promise<Page> {
  const page = await b.openExtensionPage('options.html');
  await page.waitForSelector('main h1');
  return page;
}

const h1 = (page: Page) => page.locator('h1').first().innerText();
const appText = (page: Page) => page.locator('#app').innerText();

function v2(overrides: Partial<Settings> = {}): Settings {
  return {
    version: SETTINGS_VERSION,
    language: 'zh-CN',
    sensitivity: 'normal',
    overlay: true,
    inlineTips: true,
    kinds: { lender: true, overdue: true, scam: true },
    lenderBadgeOnly: false,
    mutedSites: [],
    ...overrides,
  };
}

async function axeSerious(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

describe('options page', () => {
  test('language switch applies at once to the options page itself', async () => {
    const options = await openOptions();
    await store(options, v2({ language: 'zh-CN' }));
    await waitFor(async () => (await h1(options)) === '借贷护盾 · 设置', 'options in zh-CN');
    await options.evaluate(() => ((window as { __lgNoReload?: boolean }).__lgNoReload = true));
    await options.getByRole('radio', { name: 'English', exact: true }).check();
    await waitFor(async () => (await h1(options)) === 'Loan Guard · Settings', 'options in English');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await options.evaluate(() => document.title)).toBe('Loan Guard · Settings');
    expect(((await stored(options)) as Settings).language).toBe('en');
    await options.getByRole('radio', { name: '繁體中文' }).check();
    await waitFor(async () => (await h1(options)) === '借貸護盾 · 設定', 'options in zh-TW');
    expect(await options.evaluate(() => (window as { __lgNoReload?: boolean }).__lgNoReload)).toBe(true);
    await options.close();
  });

  test('language switch in options reaches an already open popup, no reload', async () => {
    const options = await openOptions();
    await store(options, v2({ language: 'zh-CN' }));
    await waitFor(async () => (await h1(options)) === '借贷护盾 · 设置', 'options in zh-CN');

    const popup = await b.openExtensionPage('popup.html');
    await popup.waitForSelector('#app > *');
    await popup.waitForTimeout(300); // let it read settings once
    const popupZh = await appText(popup);
    await popup.evaluate(() => ((window as { __lgNoReload?: boolean }).__lgNoReload = true));

    await options.getByRole('radio', { name: 'English', exact: true }).check();
    await waitFor(async () => (await h1(options)) === 'Loan Guard · Settings', 'options in English');
    // A popup opened fresh now is the English reference; the old one must match it without reloading.
    const fresh = await b.openExtensionPage('popup.html');
    await fresh.waitForSelector('#app > *');
    // both popups ask the background for this tab's verdict: compare them once both have settled
    await waitFor(async () => {
      const [old, now] = await Promise.all([appText(popup), appText(fresh)]);
      return old === now ? true : null;
    }, 'open popup switched to English', 10_000);
    expect(await appText(fresh), 'popup text must differ between zh-CN and en').not.toBe(popupZh);
    expect(await popup.locator('h1').innerText()).toMatch(/Loan Guard/);
    expect(await popup.evaluate(() => (window as { __lgNoReload?: boolean }).__lgNoReload)).toBe(true);

    await Promise.all([popup.close(), fresh.close(), options.close()]);
  });

  test('language switch in options reaches the overlay on an open page, no reload', async () => {
    const options = await openOptions();
    await store(options, v2({ language: 'zh-CN' }));
    // An overdue article from the shared seeds (read at test time, not copied into the project).
    const seedDir = path.join(SHARED, 'corpus/seeds');
    const seedFile = fs.readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()[0]!;
    const text = fs.readFileSync(path.join(seedDir, seedFile), 'utf8');
    const page = await b.context.newPage();
    await page.goto(server.page('/seed.html', htmlPage(text.split('\n')[0]!.trim(), text)));
    const overlay = () => overlayContent(b, page);
    const zh = await waitFor(async () => ((await overlay())?.lang === 'zh-CN' ? overlay() : null), 'overlay in zh-CN', 15_000);
    await page.evaluate(() => ((window as { __lgNoReload?: boolean }).__lgNoReload = true));

    await options.bringToFront();
    await options.getByRole('radio', { name: 'English', exact: true }).check();
    const en = await waitFor(async () => ((await overlay())?.lang === 'en' ? overlay() : null), 'overlay in English');
    expect(en!.text).not.toBe(zh!.text);
    expect(en!.text).toMatch(/[A-Za-z]{4,}/);
    expect(await page.evaluate(() => (window as { __lgNoReload?: boolean }).__lgNoReload)).toBe(true);
    await Promise.all([page.close(), options.close()]);
  });

  test('a site muted elsewhere is listed; "warn again" removes it from the list and from storage', async () => {
    const options = await openOptions();
    await store(options, v2({ language: 'en' }));
    await waitFor(async () => (await h1(options)) === 'Loan Guard · Settings', 'English');
    await expect(options.getByTestId('muted-empty').isVisible()).resolves.toBe(true);

    // Another context (overlay/popup) mutes two sites: the open page follows the storage change.
    const now = Date.now();
    await store(
      options,
      v2({
        language: 'en',
        mutedSites: [
          { host: 'loan.example.cn', since: now, reason: 'not-loan' },
          { host: 'pause.example.cn', since: now, reason: 'pause', until: now + 3_600_000 },
        ],
      }),
    );
    const row = options.locator('tr[data-host="loan.example.cn"]');
    await row.waitFor();
    expect(await row.innerText()).toContain('Not a loan page');
    const pauseRow = await options.locator('tr[data-host="pause.example.cn"]').innerText();
    expect(pauseRow).toContain('Paused');
    expect(pauseRow).toMatch(/ends /);

    await options.getByRole('button', { name: 'Warn again on loan.example.cn' }).click();
    await row.waitFor({ state: 'detached' });
    expect(await options.getByTestId('status').innerText()).toContain('loan.example.cn');
    const after = (await stored(options)) as Settings;
    expect(after.mutedSites.map((m) => m.host)).toEqual(['pause.example.cn']);
    await options.close();
  });

  test('importing a corrupt file shows a clear error and changes nothing', async () => {
    const options = await openOptions();
    const before = v2({
      language: 'en',
      sensitivity: 'high-only',
      mutedSites: [{ host: 'keep.example.cn', since: 1_700_000_000_000, reason: 'site' }],
    });
    await store(options, before);
    await waitFor(async () => (await h1(options)) === 'Loan Guard · Settings', 'English');
    const input = options.getByTestId('import');
    const notice = options.getByTestId('backup-notice');

    const cases: Array<[string, string, RegExp]> = [
      ['broken.json', '{"format": "loan-guard-settings", "version": 2, "settings": {', /not JSON/],
      ['package.json', JSON.stringify({ name: 'x', version: '1.0.0' }), /not a Loan Guard settings file/],
      [
        'junk.json',
        JSON.stringify({ format: 'loan-guard-settings', version: 2, settings: { language: 7, overlay: 'x', mutedSites: 'no' } }),
        /could be understood/,
      ],
    ];
    for (const [name, body, message] of cases) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
      await waitFor(async () => message.test(await notice.innerText()), `error for ${name}`);
      expect(await notice.getAttribute('role')).toBe('alert');
      expect(await notice.innerText()).toContain('your settings are unchanged');
      expect(await stored(options)).toEqual(before);
    }
    expect(await options.locator('tr[data-host="keep.example.cn"]').count()).toBe(1);
    await options.close();
  });

  test('export downloads a file that imports back; a partly bad file imports the good parts and lists the rest', async () => {
    const options = await openOptions();
    const s = v2({
      language: 'en',
      sensitivity: 'all',
      inlineTips: false,
      kinds: { lender: false, overdue: true, scam: true },
      mutedSites: [{ host: 'a.example.cn', since: 1_700_000_000_000, reason: 'site' }],
    });
    await store(options, s);
    await waitFor(async () => (await h1(options)) === 'Loan Guard · Settings', 'English');

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export').click()]);
    expect(download.suggestedFilename()).toMatch(/^loan-guard-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text).toBe(exportSettings(s));
    expect(importSettings(text)).toEqual({ ok: true, settings: s, problems: [] });

    const partial = {
      format: 'loan-guard-settings',
      version: 2,
      settings: { language: 'zh-TW', sensitivity: 'loud', overlay: false, mutedSites: [{ host: 'b.example.cn', since: 1, reason: 'site' }, 5] },
    };
    await options.getByTestId('import').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(partial)) });
    await waitFor(async () => (await h1(options)) === '借貸護盾 · 設定', 'imported language applied');
    const notice = await options.getByTestId('backup-notice').innerText();
    expect(notice).toContain('已匯入設定');
    expect(notice).toContain('靈敏度');
    expect(notice).toContain('第 2 個靜音網站');
    // the store's write bookkeeping (rev, writeId, baseId) aside, the settings are the file's good
    // parts over the current ones; muted sites are merged, so the current one stays
    const { rev, writeId, baseId, ...after } = (await stored(options)) as Settings & { rev: number; writeId: string; baseId: unknown };
    expect([typeof rev, typeof writeId]).toEqual(['number', 'string']);
    void baseId;
    expect(after).toEqual({
      ...s,
      language: 'zh-TW',
      overlay: false,
      mutedSites: [...s.mutedSites, { host: 'b.example.cn', since: 1, reason: 'site' }],
    });
    await options.close();
  });

  test('reset asks first in the page; cancel keeps everything, confirm restores defaults', async () => {
    const options = await openOptions();
    await store(options, v2({ language: 'en', sensitivity: 'all', mutedSites: [{ host: 'x.example.cn', since: 1, reason: 'site' }] }));
    await waitFor(async () => (await h1(options)) === 'Loan Guard · Settings', 'English');
    let dialogs = 0;
    options.on('dialog', () => dialogs++); // window.confirm would show up here

    await options.getByTestId('reset').click();
    const dialog = options.getByRole('dialog', { name: 'Restore the default settings?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(((await stored(options)) as Settings).sensitivity).toBe('all');

    await options.getByTestId('reset').click();
    await dialog.getByRole('button', { name: 'Restore defaults' }).click();
    await waitFor(async () => ((await stored(options)) as Settings).sensitivity === 'normal', 'defaults stored');
    const after = (await stored(options)) as Settings;
    expect(after.mutedSites).toEqual([]);
    expect(after.language).toBe('auto');
    expect(dialogs).toBe(0);
    await options.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: no serious or critical issues (${scheme}, with muted sites, notices and the dialog open)`, async () => {
      const options = await openOptions();
      await options.emulateMedia({ colorScheme: scheme });
      expect(await options.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        scheme === 'dark' ? 'rgb(21, 24, 28)' : 'rgb(246, 247, 249)',
      );
      const now = Date.now();
      await store(
        options,
        v2({
          language: 'zh-CN',
          mutedSites: [
            { host: 'loan.example.cn', since: now, reason: 'not-loan' },
            { host: 'p.example.cn', since: now, reason: 'pause', until: now + 3_600_000 },
          ],
        }),
      );
      await options.locator('tr[data-host="loan.example.cn"]').waitFor();
      await options.getByTestId('import').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
      await options.getByTestId('backup-notice').waitFor();
      expect(await axeSerious(options)).toEqual([]);
      await options.getByTestId('reset').click();
      await options.getByRole('dialog').waitFor();
      expect(await axeSerious(options)).toEqual([]);
      await options.close();
    });
  }

  test('no request beyond 127.0.0.1 and no errors in any context', () => {
    expect(foreignRequests(b.requests)).toEqual([]);
    expect(unexpectedErrors(b.errors)).toEqual([]);
  });
});
