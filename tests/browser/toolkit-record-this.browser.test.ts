/**
 * "Record this" from the on-page note, in real Chromium with the built extension: a collection
 * page → the note → 记下来 → the toolkit opens at #record with the claims pre-filled (nothing
 * saved until the user saves); a scripted click on the same button does nothing.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  closeBrowser, foreignRequests, htmlPage, inIsolatedWorld, openBrowser, waitFor, type ExtBrowser, type TestServer,
} from './harness';
import { clickOurs, ui, waitForNote } from './overlay-helpers';

let b: ExtBrowser;
let server: TestServer;

// Our own wording: a collection notice with a threat, posing as officers, and contacts blasting.
const TITLE = '逾期催收通知';
const TEXT = [
  '【催收通知】张先生，您在某网贷平台的借款已逾期96天，欠款本息合计12800元。',
  '我司已多次联系您未果。再不还款，我们将联系你的家人和单位，执法人员三日内上门核实。',
  '逾期不还就爆你通讯录，后果自负。请今天下午六点前处理，否则将移交法务部门。',
  '如已还款请忽略本通知。',
].join('\n');

declare const chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
const pendingInSession = () =>
  b.serviceWorker.evaluate(async () => Object.keys(await chrome.storage.session.get('toolkitPendingRecord')).length);

beforeAll(async () => ({ server, b } = await openBrowser({ locale: 'zh-CN' })));
afterAll(() => closeBrowser(b, server));

describe('record this from the note', () => {
  test('a scripted click does nothing; a real click opens the toolkit with the draft, nothing saved', { timeout: 90_000 }, async () => {
    const page = await b.context.newPage();
    await page.goto(server.page('/collect.html', htmlPage(TITLE, TEXT)));
    const tabId = await b.tabIdOf(page);
    let v = await waitForNote(b, tabId);
    if (v.mode !== 'open') {
      await clickOurs(page, b, tabId, (x) => x.text === '看要点');
      v = (await waitFor(async () => {
        const u = await ui(b, tabId);
        return u.mode === 'open' && u.note && u.note.left >= 0 ? u : null;
      }, 'the open note'))!;
    }
    expect(v.buttons.some((x) => x.text === '记下来')).toBe(true);

    // From our own isolated world (more than a page can do), .click() is untrusted: no tab, nothing pending.
    const pagesBefore = b.context.pages().length;
    const clicked = await inIsolatedWorld(b, page, () => {
      const root = (globalThis as unknown as Record<symbol, { shadow: ShadowRoot }>)[Symbol.for('loan-guard.page')]!.shadow;
      const btns = [...root.querySelectorAll<HTMLButtonElement>('button')].filter((x) => x.textContent === '记下来');
      for (const btn of btns) for (let i = 0; i < 5; i++) btn.click();
      return btns.length;
    });
    expect(clicked).toBe(1);
    await page.waitForTimeout(1_500);
    expect(b.context.pages().length).toBe(pagesBefore);
    expect(await pendingInSession()).toBe(0);

    // A real click: the toolkit opens at #record with the form pre-filled.
    const [toolkit] = await Promise.all([
      b.context.waitForEvent('page', { timeout: 15_000 }),
      clickOurs(page, b, tabId, (x) => x.text === '记下来'),
    ]);
    await waitFor(async () => /toolkit\.html#record$/.test(toolkit.url()), 'toolkit at #record');
    const form = toolkit.locator('form.tk-entry-form');
    await waitFor(async () => ((await form.count()) && (await form.locator('textarea[name=said]').inputValue()).includes('网页上的说法')) || null, 'the pre-filled draft', 15_000);
    const said = await form.locator('textarea[name=said]').inputValue();
    expect(said).toContain('执法人员');
    expect(said).toContain('爆你通讯录');
    expect(said).not.toContain('如已还款'); // only the marked claims, not the page
    expect(await form.locator('select[name=channel]').inputValue()).toBe('web-page');
    expect(await form.locator('select[name=channel] option:checked').innerText()).toBe('网页');
    expect(await form.locator('input[name=who]').inputValue()).toBe('127.0.0.1');
    expect(await form.locator('input[name=at]').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(await form.locator('input[name=rule][value=impersonation]').isChecked()).toBe(true);
    expect(await form.locator('input[name=rule][value=third-party]').isChecked()).toBe(true);
    // read once and deleted; nothing in the log until the user saves
    expect(await pendingInSession()).toBe(0);
    await toolkit.getByTestId('record-empty').waitFor();

    await form.getByRole('button', { name: '保存' }).click();
    await waitFor(async () => (await toolkit.getByTestId('record-list').count()) > 0 || null, 'saved');
    expect(await toolkit.getByTestId('record-list').innerText()).toContain('网页');
    // a reload does not bring the draft back (it was read once)
    await toolkit.reload();
    await toolkit.waitForSelector('form.tk-entry-form');
    expect(await toolkit.locator('form.tk-entry-form textarea[name=said]').inputValue()).toBe('');
    expect(foreignRequests(b.requests)).toEqual([]);
    await toolkit.close();
    await page.close();
  });
});
