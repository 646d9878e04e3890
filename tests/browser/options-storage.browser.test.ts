/**
 * Options page against hostile stored settings and several writers, in real Chromium with the
 * built extension: stored values a page, an old build or a hand edit could leave behind must
 * not stop the page from rendering its reset, import and unmute controls; two extension pages
 * writing at the same moment must both land; the "badge only" option is saved.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { translator } from '../../core/i18n';
import optionsCatalog from '../../core/i18n/catalogs/options';
import type { Settings } from '../../core/settings';
import {
  closeBrowser, htmlPage, openBrowser, unexpectedErrors, waitFor, type ExtBrowser, type TestServer,
} from './harness';
import { devCorpus, overlayInfo, seeds, settle } from './onpage-helpers';

let b: ExtBrowser;
let server: TestServer;

beforeAll(async () => ({ server, b } = await openBrowser({ locale: 'en-US' })));
afterAll(() => closeBrowser(b, server));

declare const chrome: {
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
};

const stored = (page: Page) => page.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Settings);
const store = (page: Page, value: unknown) => page.evaluate(async (v) => chrome.storage.local.set({ settings: v }), value);

async function openOptions(): Promise<Page> {
  const page = await b.openExtensionPage('options.html');
  await page.waitForSelector('main h1');
  return page;
}

const DAY = 86_400_000;

describe('options page with hostile stored settings', () => {
  test('renders and works: unmute, import, reset — no RangeError', async () => {
    const page = await openOptions();
    const errorsBefore = b.errors.length;
    const now = Date.now();
    await store(page, {
      version: 3,
      language: 'en',
      rev: 1e300,
      writeId: { toString: 1 },
      mutedSites: [
        { host: 'huge.example.cn', since: 1e300, reason: 'site' },
        { host: 'past-date-max.example.cn', since: 8.64e15 + 1, reason: 'not-loan' },
        { host: 'negative.example.cn', since: -5, reason: 'site' },
        { host: 'future.example.cn', since: now + 3650 * DAY, reason: 'site' },
        { host: 'text.example.cn', since: 'yesterday', reason: 'site' },
        { host: 'forever.example.cn', since: now, reason: 'pause', until: 1e300 },
        { host: 'co.uk', since: now, reason: 'site' },
        { host: 'www.net.cn', since: now, reason: 'site' },
      ],
    });
    // Reload: the page must render from the hostile value alone, not from a good earlier state.
    await page.reload();
    await page.waitForSelector('main h1');
    await waitFor(async () => (await page.locator('h1').first().innerText()) === 'Loan Guard · Settings', 'English page');
    for (const id of ['reset', 'export', 'import']) expect(await page.getByTestId(id).count()).toBe(1);

    const hosts = await page.locator('tr[data-host]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-host')));
    // the bad times are shown as unknown, the endless pause and the bare suffix are not kept
    expect(hosts).toEqual([
      'huge.example.cn', 'past-date-max.example.cn', 'negative.example.cn', 'future.example.cn', 'text.example.cn', 'www.net.cn',
    ]);
    const unknown = translator(optionsCatalog, 'en')('muted.sinceUnknown');
    for (const h of hosts.slice(0, 5)) expect(await page.locator(`tr[data-host="${h}"]`).innerText()).toContain(unknown);

    await page.getByRole('button', { name: 'Warn again on huge.example.cn' }).click();
    await page.locator('tr[data-host="huge.example.cn"]').waitFor({ state: 'detached' });
    const afterUnmute = await stored(page);
    expect(afterUnmute.mutedSites.map((m) => m.host)).not.toContain('huge.example.cn');
    // the write stored sane values only
    expect(afterUnmute.mutedSites.every((m) => m.since === 0 || m.since <= Date.now() + DAY)).toBe(true);
    expect(afterUnmute.mutedSites.map((m) => m.host)).not.toContain('co.uk');

    const file = { format: 'loan-guard-settings', version: 3, settings: { sensitivity: 'all', mutedSites: [{ host: 'new.example.cn', since: 1e300, reason: 'site' }] } };
    await page.getByTestId('import').setInputFiles({ name: 's.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await waitFor(async () => /imported/i.test(await page.getByTestId('backup-notice').innerText()), 'import notice');
    const afterImport = await stored(page);
    expect(afterImport.sensitivity).toBe('all');
    expect(afterImport.mutedSites.find((m) => m.host === 'new.example.cn')?.since).toBe(0);
    expect(afterImport.mutedSites.map((m) => m.host)).toContain('www.net.cn'); // merged, not replaced

    await page.getByTestId('reset').click();
    await page.getByRole('button', { name: 'Restore defaults', exact: true }).click();
    await waitFor(async () => (await stored(page)).mutedSites.length === 0, 'reset');
    expect(unexpectedErrors(b.errors.slice(errorsBefore))).toEqual([]);
    await page.close();
  });

  test('a huge import file is refused with a clear message and nothing changes', async () => {
    const page = await openOptions();
    await store(page, { version: 3, language: 'en', mutedSites: [{ host: 'keep.example.cn', since: 1, reason: 'site' }] });
    await page.reload();
    await page.locator('tr[data-host="keep.example.cn"]').waitFor();
    const before = await stored(page);
    const big = JSON.stringify({ format: 'loan-guard-settings', version: 3, settings: { pad: 'x'.repeat(2 * 1024 * 1024) } });
    await page.getByTestId('import').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(big) });
    await waitFor(async () => /too large/.test(await page.getByTestId('backup-notice').innerText()), 'too-large notice');
    expect(await page.getByTestId('backup-notice').innerText()).toContain('your settings are unchanged');
    expect(await stored(page)).toEqual(before);
    await page.close();
  });

  test('an import the browser cannot store (storage full) says so and changes nothing', async () => {
    const page = await openOptions();
    await store(page, { version: 3, language: 'en', mutedSites: [{ host: 'keep.example.cn', since: 1, reason: 'site' }] });
    await page.reload();
    await page.locator('tr[data-host="keep.example.cn"]').waitFor();
    const before = await stored(page);
    // Fill storage.local to a few bytes under its quota (no unlimitedStorage permission).
    await page.evaluate(async () => {
      const local = chrome.storage.local as unknown as {
        QUOTA_BYTES: number; getBytesInUse(k: null): Promise<number>; set(v: object): Promise<void>;
      };
      const used = await local.getBytesInUse(null);
      await local.set({ filler: 'x'.repeat(local.QUOTA_BYTES - used - 'filler'.length - 2 - 16) });
    });
    const file = JSON.stringify({
      format: 'loan-guard-settings',
      version: 3,
      settings: { version: 3, language: 'en', mutedSites: [
        { host: 'keep.example.cn', since: 1, reason: 'site' },
        { host: 'another-site.example.com', since: 2, reason: 'site' },
      ] },
    });
    await page.getByTestId('import').setInputFiles({ name: 'ok.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await waitFor(async () => /could not be written/.test(await page.getByTestId('backup-notice').innerText()), 'write-failed notice');
    expect(await page.getByTestId('backup-notice').innerText()).toContain('your settings are unchanged');
    expect(await stored(page)).toEqual(before);
    await page.evaluate(async () => (chrome.storage.local as unknown as { remove(k: string): Promise<void> }).remove('filler'));
    await page.close();
  });
});

describe('several extension pages writing at once', () => {
  test('two options pages changing different settings at the same moment keep both, every time', async () => {
    const a = await openOptions();
    const c = await openOptions();
    await store(a, { version: 3, language: 'en' });
    for (const p of [a, c]) await waitFor(async () => (await p.locator('h1').first().innerText()) === 'Loan Guard · Settings', 'English');
    const tries = 10;
    for (let i = 0; i < tries; i++) {
      const want = i % 2 === 0; // alternate, so each try is a real change on both pages
      const overlay = a.locator('input[name="overlay"]');
      const tips = c.locator('input[name="inlineTips"]');
      // click, not setChecked: the other page's write may re-render this box for an instant before
      // the store's retry lands, and setChecked fails on that transient state; what must hold is
      // what ends up stored.
      await Promise.all([overlay.click(), tips.click()]);
      await waitFor(async () => {
        const s = await stored(a);
        return s.overlay === !want && s.inlineTips === !want;
      }, `try ${i}: both writes kept`);
      // and both pages show what is stored before the next pair of clicks
      await waitFor(async () => (await overlay.isChecked()) === !want && (await tips.isChecked()) === !want, `try ${i}: pages show it`);
    }
    await a.close();
    await c.close();
  });

  test('"on lender pages, badge only" is saved from the options page', async () => {
    const page = await openOptions();
    await store(page, { version: 3, language: 'en' });
    const box = page.getByRole('checkbox', { name: /On lender pages, show only the toolbar badge/ });
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await waitFor(async () => (await stored(page)).lenderBadgeOnly === true, 'stored');
    await page.close();
  });
});


describe('"on lender pages, badge only" on real pages', () => {
  test('a lender page keeps its badge but gets no note and no marks; an overdue page still gets both', async () => {
    const lender = devCorpus().find((r) => r.id === 'd035')!; // a lender page the engine rates high
    const seed = seeds()[0]!;
    const lenderUrl = server.page('/badge-only-lender.html', htmlPage(lender.text.split('\n')[0]!, lender.text));
    const overdueUrl = server.page('/badge-only-overdue.html', htmlPage(seed.title, seed.text));
    const options = await openOptions();
    await store(options, { version: 3, language: 'en', lenderBadgeOnly: false });

    // Off: the lender page warns on the page (so the check below cannot pass by itself).
    const page = await b.context.newPage();
    await page.goto(lenderUrl);
    const tab = await b.tabIdOf(page);
    await waitFor(async () => (await overlayInfo(b, page)).banner, 'the note with the option off');

    await store(options, { version: 3, language: 'en', lenderBadgeOnly: true });
    await page.reload();
    await waitFor(async () => (await b.badgeText(tab)) !== '', 'the badge with the option on');
    await settle(page);
    const quiet = await overlayInfo(b, page);
    expect([quiet.banner, quiet.marks]).toEqual([false, 0]);

    await page.goto(overdueUrl);
    await waitFor(async () => (await overlayInfo(b, page)).banner, 'the note on an overdue page');
    await page.close();
    await options.close();
  });
});
