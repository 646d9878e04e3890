/**
 * Screenshots for the README (docs/screenshots/): the note compact and open with a tip card, and
 * the popup for the same page — on a desktop (1280×900) and a phone (390×844), in zh-CN and en.
 * The page is the realistic shell (header, sticky bar, floaters) around a seed article. The
 * checks are only that each state was reached; the pictures are for people.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultSettings } from '../../core/settings';
import { launchBrowser, screenshotPath, startServer, waitFor, type ExtBrowser, type TestServer } from './harness';
import { seeds } from './onpage-helpers';
import { clickOurs, shellPage, showFirstMark, ui, waitForNote } from './overlay-helpers';

declare const chrome: { storage: { local: { set(v: Record<string, unknown>): Promise<void> } } };

const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
const MORE = { 'zh-CN': '看要点', en: 'Key facts' } as const;

for (const [device, viewport] of Object.entries(VIEWPORTS) as [keyof typeof VIEWPORTS, { width: number; height: number }][]) {
  describe(`screenshots, ${device}`, () => {
    let server: TestServer;
    let b: ExtBrowser;
    beforeAll(async () => {
      server = await startServer();
      b = await launchBrowser({ viewport });
    });
    afterAll(async () => {
      await b?.close();
      await server?.close();
    });

    for (const locale of ['zh-CN', 'en'] as const) {
      test(`${locale}: the note, a tip card, the popup`, async () => {
        await b.serviceWorker.evaluate((s) => chrome.storage.local.set({ settings: s }), { ...defaultSettings(), language: locale });
        const seed = seeds()[0]!;
        const page = await b.context.newPage();
        await page.goto(server.page(`/shot-${locale}.html`, shellPage(seed.title, seed.text)));
        const tabId = await b.tabIdOf(page);
        await waitForNote(b, tabId);
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.screenshot({ path: screenshotPath(`overlay-${device}-${locale}-compact.png`) });

        // On a desktop the open note beside a card; a phone keeps the note compact (it stays
        // compact on every load there) and the card gets the room.
        if (device === 'desktop') {
          if ((await ui(b, tabId)).mode === 'compact') await clickOurs(page, b, tabId, (x) => x.text === MORE[locale]);
          await waitFor(async () => ((await ui(b, tabId)).mode === 'open' ? true : null), 'the open note');
        }
        const mark = await showFirstMark(page, 0.2); // above where a desktop's open note sits
        await page.mouse.click(mark!.x, mark!.y);
        await waitFor(async () => ((await ui(b, tabId)).card ? true : null), 'a tip card');
        await page.screenshot({ path: screenshotPath(`overlay-${device}-${locale}-card.png`) });

        const popup = await b.context.newPage();
        await popup.setViewportSize(device === 'phone' ? viewport : { width: 420, height: 760 });
        await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
        await popup.emulateMedia({ reducedMotion: 'reduce' });
        await waitFor(() => popup.locator('[data-section="page"]').count(), 'the popup');
        await popup.screenshot({ path: screenshotPath(`popup-${device}-${locale}.png`) });
        await popup.close();
        await page.close();
      });
    }
  });
}
