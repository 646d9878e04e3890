/**
 * Toolkit evidence log in real Chromium with the built extension: add, edit, export, re-import
 * (valid, corrupt, hostile), delete one / all, screenshots, and the passphrase lock.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foreignRequests, launchBrowser, unexpectedErrors, waitFor, type ExtBrowser } from './harness';
import { addEntry, confirmDelete, listText, notice, openToolkit as open } from './toolkit-helpers';

let b: ExtBrowser;
const openToolkit = (hash = '', language: 'zh-CN' | 'zh-TW' | 'en' = 'zh-CN') => open(b, hash, language);

beforeAll(async () => {
  b = await launchBrowser({ locale: 'zh-CN' });
});
afterAll(async () => {
  await b?.close();
});

describe('record', () => {
  test('add, edit, export, delete, re-import, corrupt import, delete all', async () => {
    const page = await openToolkit('#record');
    await page.getByTestId('record-empty').waitFor(); // once the log has been opened and listed
    // the form refuses an empty entry and says why
    await page.locator('form.tk-entry-form textarea[name=said]').fill('');
    await page.locator('form.tk-entry-form').getByRole('button', { name: '保存' }).click();
    expect(await page.locator('#tk-err-said').innerText()).toBe('请写下对方说了什么。');

    await addEntry(page, '2026-11-30T23:15', 'call', '138 0000 0000', '晚上11点打电话说再不还就联系单位', ['call-pattern']);
    await addEntry(page, '2026-11-29T10:00', 'relative', '自称法务', '给我母亲打电话，说我欠钱不还', ['third-party']);
    expect(await notice(page)).toBe('已保存。');
    const list = await listText(page);
    expect(list.indexOf('给我母亲')).toBeLessThan(list.indexOf('晚上11点')); // ordered by time
    expect(list).toContain('联系第三人或透露欠款（爆通讯录）');

    // edit the second entry
    await page.getByRole('button', { name: '修改 2026-11-30 23:15' }).click();
    expect(await page.locator('#tk-form-title').innerText()).toBe('修改记录');
    await page.locator('form.tk-entry-form textarea[name=said]').fill('晚上11点打电话，说再不还就联系我单位');
    await page.locator('form.tk-entry-form').getByRole('button', { name: '保存' }).click();
    await waitFor(async () => (await listText(page)).includes('就联系我单位'), 'edited');
    expect((await listText(page)).match(/晚上11点/g)).toHaveLength(1);

    // printable summary
    await page.getByRole('button', { name: '打印摘要' }).click();
    const summary = await page.getByTestId('summary-text').innerText();
    expect(summary).toMatch(/^催收情况记录摘要\n制作日期：\d{4}-\d{2}-\d{2}/);
    expect(summary).toContain('共 2 条记录');
    expect(summary).toContain('1. 2026-11-29 10:00 · 联系了我的亲属 · 对方：自称法务');

    // JSON backup
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载备份（JSON）' }).click()]);
    expect(dl.suggestedFilename()).toMatch(/^loan-guard-record-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = fs.readFileSync((await dl.path())!, 'utf8');
    expect(JSON.parse(backup).entries).toHaveLength(2);

    // delete one (asks first; cancel keeps it)
    await page.getByRole('button', { name: '删除 2026-11-29 10:00' }).click();
    await page.locator('dialog[open]').getByRole('button', { name: '取消' }).click();
    expect(await listText(page)).toContain('给我母亲');
    await page.getByRole('button', { name: '删除 2026-11-29 10:00' }).click();
    await confirmDelete(page);
    await waitFor(async () => !(await listText(page)).includes('给我母亲'), 'deleted one');

    // corrupt and hostile imports change nothing and say why
    const input = page.getByTestId('import-input');
    const tryImport = async (body: string, expected: string) => {
      await input.setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(body) });
      await waitFor(async () => (await notice(page)).includes(expected), `import refused: ${expected}`);
      expect(await notice(page)).toContain('没有做任何改动。');
      expect((await listText(page)).match(/晚上11点/g)).toHaveLength(1);
      expect(await listText(page)).not.toContain('给我母亲');
    };
    await tryImport(backup.slice(0, backup.length / 2), '文件已损坏或不是 JSON。');
    await tryImport(backup.replace('"version": 2', '"version": 7'), '备份文件的版本不受支持。');
    await tryImport(backup.replace('"entries": [', '"__proto__": {"x": 1}, "entries": ['), '不允许的字段名');
    await tryImport('{"settings": {}}', '这不是借贷护盾的记录备份。');

    // the valid backup brings the deleted entry back
    await input.setInputFiles({ name: 'ok.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await waitFor(async () => (await listText(page)).includes('给我母亲'), 're-imported');
    expect(await notice(page)).toBe('已导入：新增 1 条，更新 0 条，1 条已存在。');

    // survives a reload
    await page.reload();
    await waitFor(async () => (await listText(page)).includes('给我母亲'), 'kept after reload');

    // delete all
    await page.getByRole('button', { name: '全部删除' }).click();
    expect(await page.locator('dialog[open]').innerText()).toContain('删除全部 2 条记录和截图？');
    await confirmDelete(page);
    await waitFor(() => page.getByTestId('record-empty').isVisible(), 'all deleted');
    expect(foreignRequests(b.requests)).toEqual([]);
    await page.close();
  });

  test('the JSON backup carries screenshots: export, delete all, import, the screenshot is back; a spoiled one is refused whole', async () => {
    const page = await openToolkit('#record');
    expect(await page.getByTestId('backup-help').innerText()).toContain('没有加密');
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await page.locator('form.tk-entry-form input[type=file]').setInputFiles([{ name: 'door.png', mimeType: 'image/png', buffer: png }]);
    await addEntry(page, '2026-12-02T08:10', 'wechat', '催收员', '发来我家门口的照片，说今天上门');
    await waitFor(async () => (await page.locator('[data-testid=record-list] img').count()) === 1, 'thumbnail');

    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载备份（JSON）' }).click()]);
    const backup = fs.readFileSync((await dl.path())!, 'utf8');
    const file = JSON.parse(backup);
    expect(file.version).toBe(2);
    expect(file.entries).toHaveLength(1);
    expect(file.entries[0].screenshots[0]).toMatchObject({ type: 'image/png', size: png.length, name: 'door.png', data: png.toString('base64') });

    await page.getByRole('button', { name: '全部删除' }).click();
    await confirmDelete(page);
    await waitFor(() => page.getByTestId('record-empty').isVisible(), 'all deleted');

    // a backup whose "image" is an HTML file is refused whole: nothing is added
    const spoiled = structuredClone(file);
    spoiled.entries[0].screenshots[0].data = Buffer.from('<img src=x onerror=alert(1)>').toString('base64');
    await page.getByTestId('import-input').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(spoiled)) });
    await waitFor(async () => (await notice(page)).includes('第 1 条记录的截图无效'), 'spoiled refused');
    expect(await notice(page)).toContain('没有做任何改动。');
    expect(await page.getByTestId('record-empty').isVisible()).toBe(true);

    await page.getByTestId('import-input').setInputFiles({ name: 'ok.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await waitFor(async () => (await listText(page)).includes('说今天上门'), 're-imported');
    const img = page.locator('[data-testid=record-list] img');
    await waitFor(async () => (await img.count()) === 1 && (await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth === 1)), 'the screenshot is back and decodes');
    expect(await img.getAttribute('alt')).toBe('截图：door.png');
    // the image bytes are the ones exported
    const bytes = await img.evaluate(async (el: HTMLImageElement) => [...new Uint8Array(await (await fetch(el.src)).arrayBuffer())]);
    expect(Buffer.from(bytes).equals(png)).toBe(true);

    await page.getByRole('button', { name: '全部删除' }).click();
    await confirmDelete(page);
    await waitFor(() => page.getByTestId('record-empty').isVisible(), 'cleared');
    expect(foreignRequests(b.requests)).toEqual([]);
    await page.close();
  });

  test('screenshots: saved with the entry, shown, size-capped; passphrase lock seals them and the entries', async () => {
    const page = await openToolkit('#record');
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const form = page.locator('form.tk-entry-form');
    await form.locator('input[type=file]').setInputFiles([
      { name: 'chat.png', mimeType: 'image/png', buffer: png },
      { name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(2 * 1024 * 1024 + 1) },
      { name: 'page.html', mimeType: 'text/html', buffer: Buffer.from('<b>x</b>') },
    ]);
    expect(await form.innerText()).toContain('“huge.png”超过 2 MB，没有保存。');
    expect(await form.innerText()).toContain('“page.html”不是图片，没有保存。');
    await addEntry(page, '2026-12-01T09:30', 'wechat', '催收员', '微信发来我家门口的照片');
    await waitFor(async () => (await page.locator('[data-testid=record-list] img').count()) === 1, 'thumbnail');
    const alt = await page.locator('[data-testid=record-list] img').getAttribute('alt');
    expect(alt).toBe('截图：chat.png');

    // set a passphrase: too short, then mismatched, then good
    const lock = page.locator('section[aria-labelledby=tk-lock-title]');
    expect(await lock.innerText()).toContain('忘记密码就无法恢复记录');
    await lock.locator('input[name=pass1]').fill('short');
    await lock.locator('input[name=pass2]').fill('short');
    await lock.getByRole('button', { name: '设置密码' }).click();
    expect(await lock.innerText()).toContain('密码至少需要 8 个字符。');
    await lock.locator('input[name=pass1]').fill('借贷护盾 secret 1');
    await lock.locator('input[name=pass2]').fill('借贷护盾 secret 2');
    await lock.getByRole('button', { name: '设置密码' }).click();
    expect(await lock.innerText()).toContain('两次输入的密码不一样。');
    await lock.locator('input[name=pass2]').fill('借贷护盾 secret 1');
    await lock.getByRole('button', { name: '设置密码' }).click();
    await waitFor(async () => (await notice(page)) === '已加密。离开页面后需要输入密码才能查看。', 'locked', 30_000);

    // what IndexedDB holds is ciphertext: no plain text of the entry anywhere
    const raw = await page.evaluate(async () => {
      const db: IDBDatabase = await new Promise((ok, ko) => {
        const r = indexedDB.open('loan-guard-evidence');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
      const all = (store: string) => new Promise<unknown[]>((ok) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => ok(r.result);
      });
      const entries = (await all('entries')) as Array<{ plain?: unknown; sealed?: { data: Uint8Array } }>;
      const shots = (await all('shots')) as Array<{ blob?: Blob; sealed?: unknown }>;
      db.close();
      return { plain: entries.filter((e) => e.plain).length, sealed: entries.filter((e) => e.sealed).length, shotBlobs: shots.filter((s) => s.blob).length, shotSealed: shots.filter((s) => s.sealed).length };
    });
    expect(raw).toEqual({ plain: 0, sealed: 1, shotBlobs: 0, shotSealed: 1 });

    // a new page must unlock; a wrong passphrase is refused
    await page.reload();
    await waitFor(async () => (await page.locator('#tk-unlock-title').count()) === 1, 'unlock form');
    expect(await page.locator('main').innerText()).not.toContain('微信发来');
    await page.locator('input[name=unlock]').fill('wrong passphrase');
    await page.getByRole('button', { name: '解锁' }).click();
    await waitFor(async () => (await page.locator('#tk-unlock-err').count()) === 1, 'wrong passphrase said', 30_000);
    await page.locator('input[name=unlock]').fill('借贷护盾 secret 1');
    await page.getByRole('button', { name: '解锁' }).click();
    await waitFor(async () => (await listText(page)).includes('微信发来我家门口的照片'), 'unlocked', 30_000);
    await waitFor(async () => (await page.locator('[data-testid=record-list] img').count()) === 1, 'thumbnail decrypted');

    // while locked-and-open: add and edit work, export/import round trip works
    await addEntry(page, '2026-12-01T22:45', 'sms', '10690000', '短信：明天上门');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载备份（JSON）' }).click()]);
    const backup = fs.readFileSync((await dl.path())!, 'utf8');
    await page.getByRole('button', { name: '删除 2026-12-01 22:45' }).click();
    await confirmDelete(page);
    await waitFor(async () => !(await listText(page)).includes('明天上门'), 'deleted');
    await page.getByTestId('import-input').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await waitFor(async () => (await listText(page)).includes('明天上门'), 're-imported while locked');
    await page.getByTestId('import-input').setInputFiles({ name: 'c.json', mimeType: 'application/json', buffer: Buffer.from('\u0000\u0001garbage') });
    await waitFor(async () => (await notice(page)).includes('文件已损坏'), 'corrupt refused');

    // remove the lock: entries are plain again and still there after reload
    await page.getByRole('button', { name: '取消密码' }).click();
    await waitFor(async () => (await notice(page)) === '已取消密码，记录不再加密。', 'lock removed', 30_000);
    await page.reload();
    await waitFor(async () => (await listText(page)).includes('明天上门'), 'plain after reload');
    await page.getByRole('button', { name: '全部删除' }).click();
    await confirmDelete(page);
    await waitFor(() => page.getByTestId('record-empty').isVisible(), 'cleared');
    expect(unexpectedErrors(b.errors)).toEqual([]);
    await page.close();
  });
});

