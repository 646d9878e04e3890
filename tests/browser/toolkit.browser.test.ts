/**
 * Toolkit page in real Chromium with the built extension: hash navigation, message checks of
 * each kind, the ways in (context menu, popup, options), every letter, the calculators,
 * axe-core, and screenshots of each section (desktop and 390 px) in docs/screenshots/toolkit-*.png.
 * The evidence log has its own file (toolkit-record.browser.test.ts).
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foreignRequests, launchBrowser, screenshotPath, unexpectedErrors, waitFor, type ExtBrowser } from './harness';
import { addEntry, axeSerious, confirmDelete, listText, openToolkit as open } from './toolkit-helpers';

let b: ExtBrowser;
const openToolkit = (hash = '', language: 'zh-CN' | 'zh-TW' | 'en' = 'zh-CN') => open(b, hash, language);

beforeAll(async () => {
  b = await launchBrowser({ locale: 'zh-CN' });
});
afterAll(async () => {
  await b?.close();
});

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
    expect(scam.advice).toEqual(['advice.scam.no-pay', 'advice.scam.no-install', 'advice.scam.safe-account', 'advice.scam.report']);
    expect(scam.lines).toEqual(['110', '96110']);
    expect(scam.text).toContain('把钱转到所谓的“安全账户”');
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
    expect(await form.innerText()).toContain('根据借贷护盾找到的说法预选了几项');
    expect(foreignRequests(b.requests)).toEqual([]);
    await page.close();
  });

  test('English UI: label, button, result words', async () => {
    const page = await openToolkit('#check', 'en');
    await page.getByLabel('Paste a text message, WeChat or collection message').fill('您的贷款已审批通过，但银行卡号填写错误，资金已冻结，请先缴纳解冻金2000元。');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    expect(await page.getByTestId('check-kind').innerText()).toBe('Very likely a scam');
    expect(await page.getByTestId('check-result').innerText()).toContain('“safe account”');
    await page.close();
  });
});

describe('ways in', () => {
  test('context menu item is registered; text it hands over is checked once; the popup links to each section', async () => {
    const sw = b.serviceWorker;
    const menu = await sw.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { runtime: { getManifest(): { permissions: string[] } }; contextMenus: { update(id: string, p: object): Promise<void> } } }).chrome;
      let exists = true;
      await c.contextMenus.update('lg-check-selection', {}).catch(() => (exists = false));
      const missing = await c.contextMenus.update('no-such-item', {}).then(() => true, () => false);
      return { permissions: c.runtime.getManifest().permissions, exists, missing };
    });
    expect(menu.permissions).toContain('contextMenus');
    expect(menu).toMatchObject({ exists: true, missing: false });

    const first = await openToolkit('#record');
    await first.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }).chrome.storage.session.set({ toolkitPendingCheck: '您的贷款已审批通过，但银行卡号填写错误，资金已冻结，请先缴纳解冻金2000元。' }));
    const page = await b.openExtensionPage('toolkit.html#check');
    await page.getByTestId('check-result').waitFor();
    expect(await page.getByTestId('check-result').getAttribute('data-kind')).toBe('scam');
    expect(await page.getByLabel('粘贴短信、微信或催收消息').inputValue()).toContain('解冻金');
    const left = await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.session.get('toolkitPendingCheck'));
    expect(left).toEqual({});

    const popup = await b.openExtensionPage('popup.html');
    await popup.locator('[data-toolkit=record]').waitFor();
    const hrefs = await popup.locator('[data-toolkit]').evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
    expect(hrefs.map((h) => h.replace(/^chrome-extension:\/\/[^/]+/, ''))).toEqual(['/toolkit.html#check', '/toolkit.html#record', '/toolkit.html#letters', '/toolkit.html#calc']);
    const options = await b.openExtensionPage('options.html');
    await options.locator('[data-toolkit=letters]').waitFor();
    expect(await options.locator('[data-toolkit=letters]').getAttribute('href')).toMatch(/\/toolkit\.html#letters$/);
    await Promise.all([first.close(), page.close(), popup.close(), options.close()]);
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

describe('calculators', () => {
  test('total cost of an offer and the rate calculator', async () => {
    const page = await openToolkit('#calc');
    const cost = page.getByTestId('cost-result');
    await waitFor(async () => (await cost.innerText()).includes('42.4%'), 'default example (fact E9)');
    expect(await cost.innerText()).toContain('一共要还 11,199.96 元，比到手金额多 2,199.96 元。');
    expect(await cost.innerText()).toContain('先扣了 1,000 元（砍头息）');
    await page.locator('input[name=cost-fees]').fill('500');
    await waitFor(async () => (await cost.innerText()).includes('比到手金额多 2,699.96 元'), 'fees counted');
    await page.locator('input[name=cost-periods]').fill('1.5');
    await waitFor(async () => (await cost.innerText()).includes('请输入大于0的数字'), 'bad input said');
    // the shared rate calculator: a daily rate typed the way lenders write it
    await page.getByRole('radio', { name: /日利率|日息/ }).first().check();
    await page.locator('#lg-rate-daily').fill('万五');
    await waitFor(async () => (await page.locator('.lg-rate-result').innerText()).includes('18.25%'), 'daily → APR');
    await page.close();
  });
});

describe('accessibility and screenshots', () => {
  test('each section axe-clean (light) at desktop and 390 px; screenshots saved', async () => {
    const page = await openToolkit('#check');
    const shots: string[] = [];
    const snap = async (name: string) => {
      for (const [w, suffix] of [[1100, ''], [390, '-390']] as const) {
        await page.setViewportSize({ width: w, height: 900 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${name} at ${w}px scrolls sideways`).toBeLessThanOrEqual(0);
        expect(await axeSerious(page), `${name} at ${w}px`).toEqual([]);
        const file = screenshotPath(`toolkit-${name}${suffix}.png`);
        await page.screenshot({ path: file, fullPage: true });
        shots.push(file);
      }
    };
    await page.getByLabel('粘贴短信、微信或催收消息').fill('【催收】你已逾期45天，我司法务部已安排执法人员三日内上门，再不还款就爆通讯录，联系你家人和单位。');
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await page.getByTestId('check-result').waitFor();
    await snap('check');

    await page.getByRole('button', { name: '记录这条消息' }).click();
    await page.locator('form.tk-entry-form textarea[name=said]').waitFor();
    await page.locator('form.tk-entry-form input[name=who]').fill('10690000');
    await page.locator('form.tk-entry-form').getByRole('button', { name: '保存' }).click();
    await waitFor(async () => (await listText(page)).includes('我司法务部'), 'saved');
    await snap('record');

    await page.getByRole('link', { name: '信函与投诉' }).click();
    await page.getByRole('radio', { name: /向机构投诉/ }).check();
    for (const [n, val] of Object.entries({ name: '张三', contact: '13800000000', lender: '某某消费金融有限公司', request: '停止向第三人催收' })) {
      await page.locator(`form [name=${n}]`).fill(val);
    }
    await page.locator('input[name=entry]').first().check();
    await snap('letters');

    await page.getByRole('link', { name: '计算器' }).click();
    await page.getByTestId('cost-result').waitFor();
    await snap('calc');

    // keyboard: the nav is reachable and works with Enter
    await page.keyboard.press('Home');
    await page.locator('a[data-section=check]').focus();
    await page.keyboard.press('Enter');
    await waitFor(async () => (await page.locator('#tk-section-title').innerText()) === '检查消息', 'keyboard nav');

    await page.getByRole('link', { name: '记录' }).click();
    await page.getByRole('button', { name: '全部删除' }).click();
    await confirmDelete(page);
    await waitFor(() => page.getByTestId('record-empty').isVisible(), 'cleared');
    for (const f of shots) expect(fs.statSync(f).size).toBeGreaterThan(1000);
    expect(unexpectedErrors(b.errors)).toEqual([]);
    expect(foreignRequests(b.requests)).toEqual([]);
    await page.close();
  }, 240_000);
});
