/**
 * Foundation: the built extension loads in Chromium with no errors, its pages render,
 * the content script runs on a served page, and no extension context talks to anything
 * but 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import {
  closeBrowser, extensionDir, foreignRequests, htmlPage, openBrowser, unexpectedErrors, waitFor, type ExtBrowser, type TestServer,
} from './harness';

let server: TestServer;
let b: ExtBrowser;

beforeAll(async () => ({ server, b } = await openBrowser()));
afterAll(() => closeBrowser(b, server));

describe('the built extension', () => {
  test('manifest asks only for the permissions we explain', () => {
    const m = JSON.parse(fs.readFileSync(path.join(extensionDir(), 'manifest.json'), 'utf8'));
    expect(m.manifest_version).toBe(3);
    expect([...(m.permissions ?? [])].sort()).toEqual(['contextMenus', 'scripting', 'storage']);
    expect(m.host_permissions).toEqual(['<all_urls>']);
    expect(m.default_locale).toBe('zh_CN');
  });

  test('the Firefox build declares its id, collects no data and uses the same permissions', () => {
    const dir = path.resolve(extensionDir(), '../firefox-mv2');
    const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect([...m.permissions].sort()).toEqual(['<all_urls>', 'contextMenus', 'scripting', 'storage']);
    expect(m.browser_action.default_popup).toBe('popup.html');
    // MV2 has browserAction, not action: the background must not assume browser.action exists
    expect(fs.readFileSync(path.join(dir, 'background.js'), 'utf8')).toContain('browserAction');
  });

  test('service worker starts and the extension has an id', () => {
    expect(b.extensionId).toMatch(/^[a-p]{32}$/);
    expect(b.serviceWorker.url()).toContain('/background.js');
  });

  test('popup and options pages render without errors', async () => {
    for (const p of ['popup.html', 'options.html']) {
      const page = await b.openExtensionPage(p);
      await page.waitForSelector('#app > *', { timeout: 10_000 });
      const text = await page.locator('#app').innerText();
      expect(text.trim().length).toBeGreaterThan(0);
      await page.close();
    }
  });

  test('the content script runs on a served page', async () => {
    const page = await b.context.newPage();
    await page.goto(server.page('/plain.html', htmlPage('A walk in the park', 'Trees and a lake.')));
    // The content script answers a ping from the service worker: proof it was injected.
    const tabId = await b.tabIdOf(page);
    // (it sets itself up in an idle slice after document_idle: ask until it has)
    const injected = await waitFor(
      () =>
        b.serviceWorker.evaluate(async (id: number) => {
          const res = await chrome.scripting.executeScript({
            target: { tabId: id },
            func: () => typeof (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('loan-guard.page')],
          });
          return res[0]?.result === 'object' ? 'object' : null;
        }, tabId),
      'the content script to set itself up',
    );
    expect(injected).toBe('object');
    await page.close();
  });

  test('no extension context made a request beyond 127.0.0.1, and nothing logged an error', () => {
    expect(foreignRequests(b.requests)).toEqual([]);
    expect(unexpectedErrors(b.errors)).toEqual([]);
  });
});

declare const chrome: {
  scripting: {
    executeScript(d: { target: { tabId: number }; func: () => unknown }): Promise<Array<{ result?: unknown }>>;
  };
};
