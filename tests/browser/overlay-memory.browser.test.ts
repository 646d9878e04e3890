/**
 * What the user chose stays chosen (issue 15):
 * - opening, collapsing and closing the note are remembered per site for the browsing session
 *   (a reload keeps them);
 * - "stop warning" has a scope, visible before the click — this page (first) or the whole site
 *   (named) — and an undo right after;
 * - the commands shortcut puts the keyboard on the note, with a visible focus ring.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, startServer, unexpectedErrors, waitFor, type ExtBrowser, type TestServer } from './harness';
import { seeds } from './onpage-helpers';
import { clickOurs, shellPage, ui, waitForNote } from './overlay-helpers';

declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };

let server: TestServer;
let b: ExtBrowser;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});
/** A fresh browser (a new session) for each group: closing the note lasts the whole session. */
function freshBrowser() {
  beforeAll(async () => {
    b = await launchBrowser();
  });
  afterAll(async () => {
    await b?.close();
  });
}

const seed = () => seeds()[2]!;
const noteMode = async (tabId: number) => (await ui(b, tabId)).mode;

/**
 * After a load, the page is flagged and the overlay has decided: it shows a note, or it is
 * there and shows none, or (a muted site) the background did not load it at all.
 */
async function settled(tabId: number, siteMuted = false): Promise<Awaited<ReturnType<typeof ui>>> {
  return (await waitFor(async () => {
    const v = await ui(b, tabId);
    if (v.note && v.note.left >= 0) return v;
    if (!v.flagged) return null;
    // closed or page-muted: the overlay loads and decides to show nothing
    return (v.present && !v.warn && v.toast === null) || (siteMuted && !v.present) ? v : null;
  }, 'the overlay to decide', 20_000))!;
}

async function open(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await b.context.newPage();
  await page.goto(server.page(path, shellPage(seed().title, seed().text)));
  return { page, tabId: await b.tabIdOf(page) };
}

describe('remembered for the session, per site', () => {
  freshBrowser();
  test('opened stays open and collapsed stays collapsed across a reload', async () => {
    const { page, tabId } = await open('/mem/a.html');
    await waitForNote(b, tabId);
    expect(await noteMode(tabId)).toBe('compact');
    await clickOurs(page, b, tabId, (x) => x.text === '看要点');
    await waitFor(async () => ((await noteMode(tabId)) === 'open' ? true : null), 'open');
    await page.reload();
    await waitForNote(b, tabId, 'the note after reload');
    expect(await noteMode(tabId)).toBe('open');
    await clickOurs(page, b, tabId, (x) => x.text === '收起');
    await waitFor(async () => ((await noteMode(tabId)) === 'compact' ? true : null), 'compact');
    await page.reload();
    await waitForNote(b, tabId, 'the note after the second reload');
    expect(await noteMode(tabId)).toBe('compact');
    await page.close();
  });

  test('“关闭” says for how long, hides the note on this site until the browser closes, and can be undone', async () => {
    const { page, tabId } = await open('/mem/b.html');
    const v = await waitForNote(b, tabId);
    const close = v.buttons.find((x) => x.text === '×')!;
    expect(close.label).toMatch(/^关闭：在此网站上，到浏览器关闭前不再显示提示/);
    await clickOurs(page, b, tabId, (x) => x.text === '×');
    const after = (await waitFor(async () => {
      const x = await ui(b, tabId);
      return x.toast ? x : null;
    }, 'the toast'))!;
    expect(after.note).toBeNull();
    expect(after.toast).toMatch(/已关闭/);
    expect(after.active).toMatch(/^btn\|/); // focus moved to the undo button, not lost
    await clickOurs(page, b, tabId, (x) => x.text === '撤销');
    await waitForNote(b, tabId, 'the note back after undo');
    await clickOurs(page, b, tabId, (x) => x.text === '×');
    await waitFor(async () => ((await ui(b, tabId)).toast ? true : null), 'the toast again');
    await page.reload();
    expect((await settled(tabId)).note).toBeNull();
    // another page of the same site: closed too
    const other = await open('/mem/c.html');
    expect((await settled(other.tabId)).note).toBeNull();
    await other.page.close();
    await page.close();
  });
});

describe('stop warning: this page, or the whole site', () => {
  freshBrowser();
  test('the scope is on the buttons; "this page" leaves the site’s other pages alone; undo brings it back', async () => {
    const { page, tabId } = await open('/forum/t1.html');
    await waitForNote(b, tabId);
    await clickOurs(page, b, tabId, (x) => x.text === '看要点');
    const v = await waitFor(async () => {
      const x = await ui(b, tabId);
      return x.mode === 'open' ? x : null;
    }, 'the open note');
    const host = new URL(server.origin).hostname;
    const names = v!.buttons.map((x) => x.text);
    expect(names).toContain('此页面');
    expect(names).toContain(`整个网站 ${host}`);
    expect(names.indexOf('此页面')).toBeLessThan(names.indexOf(`整个网站 ${host}`));

    await clickOurs(page, b, tabId, (x) => x.text === '此页面');
    await waitFor(async () => ((await ui(b, tabId)).toast?.includes('以后此页面不再提示') ? true : null), 'the page-mute toast');
    expect((await ui(b, tabId)).note).toBeNull();
    // undo right after: the note is back
    await clickOurs(page, b, tabId, (x) => x.text === '撤销');
    await waitForNote(b, tabId, 'the note back after undo');
    // now for real
    await waitFor(async () => ((await ui(b, tabId)).mode === 'open' ? true : null), 'the open note again');
    await clickOurs(page, b, tabId, (x) => x.text === '此页面');
    await waitFor(async () => ((await ui(b, tabId)).toast ? true : null), 'the page-mute toast again');
    await page.reload();
    expect((await settled(tabId)).note).toBeNull();
    const t1again = await open('/forum/t1.html?from=list#top'); // the same page: query and fragment do not matter
    expect((await settled(t1again.tabId)).note).toBeNull();
    await t1again.page.close();
    const t2 = await open('/forum/t2.html');
    await waitForNote(b, t2.tabId, 'the note on another page of the site');

    // the whole site, from the second page (open already: opened on this site this session)
    expect(await noteMode(t2.tabId)).toBe('open');
    await waitFor(async () => ((await ui(b, t2.tabId)).mode === 'open' ? true : null), 'open on t2');
    await clickOurs(t2.page, b, t2.tabId, (x) => x.text.startsWith('整个网站'));
    const toast = await waitFor(async () => (await ui(b, t2.tabId)).toast, 'the site-mute toast');
    expect(toast).toContain(host);
    const stored = await b.serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as { mutedSites: { host: string }[] });
    expect(stored.mutedSites.map((m) => m.host)).toContain(host);
    const t3 = await open('/forum/t3.html');
    expect((await settled(t3.tabId, true)).note).toBeNull();
    // undo right after
    await clickOurs(t2.page, b, t2.tabId, (x) => x.text === '撤销');
    await waitForNote(b, t2.tabId, 'the note back after undo');
    await Promise.all([page.close(), t2.page.close(), t3.page.close()]);
    expect(unexpectedErrors(b.errors)).toEqual([]);
  });
});
