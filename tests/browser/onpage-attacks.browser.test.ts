/**
 * A hostile page tries, from its own scripts (main world), to silence Loan Guard, speak in its
 * voice, open tabs, flood storage, or tell that it is there (issue 14); and the background's
 * worker is stopped mid-visit (issue 12). Each test asserts the outcome a user needs.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  closeBrowser, htmlPage, openBrowser, unexpectedErrors, waitFor, type ExtBrowser, type TestServer,
} from './harness';
import {
  detectorState, highlightSize, hostCount, inIsolatedWorld, overlayInfo, seeds, storedVerdict, waitForDetector, waitForOverlay,
} from './onpage-helpers';

let server: TestServer;
let b: ExtBrowser;
const seed = seeds()[2]!;
const flaggedPage = (script = '') => htmlPage(seed.title, seed.text, script);

beforeAll(async () => ({ server, b } = await openBrowser()));
afterAll(() => closeBrowser(b, server));

const badgeSet = async (tabId: number) => {
  await waitFor(() => b.context.serviceWorkers().length > 0 || null, 'a running service worker');
  return waitFor(async () => ((await b.badgeText(tabId)) !== '' ? true : null), 'the badge');
};

/** The frames the background stores for a tab, read from storage.session in the worker. */
async function storedFrames(tabId: number): Promise<number> {
  return b.serviceWorker.evaluate(async (id: number) => {
    const c = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, { frames?: object }>> } } } }).chrome;
    const got = await c.storage.session.get(`lg:tab:${id}`);
    return Object.keys(got[`lg:tab:${id}`]?.frames ?? {}).length;
  }, tabId);
}

describe('the worker restarts mid-visit', () => {
  test('the verdict is neither lost nor duplicated; the next re-check is answered by a fresh engine', async () => {
    const page = await b.context.newPage();
    await page.goto(server.page('/restart.html', flaggedPage()));
    await waitForOverlay(b, page);
    const tabId = await b.tabIdOf(page);
    await badgeSet(tabId);
    const before = (await detectorState(b, tabId))[0]!;

    await b.stopServiceWorker();
    // Not lost: a fresh worker answers the popup from storage.session.
    const stored = (await storedVerdict(b, tabId)) as { verdict: { kind: string } } | null;
    expect(stored?.verdict.kind).toBe('overdue');

    await b.stopServiceWorker();
    // A large change on the flagged page: the watcher sends a new sample, which wakes the worker.
    await page.evaluate((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      document.querySelector('main')!.append(p);
    }, seed.text.slice(0, 600));
    await waitFor(async () => ((await detectorState(b, tabId))[0]!.rev > before.rev ? true : null), 'a re-check after the restart');
    await badgeSet(tabId);
    expect(await storedFrames(tabId)).toBe(1);
    expect((await detectorState(b, tabId))[0]!.kind).toBe('overdue');
    expect(await hostCount(page)).toBe(1); // no second overlay injected
    await page.close();
  });
});

describe('silence it', () => {
  test('forged WXT lifecycle events (before and after our start) do not stop the watcher', async () => {
    const forge = `<script>
      const names = ['${b.extensionId}:content:wxt:content-script-started', 'loan-guard@loanguard.invalid:content:wxt:content-script-started',
        'wxt:content-script-started', 'content:wxt:content-script-started'];
      const fire = () => { for (const n of names) { window.dispatchEvent(new CustomEvent(n, { detail: { contentScriptName: 'content', messageId: Math.random() } }));
        document.dispatchEvent(new CustomEvent(n, { detail: { contentScriptName: 'content', messageId: Math.random() } })); }
        window.postMessage({ type: 'wxt:content-script-started', contentScriptName: 'content', messageId: 'x' }, '*'); };
      fire(); setInterval(fire, 20);
    </script>`;
    const page = await b.context.newPage();
    await page.goto(server.page('/forge.html', flaggedPage(forge)));
    const info = await waitForOverlay(b, page);
    expect(info.kind).toBe('overdue');
    await badgeSet(await b.tabIdOf(page));
    await page.close();
  });
});

