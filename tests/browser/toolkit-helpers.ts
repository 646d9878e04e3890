/** Helpers shared by the toolkit browser tests (toolkit.browser.test.ts, toolkit-record.browser.test.ts). */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { waitFor, type ExtBrowser } from './harness';

declare const chrome: { storage: { local: { set(v: object): Promise<void> } } };

export async function openToolkit(b: ExtBrowser, hash = '', language: 'zh-CN' | 'zh-TW' | 'en' = 'zh-CN'): Promise<Page> {
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

export async function axeSerious(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

export const notice = (page: Page) => page.getByTestId('record-notice').innerText();
export const listText = async (page: Page) => ((await page.getByTestId('record-list').count()) ? page.getByTestId('record-list').innerText() : '');

export async function addEntry(page: Page, at: string, channel: string, who: string, said: string, rules: string[] = []) {
  const form = page.locator('form.tk-entry-form');
  await form.locator('input[name=at]').fill(at);
  await form.locator('select[name=channel]').selectOption(channel);
  await form.locator('input[name=who]').fill(who);
  await form.locator('textarea[name=said]').fill(said);
  for (const r of rules) await form.locator(`input[name=rule][value=${r}]`).check();
  await form.getByRole('button', { name: '保存' }).click();
  await waitFor(async () => (await listText(page)).includes(said.split('\n')[0]!), `entry "${said}" listed`);
}

export async function confirmDelete(page: Page) {
  await page.locator('dialog[open]').getByRole('button', { name: '确定删除' }).click();
}

