/**
 * Small things a user notices: the welcome page opens once per profile (Chromium reports
 * onInstalled 'install' on every launch under --load-extension); the badge and its tooltip
 * follow the language setting, live; focus goes back to the banner's tip button when the tip
 * card it opened is closed with Escape.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultSettings } from '../../core/settings';
import { htmlPage, launchBrowser, startServer, unexpectedErrors, waitFor, type ExtBrowser, type TestServer } from './harness';
import { inIsolatedWorld, overlayInfo, seeds, waitForOverlay } from './onpage-helpers';

declare const chrome: {
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> } };
  action: { getTitle(d: { tabId: number }): Promise<string> };
};

describe('welcome page', () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-welcome-once-'));
  afterAll(() => fs.rmSync(profile, { recursive: true, force: true }));

  test('opens on the first launch of a profile, not on the next', async () => {
    const isWelcome = (u: string) => u.endsWith('/welcome.html');
    const first = await launchBrowser({ userDataDir: profile });
    await waitFor(() => first.context.pages().find((p) => isWelcome(p.url())), 'welcome on the first launch', 15_000);
    const flag = await waitFor(
      () => first.serviceWorker.evaluate(async () => (await chrome.storage.local.get('welcomed')).welcomed === true || null),
      'the welcomed flag',
    );
    expect(flag).toBe(true);
    await first.close();

    const second = await launchBrowser({ userDataDir: profile });
    // The background has started (and handled onInstalled) once it answers; give it the same
    // time the first launch needed to open its tab, then look.
    await second.serviceWorker.evaluate(() => chrome.storage.local.get('welcomed'));
    await new Promise((r) => setTimeout(r, 1_500));
    expect(second.context.pages().filter((p) => isWelcome(p.url()))).toEqual([]);
    await second.close();
  });
});

describe('on a flagged page', () => {
  let server: TestServer;
  let b: ExtBrowser;
  beforeAll(async () => {
    server = await startServer();
    b = await launchBrowser();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  const setLanguage = (language: string) =>
    b.serviceWorker.evaluate((s) => chrome.storage.local.set({ settings: s }), { ...defaultSettings(), language });

  test('the badge text is the same neutral mark in every language; the tooltip follows the language setting', async () => {
    const seed = seeds()[0]!;
    const page = await b.context.newPage();
    await page.goto(server.page('/lang.html', htmlPage(seed.title, seed.text)));
    await waitForOverlay(b, page);
    const tabId = await b.tabIdOf(page);
    const title = () => b.serviceWorker.evaluate((id: number) => chrome.action.getTitle({ tabId: id }), tabId);

    await setLanguage('zh-CN');
    await waitFor(async () => /逾期/.test(await title()) || null, 'zh-CN tooltip');
    expect(await b.badgeText(tabId)).toBe('!');
    await setLanguage('en');
    await waitFor(async () => /^Loan Guard/.test(await title()) || null, 'English tooltip');
    expect(await b.badgeText(tabId)).toBe('!');
    await setLanguage('zh-TW');
    await waitFor(async () => /催收/.test(await title()) && (await title()).includes('頁面') || null, 'zh-TW tooltip');
    expect(await b.badgeText(tabId)).toBe('!');

    // Muting the site: the banner goes and the badge turns into the quiet grey mark (one rule).
    await b.serviceWorker.evaluate(
      (s) => chrome.storage.local.set({ settings: s }),
      { ...defaultSettings(), mutedSites: [{ host: '127.0.0.1', since: Date.now(), reason: 'site' }] },
    );
    await waitFor(async () => (await b.badgeText(tabId)) === 'i' || null, 'the quiet badge on a muted site');
    await waitFor(async () => !(await overlayInfo(b, page)).banner || null, 'the banner to go on a muted site');
    await setLanguage('zh-CN');
    expect(unexpectedErrors(b.errors)).toEqual([]);
    await page.close();
  });

  test('Escape on a tip card opened from the banner returns focus to its button', async () => {
    const seed = seeds()[1]!;
    const page = await b.context.newPage();
    await page.goto(server.page('/focus.html', htmlPage(seed.title, seed.text)));
    await waitForOverlay(b, page);
    const active = () =>
      inIsolatedWorld(b, page, () => {
        const root = (globalThis as unknown as Record<symbol, { shadow: ShadowRoot | null }>)[Symbol.for('loan-guard.page')]?.shadow;
        const a = root?.activeElement as HTMLElement | null | undefined;
        return a ? `${a.className}|${a.getAttribute('aria-label') ?? a.textContent ?? ''}` : null;
      });
    // Keyboard: open the note with its one action if it is compact (an earlier test on this
    // site may have left it open for the session), focus the first tip button, Enter.
    const compact = await inIsolatedWorld(b, page, () => {
      const root = (globalThis as unknown as Record<symbol, { shadow: ShadowRoot }>)[Symbol.for('loan-guard.page')]!.shadow;
      const more = root.querySelector<HTMLButtonElement>('.note.compact .btn.primary');
      more?.focus();
      return !!more;
    });
    if (compact) await page.keyboard.press('Enter');
    const label = await waitFor(() => inIsolatedWorld(b, page, () => {
      const root = (globalThis as unknown as Record<symbol, { shadow: ShadowRoot }>)[Symbol.for('loan-guard.page')]!.shadow;
      const chip = root.querySelector<HTMLButtonElement>('button.chip');
      chip?.focus();
      return chip ? chip.textContent : null;
    }), 'the open note with its tip buttons');
    expect(label).toBeTruthy();
    await page.keyboard.press('Enter');
    await waitFor(async () => ((await active())?.startsWith('card|') ? true : null), 'focus in the tip card');
    await page.keyboard.press('Escape');
    await waitFor(
      () =>
        inIsolatedWorld(b, page, () =>
          (globalThis as unknown as Record<symbol, { shadow: ShadowRoot }>)[Symbol.for('loan-guard.page')]!.shadow.querySelector('.card') ? null : true),
      'the card closed',
    );
    expect(await active()).toBe(`chip|${label}`); // focus is back on the same chip
    await page.close();
  });
});
