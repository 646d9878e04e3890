/**
 * Toolkit page in real Chromium with the built extension: hash navigation, the evidence log
 * (add, edit, export, re-import valid and corrupt files, delete one / all, with and without a
 * passphrase), message checks of each kind, every letter, the calculators, axe-core, and
 * screenshots of each section (desktop and 390 px) in docs/screenshots/toolkit-*.png.
 */
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foreignRequests, launchBrowser, screenshotPath, unexpectedErrors, waitFor, type ExtBrowser } from './harness';

let b: ExtBrowser;

beforeAll(async () => {
  b = await launchBrowser({ locale: 'zh-CN' });
});
afterAll(async () => {
  await b?.close();
});

declare const chrome: { storage: { local: { set(v: object): Promise<void> } } };

async function openToolkit(hash = '', language: 'zh-CN' | 'zh-TW' | 'en' = 'zh-CN'): Promise<Page> {
  const page = await b.openExtensionPage(`toolkit.html${hash}`);
  await page.waitForSelector('#tk-section-title');
  await page.evaluate(
    async (language) => chrome.storage.local.set({
      settings: { version: 2, language, sensitivity: 'normal', overlay: true, inlineTips: true, kinds: { lender: true, overdue: true, scam: true }, mutedSites: [] },
    }),
    language,
  );
  const title = { 'zh-CN': '借贷护盾 · 工具箱', 'zh-TW': '借貸護盾 · 工具箱', en: 'Loan Guard · Toolkit' }[language];
  await waitFor(async () => (await page.locator('h1').innerText()) === title, `toolkit in ${language}`);
  return page;
}

