/**
 * Issue 11: on a page with several rate claims, every rate mark's card shows its own claim's
 * numbers (the card used to carry the first claim's rate). Chromium, built extension, hover.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeBrowser, openBrowser, waitFor, type ExtBrowser, type TestServer } from './harness';
import { highlightTexts, inIsolatedWorld, waitForOverlay } from './onpage-helpers';

/** The open tip card's text, read inside the overlay's closed shadow root (isolated world). */
const cardText = (page: import('playwright-core').Page) =>
  inIsolatedWorld(b, page, () =>
    (globalThis as unknown as Record<symbol, { shadow: ShadowRoot | null }>)[Symbol.for('loan-guard.page')]?.shadow?.querySelector('.card')?.textContent ?? '');

let server: TestServer;
let b: ExtBrowser;

beforeAll(async () => ({ server, b } = await openBrowser()));
afterAll(() => closeBrowser(b, server));

const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>快借 · 线上借款，最高可借5万元</title></head><body><main>
<h1>快借：线上个人消费贷款，最高可借5万元，当天到账</h1>
<p>快借是一款线上个人消费信用贷款产品。凭身份证和银行卡即可申请借款，额度最高5万元，审批快。</p>
<p>短期借款按日计息：日息0.1%，随借随还。</p>
<p>分期借款：分12期还款，月费率0.8%，按月还款。</p>
<p>大额借款：年化利率18%，最长36期。</p>
<p><a href="#apply">立即申请借款</a></p>
</main></body></html>`;

/** Hover the highlight range whose text is `text`; return the card's text once it names `expect`. */
async function hoverCard(page: import('playwright-core').Page, text: string, want: RegExp): Promise<string> {
  const rect = await page.evaluate((t) => {
    // highlight names are random per load: our tip highlight is the one of priority 0
    let r: Range | undefined;
    (CSS as unknown as { highlights: Map<string, Set<Range> & { priority: number }> }).highlights.forEach((h) => {
      if (h.priority === 0) r ??= [...h].find((x) => x.toString() === t);
    });
    r = r!;
    r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const box = r.getClientRects()[0]!;
    return { x: box.left + Math.min(4, box.width / 2), y: box.top + box.height / 2 };
  }, text);
  // close the previous card first (it may sit over the next claim), then hover this one
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await waitFor(async () => ((await cardText(page)) ? null : true), 'no card open');
  await page.mouse.move(rect.x, rect.y, { steps: 4 });
  let last = '';
  return waitFor<string>(async () => {
    const card = await cardText(page);
    last = card;
    return card.includes(text) && want.test(card) ? card : (null as unknown as string);
  }, `the card of ${text}`).catch((e) => {
    throw new Error(`${String(e)}; last card: ${last.slice(0, 300)}`);
  });
}

describe('rate cards', () => {
  test('three rate claims on one page: each card shows its own numbers', async () => {
    const page = await b.context.newPage();
    await page.goto(server.page('/rates.html', PAGE));
    await waitForOverlay(b, page);
    await waitFor(async () => ((await highlightTexts(page)).length >= 3 ? true : null), 'three rate marks');
    expect((await highlightTexts(page)).sort()).toEqual(['年化利率18%', '日息0.1%', '月费率0.8%'].sort());

    // 0.1 % a day → about 36.5 % a year (simple), not 18 % or the fee's 17.3 %
    const daily = await hoverCard(page, '日息0.1%', /36\.5/);
    expect(daily).not.toMatch(/17\.3|\b18%|页面写的是年化|states 18/);
    // 0.8 % a month on the original principal over 12 instalments → IRR about 17.3 %
    const fee = await hoverCard(page, '月费率0.8%', /17\.3/);
    expect(fee).toMatch(/9\.6/); // the headline it looks like
    expect(fee).not.toMatch(/36\.5/);
    // a stated annual rate is shown as stated
    const annual = await hoverCard(page, '年化利率18%', /页面写的是年化 18%|The page states 18% a year/);
    expect(annual).not.toMatch(/36\.5|17\.3/);
    await page.close();
  });
});
