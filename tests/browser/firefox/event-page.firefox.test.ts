/**
 * Firefox runs the background as an event page (manifest `persistent: false`): after a short
 * idle time it is unloaded, like Chrome's service worker. Here the idle timeout is cut to 1.5 s,
 * and after the background stopped: the popup still has the tab's verdict (storage.session), and
 * a new overdue page still gets its overlay (the background restarts and builds its engine).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { htmlPage, startServer, waitFor, type TestServer } from '../harness';
import { seeds } from '../onpage-helpers';
import { launchFirefox, type Firefox } from './harness';

let server: TestServer;
let f: Firefox;

beforeAll(async () => {
  server = await startServer();
  f = await launchFirefox({ prefs: { 'extensions.background.idle.timeout': 1_500 } });
});
afterAll(async () => {
  await f?.close();
  await server?.close();
});

const overlayShown = async (page: import('puppeteer-core').Page) =>
  waitFor(async () => (await f.overlay(page)).text.length > 0, 'the overlay', 20_000);

test('the background is an event page: verdicts and detection survive its unloading', async () => {
  await f.setSettings({ language: 'zh-CN' });
  const [a, b] = seeds();
  const first = await f.newPage(server.page('/first.html', htmlPage(a!.title, a!.text)));
  await overlayShown(first);
  const tabId = await f.tabIdOf(first);

  await waitFor(async () => (await f.backgroundState()) === 'stopped', 'the event page to be unloaded', 20_000);

  // The popup's question wakes the background, which answers from storage.session.
  const popup = await f.openExtensionPage(`popup.html?tab=${tabId}`);
  const verdict = await waitFor(async () => {
    const t = await popup.evaluate(() => document.body.innerText);
    return /逾期|催收/.test(t) ? t : null;
  }, 'the verdict after a restart');
  expect(verdict).toBeTruthy();
  await popup.close();

  await waitFor(async () => (await f.backgroundState()) === 'stopped', 'the event page to be unloaded again', 20_000);
  const second = await f.newPage(server.page('/second.html', htmlPage(b!.title, b!.text)));
  await overlayShown(second);
  expect(await f.badgeText(await f.tabIdOf(second))).not.toBe('');

  expect(await f.problems()).toEqual({ foreign: [], errors: [], extension: [] });
});
