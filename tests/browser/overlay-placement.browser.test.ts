/**
 * The note yields to the page (issue 15), on a realistic shell — fixed header, sticky bottom
 * "立即申请" bar, "在线客服 / 返回顶部" floaters, comments — around a seed article:
 * - at each of the page's own controls, elementFromPoint returns the page's element, with the
 *   note compact and open, on a desktop and at 390×844;
 * - at 390×844 the compact note covers ≤ 12 % of the viewport and an open tip card ≤ 50 %;
 * - a pinned tip card is gone once its words have scrolled away.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, startServer, unexpectedErrors, waitFor, type ExtBrowser, type TestServer } from './harness';
import { seeds } from './onpage-helpers';
import {
  clickOurs, controlsReachable, coverage, shellPage, SHELL_CONTROLS, showFirstMark, ui, waitForNote,
} from './overlay-helpers';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

const overlaps = (a: { left: number; top: number; width: number; height: number }, b: typeof a) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

for (const [name, viewport] of [['desktop', DESKTOP], ['phone 390×844', PHONE]] as const) {
  describe(`the note on a page with its own fixed controls (${name})`, () => {
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

    test('compact first; every page control stays reachable, compact and open', async () => {
      const seed = seeds()[0]!;
      const page = await b.context.newPage();
      await page.goto(server.page('/shell.html', shellPage(seed.title, seed.text)));
      const tabId = await b.tabIdOf(page);
      const first = await waitForNote(b, tabId);
      expect(first.mode).toBe('compact');
      const rects = await page.evaluate((ids) => ids.map((id) => {
        const r = document.getElementById(id)!.getBoundingClientRect();
        return { id, left: r.left, top: r.top, width: r.width, height: r.height };
      }), SHELL_CONTROLS);

      const check = async (mode: string) => {
        const v = (await waitFor(async () => {
          const x = await ui(b, tabId);
          return x.mode === mode && x.note && x.note.left >= 0 ? x : null;
        }, `the ${mode} note`))!;
        // the layout settles (placement re-runs after the note's size changes)
        const seen: string[] = [JSON.stringify(v.note)];
        await waitFor(async () => {
          seen.push(JSON.stringify((await ui(b, tabId)).note));
          return seen.at(-1) === seen.at(-2) || null;
        }, 'a settled note', 20_000).catch((e) => {
          throw new Error(`${String(e)}; positions seen: ${[...new Set(seen)].join(' ')}`);
        });
        const now = (await ui(b, tabId)).note!;
        expect(await controlsReachable(page, SHELL_CONTROLS)).toEqual(Object.fromEntries(SHELL_CONTROLS.map((id) => [id, true])));
        for (const r of rects) expect(overlaps(now, r), `${mode} note over #${r.id}`).toBe(false);
        return now;
      };

      const compact = await check('compact');
      if (viewport === PHONE) expect(coverage(compact, viewport)).toBeLessThanOrEqual(0.12);

      await clickOurs(page, b, tabId, (x) => x.text === '看要点');
      const open = await check('open');
      expect(open.height).toBeGreaterThan(compact.height);
      if (viewport === PHONE) expect(coverage(open, viewport)).toBeLessThanOrEqual(0.5);

      expect(unexpectedErrors(b.errors)).toEqual([]);
      await page.close();
    });

    test('a tapped mark opens a pinned card (≤ 50 % of a phone screen); it is gone once its words scroll away', async () => {
      const seed = seeds()[1]!;
      const page = await b.context.newPage();
      await page.goto(server.page('/card.html', shellPage(seed.title, seed.text)));
      const tabId = await b.tabIdOf(page);
      await waitForNote(b, tabId);
      const mark = await showFirstMark(page);
      expect(mark).not.toBeNull();
      await page.mouse.click(mark!.x, mark!.y);
      const withCard = (await waitFor(async () => {
        const v = await ui(b, tabId);
        return v.card && v.card.left >= 0 ? v : null;
      }, 'the tip card'))!;
      if (viewport === PHONE) expect(coverage(withCard.card, viewport)).toBeLessThanOrEqual(0.5);
      expect(withCard.card!.top + withCard.card!.height).toBeLessThanOrEqual(viewport.height);

      // Scroll its words far out of sight: the card goes (it does not stay clamped over the header).
      await page.mouse.wheel(0, viewport.height * 3);
      await waitFor(async () => ((await ui(b, tabId)).card === null ? true : null), 'the card to close after scrolling away');
      // A tap elsewhere closes an open card too.
      const again = await showFirstMark(page);
      await page.mouse.click(again!.x, again!.y);
      await waitFor(async () => ((await ui(b, tabId)).card ? true : null), 'the card again');
      await page.mouse.click(viewport.width / 2, 30); // on the site header, away from any mark
      await waitFor(async () => ((await ui(b, tabId)).card === null ? true : null), 'the card to close on a tap outside');
      expect(unexpectedErrors(b.errors)).toEqual([]);
      await page.close();
    });
  });
}
