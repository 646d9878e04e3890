/**
 * Keyboard first (issue 15): the commands shortcut puts focus on the note, with a visible focus
 * ring, and the next Tab reaches the note's own controls — not the page's links.
 *
 * Headless Chromium does not route synthetic key presses to extension shortcuts (they are
 * browser accelerators, and CDP input goes to the page), so the test sends what the shortcut's
 * listener (background/commands.ts) sends: `lg:focus-note` to the frame whose verdict the badge shows.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  closeBrowser, openBrowser, unexpectedErrors, waitFor, type ExtBrowser, type TestServer,
} from './harness';
import { seeds } from './onpage-helpers';
import { shellPage, ui, waitForNote } from './overlay-helpers';

let server: TestServer;
let b: ExtBrowser;
beforeAll(async () => ({ server, b } = await openBrowser()));
afterAll(() => closeBrowser(b, server));

declare const chrome: {
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
  tabs: { sendMessage(tabId: number, msg: unknown, opts: { frameId: number }): Promise<unknown> };
};

describe('the commands shortcut', () => {
  test('is declared with a default key', async () => {
    const all = await b.serviceWorker.evaluate(() => chrome.commands.getAll());
    expect(all.find((c) => c.name === 'focus-note')?.shortcut).toMatch(/Alt\+Shift\+L/);
  });

  test('is announced on the welcome page, with the key the browser has for it', async () => {
    const welcome = await b.openExtensionPage('welcome.html');
    const text = await waitFor(() => welcome.locator('[data-shortcut]').textContent({ timeout: 1_000 }).catch(() => null), 'the shortcut line');
    expect(text).toMatch(/Alt\+Shift\+L/);
    await welcome.close();
  });

  test('focuses the note (ring visible); Tab then goes to the note’s first control', async () => {
    const seed = seeds()[0]!;
    const page = await b.context.newPage();
    await page.goto(server.page('/kbd.html', shellPage(seed.title, seed.text)));
    const tabId = await b.tabIdOf(page);
    await waitForNote(b, tabId);
    const answer = await b.serviceWorker.evaluate(
      (id: number) => chrome.tabs.sendMessage(id, { type: 'lg:focus-note' }, { frameId: 0 }),
      tabId,
    );
    expect(answer).toBe(true); // true: there was a note to focus (else the popup opens)
    const v = (await waitFor(async () => {
      const x = await ui(b, tabId);
      return x.active?.startsWith('note ') ? x : null;
    }, 'focus on the note'))!;
    expect(v.noteOutline).toMatch(/^solid [1-9]/);
    await page.keyboard.press('Tab');
    const next = await waitFor(async () => (await ui(b, tabId)).active, 'focus on a control');
    expect(next).toMatch(/^btn primary\|/); // "看要点", the compact note's one action
    expect(unexpectedErrors(b.errors)).toEqual([]);
    await page.close();
  });
});