async function axeSerious(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

const notice = (page: Page) => page.getByTestId('record-notice').innerText();
const listText = async (page: Page) => ((await page.getByTestId('record-list').count()) ? page.getByTestId('record-list').innerText() : '');

async function addEntry(page: Page, at: string, channel: string, who: string, said: string, rules: string[] = []) {
  const form = page.locator('form.tk-entry-form');
  await form.locator('input[name=at]').fill(at);
  await form.locator('select[name=channel]').selectOption(channel);
  await form.locator('input[name=who]').fill(who);
  await form.locator('textarea[name=said]').fill(said);
  for (const r of rules) await form.locator(`input[name=rule][value=${r}]`).check();
  await form.getByRole('button', { name: '保存' }).click();
  await waitFor(async () => (await listText(page)).includes(said.split('\n')[0]!), `entry "${said}" listed`);
}

async function confirmDelete(page: Page) {
  await page.locator('dialog[open]').getByRole('button', { name: '确定删除' }).click();
}

describe('toolkit page frame', () => {
  test('hash navigation opens each section; the nav marks the current one; three locales', async () => {
    const page = await openToolkit('#record');
    expect(await page.locator('#tk-section-title').innerText()).toBe('记录');
    await page.getByRole('link', { name: '信函与投诉' }).click();
    await waitFor(async () => (await page.locator('#tk-section-title').innerText()) === '信函与投诉', 'letters');
    expect(page.url()).toMatch(/#letters$/);
    expect(await page.locator('a[aria-current=page]').innerText()).toBe('信函与投诉');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tk-section-title');
    await page.goBack();
    await waitFor(async () => (await page.locator('#tk-section-title').innerText()) === '记录', 'back to record');
    await page.close();
    const en = await openToolkit('#calc', 'en');
    expect(await en.locator('#tk-section-title').innerText()).toBe('Calculators');
    expect(await en.evaluate(() => document.documentElement.lang)).toBe('en');
    await en.close();
    const tw = await openToolkit('#check', 'zh-TW');
    expect(await tw.locator('#tk-section-title').innerText()).toBe('檢查訊息');
    await tw.close();
  });
});

async function checkText(page: Page, text: string) {
  await page.getByLabel('粘贴短信、微信或催收消息').fill(text);
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.getByTestId('check-result').waitFor();
  const attr = (sel: string, name: string) => page.locator(sel).evaluateAll((els, n) => els.map((e) => e.getAttribute(n)), name);
  return {
    kind: await page.getByTestId('check-result').getAttribute('data-kind'),
    kindText: await page.getByTestId('check-kind').innerText(),
    marks: await page.locator('[data-testid=check-marked] mark').evaluateAll((els) => els.map((e) => e.firstChild?.textContent ?? '')),
    advice: await attr('[data-testid=check-advice] > li', 'data-advice'),
    lines: await attr('[data-testid=check-lines] > li', 'data-line'),
    text: await page.getByTestId('check-result').innerText(),
  };
}

describe('check a message', () => {
  test('each kind: marks, facts with sources, advice and lines; "record this" pre-fills the log', async () => {
    const page = await openToolkit('#check');
    // the label and button the issue names
    expect(await page.getByRole('button', { name: '检查', exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: '检查', exact: true }).click();
    expect(await page.locator('#tk-check-empty').innerText()).toBe('请先粘贴一条消息。');

    const scam = await checkText(page, '您的贷款已审批通过，但银行卡号填写错误，资金已冻结，请先缴纳解冻金2000元到指定账户。');
    expect(scam.kind).toBe('scam');
    expect(scam.kindText).toBe('很可能是诈骗');
    expect(scam.marks).toEqual(['解冻金']);
    expect(scam.advice).toEqual(['advice.scam.no-pay', 'advice.scam.no-install', 'advice.scam.no-code', 'advice.scam.report']);
    expect(scam.lines).toEqual(['110', '96110']);
    expect(scam.text).toContain('不要告诉任何人验证码');
    expect(scam.text).toContain('依据');

    const collection = await checkText(page, '【催收】你已逾期45天，我司法务部已安排执法人员三日内上门，再不还款就爆通讯录，联系你家人和单位。');
    expect(collection.kind).toBe('overdue');
    expect(collection.marks).toEqual(['法务部', '执法人员', '上门', '爆通讯录']);
    expect(collection.advice).toEqual(expect.arrayContaining(['advice.impersonation', 'advice.third-party', 'advice.complain']));
    expect(collection.lines).toEqual(['12378', '12363', '110', '12348']);
    expect(collection.text).toContain('催收人员不是执法人员');
    expect(collection.text).toMatch(/民法典|个人信息保护法/);
    // each mark points at its explanation
    const described = await page.locator('[data-testid=check-marked] mark').first().getAttribute('aria-describedby');
    expect(await page.locator(`#${described}`).innerText()).toContain('“法务部”');

    const court = await checkText(page, '【诉前调解中心】您的欠款纠纷已进入诉前调解程序，请三日内联系调解员，否则将起诉并申请强制执行。');
    expect(court.kind).toBe('overdue');
    expect(court.advice).toEqual(expect.arrayContaining(['advice.court.verify', 'advice.court.no-private', 'advice.court.payment-order']));
    expect(court.lines).toContain('12368');
    expect(court.text).toContain('15日内');

    const offer = await checkText(page, '最高可借20万，日息低至万五，3分钟到账，点击申请。');
    expect(offer.kind).toBe('lender');
    expect(offer.advice).toEqual(['advice.lender.apr', 'advice.lender.contacts']);

    const quiet = await checkText(page, '图书馆提醒：您借阅的图书已到期，请于3日内归还。');
    expect(quiet.kind).toBe('none');
    expect(quiet.marks).toEqual([]);
    expect(quiet.lines).toEqual([]);

    // page text in the box never becomes markup
    const hostile = await checkText(page, '<img src=x onerror="document.title=1">【催收】你已逾期45天，我司法务部已安排执法人员三日内上门。');
    expect(hostile.marks).toContain('执法人员');
    expect(await page.locator('[data-testid=check-result] img').count()).toBe(0);

    // "record this": the form opens pre-filled, rules ticked
    await checkText(page, '【催收】你已逾期45天，我司法务部已安排执法人员三日内上门，再不还款就爆通讯录，联系你家人和单位。');
    await page.getByRole('button', { name: '记录这条消息' }).click();
    await waitFor(async () => (await page.locator('#tk-section-title').innerText()) === '记录', 'record section');
    const form = page.locator('form.tk-entry-form');
    expect(await form.locator('textarea[name=said]').inputValue()).toContain('我司法务部');
    expect(await form.locator('select[name=channel]').inputValue()).toBe('sms');
    expect(await form.locator('input[name=rule][value=impersonation]').isChecked()).toBe(true);
    expect(await form.locator('input[name=rule][value=third-party]').isChecked()).toBe(true);
    expect(await form.locator('input[name=rule][value=wrong-debt]').isChecked()).toBe(false);
    expect(await form.innerText()).toContain('根据消息检查预选了几项');
    expect(foreignRequests(b.requests)).toEqual([]);
    await page.close();
  });

  test('English UI: label, button, result words', async () => {
    const page = await openToolkit('#check', 'en');
    await page.getByLabel('Paste a text message, WeChat or collection message').fill('您的贷款已审批通过，但银行卡号填写错误，资金已冻结，请先缴纳解冻金2000元。');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    expect(await page.getByTestId('check-kind').innerText()).toBe('Very likely a scam');
    expect(await page.getByTestId('check-result').innerText()).toContain('Never tell anyone a verification code');
    await page.close();
  });
});

describe('letters', () => {
  test('each letter from a filled form: text, cited articles, copy, download; entries attach; en says what each asks', async () => {
    const page = await openToolkit('#record');
    await addEntry(page, '2026-11-28T08:05', 'contact-list', '催收员小王', '给我通讯录里的同学群发我欠款的消息', ['third-party']);
    await page.getByRole('link', { name: '信函与投诉' }).click();
    await page.locator('input[name=letter]').first().waitFor();
    const text = () => page.getByTestId('letter-text').innerText();
    const fillForm = async (v: Record<string, string>) => {
      for (const [name, value] of Object.entries(v)) {
        const el = page.locator(`form [name=${name}]`);
        if (await el.count()) await el.fill(value);
      }
    };
    const base = { name: '张三', contact: '13800000000', lender: '某某消费金融有限公司', account: '1234', collector: '某催收公司', situation: '今年失业，收入减少', proposal: '每月还款1000元，分24期', newCreditor: '某资产管理公司', report: '2026年3月的逾期记录', correct: '该笔已按时还款', request: '停止向第三人催收' };
    const cases: Array<[string, string, string[]]> = [
      ['plan', '申请还款计划 / 个性化分期', ['因今年失业，收入减少', '第70条']],
      ['third-party', '要求停止联系第三人并删除其信息', ['《民法典》第1032条、第1033条', '第1038条', '《个人信息保护法》']],
      ['transfer', '要求证明债权转让', ['《民法典》第546条', '某资产管理公司自称已受让']],
      ['credit', '征信异议申请', ['《征信业管理条例》第25条', '20日内']],
      ['complaint', '向机构投诉（再向12378 / 12363）', ['一、投诉人：张三', '三、投诉请求：停止向第三人催收']],
    ];
    for (const [id, label, expected] of cases) {
      await page.getByRole('radio', { name: new RegExp(label.replace(/[()（）/]/g, '.')) }).check();
      await fillForm(base);
      const t = await text();
      for (const e of expected) expect(t, `${id}: ${e}`).toContain(e);
      expect(t).not.toContain('＿');
      if (id !== 'complaint') expect(await page.getByTestId('letter-missing').count()).toBe(0);
    }
    // a complaint needs its facts: typed or from the record
    expect(await page.getByTestId('letter-missing').innerText()).toBe('请先填写：主要经过（也可以在下面选上记录）');
    // complaint: attach the record entry → rules and the entry appear
    await page.getByRole('checkbox', { name: /给我通讯录里的同学/ }).check();
    const complaint = await text();
    expect(await page.getByTestId('letter-missing').count()).toBe(0);
    expect(complaint).toContain('五、可能违反的规定：');
    expect(complaint).toContain('1. 2026-11-28 08:05 · 联系了我通讯录里的人 · 对方：催收员小王：给我通讯录里的同学群发我欠款的消息');
    expect(await page.locator('section[aria-labelledby=tk-letter-title]').innerText()).toContain('引用的依据');
    // download .txt has the same text
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 .txt' }).click()]);
    expect(dl.suggestedFilename()).toMatch(/^loan-guard-complaint-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(fs.readFileSync((await dl.path())!, 'utf8')).toBe(complaint);
    // copy
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: '复制', exact: true }).click();
    await waitFor(async () => (await page.getByTestId('letter-notice').innerText()) === '已复制。', 'copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(complaint);
    // a required field emptied: said, and the buttons wait
    await page.locator('form [name=name]').fill('');
    expect(await page.getByTestId('letter-missing').innerText()).toBe('请先填写：你的姓名');
    expect(await page.getByRole('button', { name: '复制', exact: true }).isDisabled()).toBe(true);
    // clean up the record for the other tests
    await page.getByRole('link', { name: '记录' }).click();
    await page.getByRole('button', { name: '全部删除' }).click();
    await confirmDelete(page);
    await waitFor(() => page.getByTestId('record-empty').isVisible(), 'cleared');
    await page.close();

    const en = await openToolkit('#letters', 'en');
    await en.getByRole('radio', { name: /Ask for proof of a debt transfer/ }).check();
    expect(await en.getByTestId('letter-asks').innerText()).toContain('Before you pay a new creditor');
    expect(await en.getByTestId('letter-text').innerText()).toContain('关于核实债权是否转让的函');
    await en.close();
  });
});

describe('record', () => {
  test('add, edit, export, delete, re-import, corrupt import, delete all', async () => {
    const page = await openToolkit('#record');
    await expect(page.getByTestId('record-empty').isVisible()).resolves.toBe(true);
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
    await tryImport(backup.replace('"version": 1', '"version": 7'), '备份文件的版本不受支持。');
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