describe('speak in its voice', () => {
  test('the shadow root is closed: the page cannot read or rewrite our text', async () => {
    const page = await b.context.newPage();
    await page.goto(server.page('/closed.html', flaggedPage()));
    const info = await waitForOverlay(b, page);
    const probe = await page.evaluate(() => {
      const host = [...document.body.children].at(-1) as HTMLElement;
      const own = host.shadowRoot;
      try {
        host.attachShadow({ mode: 'open' }); // a second root is refused
      } catch {
        /* expected */
      }
      host.textContent = '借贷护盾已核实：本平台正规合法，可放心借款';
      return { shadowRoot: own === null, light: document.body.innerText.includes('借贷护盾') ? 'light' : 'none' };
    });
    expect(probe.shadowRoot).toBe(true);
    // Light-DOM text under our host is not rendered (no slot); our banner keeps our words.
    const after = await overlayInfo(b, page);
    expect(after.text).toBe(info.text);
    expect(after.text).not.toContain('正规合法');
    await page.close();
  });

  test('scripted clicks on our controls do nothing: no mute, no extra tab', async () => {
    const page = await b.context.newPage();
    await page.goto(server.page('/clicks.html', flaggedPage()));
    await waitForOverlay(b, page);
    const pagesBefore = b.context.pages().length;
    // Even from inside our own world (what a page could only dream of), .click() is untrusted.
    const clicked = await inIsolatedWorld(b, page, () => {
      const root = (globalThis as unknown as Record<symbol, { shadow: ShadowRoot }>)[Symbol.for('loan-guard.page')]!.shadow;
      const buttons = [...root.querySelectorAll<HTMLButtonElement>('button')];
      for (let i = 0; i < 20; i++) for (const btn of buttons) btn.click();
      return buttons.length;
    });
    expect(clicked).toBeGreaterThan(0);
    // And from the page: clicks on our host, and a flood of synthetic clicks everywhere.
    await page.evaluate(() => {
      const host = [...document.body.children].at(-1) as HTMLElement;
      for (let i = 0; i < 50; i++) {
        host.click();
        document.body.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 100, clientY: 100 }));
      }
    });
    await page.waitForTimeout(1_000);
    expect(b.context.pages().length).toBe(pagesBefore);
    const settings = await b.serviceWorker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
      return (await c.storage.local.get('settings')).settings ?? null;
    });
    expect(JSON.stringify(settings ?? {})).not.toContain('127.0.0.1');
    expect((await overlayInfo(b, page)).banner).toBe(true);
    await page.close();
  });
});

describe('flood storage', () => {
  test('a 1.5 MB replaceState URL is stored as a bounded key; the badge still shows', { timeout: 120_000 }, async () => {
    const page = await b.context.newPage();
    await page.goto(server.page('/huge-url.html', flaggedPage()));
    await waitForOverlay(b, page);
    const tabId = await b.tabIdOf(page);
    await page.evaluate(() => history.replaceState(null, '', `?${'x'.repeat(1_500_000)}`));
    // Every DevTools event about this tab now carries the 1.5 MB URL: the harness is slow here, not the extension.
    await waitFor(async () => ((await detectorState(b, tabId))[0]!.kind === 'overdue' ? true : null), 'the re-check at the new URL', 45_000);
    await badgeSet(tabId);
    const bytes = await b.serviceWorker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { session: { getBytesInUse(k: null): Promise<number> } } } }).chrome;
      return c.storage.session.getBytesInUse(null);
    });
    expect(bytes).toBeLessThan(100_000);
    await page.close();
  });
});

describe('read every frame', () => {
  test('a srcdoc iframe with a loan page is read and flagged', async () => {
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const inner = htmlPage(seed.title, seed.text);
    const outer = htmlPage('旅行笔记', '周末去了湖边散步，天气很好。').replace(
      '</main>',
      `<iframe srcdoc="${esc(inner)}" title="inner" style="width:900px;height:700px;border:0"></iframe></main>`,
    );
    const page = await b.context.newPage();
    await page.goto(server.page('/srcdoc.html', outer));
    const frame = (await waitFor(() => page.frames().find((f) => f.url() === 'about:srcdoc'), 'the srcdoc frame'))!;
    const info = (await waitFor(async () => {
      const i = await overlayInfo(b, frame);
      return i.banner ? i : null;
    }, 'the overlay in the srcdoc frame'))!;
    expect(info.kind).toBe('overdue');
    await badgeSet(await b.tabIdOf(page));
    await page.close();
  });
});

describe('tell it is there', () => {
  test('an ordinary page finds no trace: no element, attribute, event, style sheet or highlight', async () => {
    const probe = `<script>
      window.__seen = { mutations: 0, events: [] };
      // From the end of parsing on (our script runs after it, at document_idle).
      document.addEventListener('DOMContentLoaded', () => new MutationObserver((r) => { window.__seen.mutations += r.length; })
        .observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true }));
      const names = ['${b.extensionId}:content:wxt:content-script-started', 'wxt:content-script-started', 'wxt:locationchange', 'message'];
      for (const n of names) { window.addEventListener(n, (e) => window.__seen.events.push(n + ':' + (e.isTrusted ? 't' : 'u')), true);
        document.addEventListener(n, (e) => window.__seen.events.push(n), true); }
    </script>`;
    const page = await b.context.newPage();
    await page.goto(server.page('/probe.html', htmlPage('湖边的一天', '清晨的湖面上飘着薄雾，沿着步道走一圈大约需要四十分钟。\n'.repeat(60), probe)));
    const tabId = await b.tabIdOf(page);
    await waitForDetector(b, tabId);
    await page.waitForTimeout(500);
    const seen = await page.evaluate(() => ({
      ...(window as unknown as { __seen: { mutations: number; events: string[] } }).__seen,
      highlights: (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size,
      sheets: document.adoptedStyleSheets.length,
      htmlAttrs: document.documentElement.getAttributeNames(),
      bodyAttrs: document.body.getAttributeNames(),
      globals: Object.keys(window).filter((k) => /loan|guard|wxt|lg/i.test(k)),
    }));
    expect(seen).toEqual({ mutations: 0, events: [], highlights: 0, sheets: 0, htmlAttrs: ['lang'], bodyAttrs: [], globals: [] });
    expect(await hostCount(page)).toBe(0);
    expect(await highlightSize(page)).toBe(0);
    await page.close();
  });

  test('no errors', () => {
    expect(unexpectedErrors(b.errors)).toEqual([]);
  });
});
