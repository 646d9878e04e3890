/**
 * Firefox harness: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (no
 * geckodriver, no browser download), with the BUILT `.output/firefox-mv2` installed as a
 * temporary add-on. Pages come from the shared static server in ../harness.ts.
 *
 *   const f = await launchFirefox();
 *   const page = await f.newPage(url);            // brought to front: hidden tabs never get checked
 *   const ov = await f.overlay(page);             // what our (closed) shadow root shows
 *   const opts = await f.openExtensionPage('options.html');
 *   f.errors, f.requests; await f.close();
 *
 * How extension pages are opened: BiDi refuses to navigate a tab to moz-extension://. Firefox's
 * `--remote-allow-system-access` lets BiDi run script in the browser window itself (scope
 * "chrome"); there we read the add-on's internal UUID and open the page in a new tab as if the
 * user typed its URL. Nothing is added to the shipped build.
 *
 * How the overlay is read: it lives in a CLOSED shadow root, which the page cannot see. From one
 * of our extension pages we run `tabs.executeScript` in the page's content-script world, where
 * Firefox offers `element.openOrClosedShadowRoot` — the shadow host is found by having one, not
 * by its tag name.
 *
 * Requests: Firefox is pointed at the recording proxy of ../harness.ts for every non-loopback
 * request (any process, background page included), so `requests` holds whatever tried to leave.
 * Errors: page errors and console errors of tabs, plus every script error Firefox's console
 * service sees from a moz-extension:// source (background page, content scripts, extension pages).
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import fs from 'node:fs';
import path from 'node:path';
import { SETTINGS_VERSION } from '../../../core/settings';
import { ROOT, startRecordingProxy, waitFor, type ErrorRecord, type RecordedRequest } from '../harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The built Firefox extension under test (LG_OUT_DIR as for the build). */
export function firefoxExtensionDir(): string {
  const dir = path.resolve(ROOT, process.env.LG_OUT_DIR ?? '.output', 'firefox-mv2');
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${dir}: run \`npm run build:firefox\` first.`);
  }
  return dir;
}

/** What the overlay shows on a page, read through its closed shadow root. */
export interface FxOverlay {
  /** elements on the page carrying a shadow root (ours is the only one on test pages) */
  hosts: number;
  text: string;
  /** an open tip card's text ('' when none) */
  card: string;
  /** the overlay's language, from its root's lang attribute or the nearest one */
  lang: string;
  /** the right edge (CSS px) of the overlay's furthest box, to check it fits a phone screen */
  right: number;
}

export interface Firefox {
  browser: Browser;
  extensionId: string;
  /** moz-extension://<uuid> */
  base: string;
  errors: ErrorRecord[];
  requests: RecordedRequest[];
  /** a new tab at `url`, in front (Firefox keeps a background tab `hidden`) */
  newPage(url: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** open one of the extension's pages, e.g. 'options.html', in a new tab in front */
  openExtensionPage(p: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** run `fn(...args)` in an extension page (full `browser.*` API) */
  inExtension<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  tabIdOf(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  overlay(page: Page): Promise<FxOverlay>;
  /** centre (page CSS px) of the overlay's first button whose text contains `text`, or null */
  overlayButton(page: Page, text: string): Promise<{ x: number; y: number } | null>;
  /** text of the open toolbar popup (extension.getViews), or null when none is open */
  toolbarPopupText(): Promise<string | null>;
  /** write the settings item (merged into what is stored), as the options page would */
  setSettings(patch: Record<string, unknown>): Promise<void>;
  /** errors recorded from extension scripts by Firefox's console service */
  extensionErrors(): Promise<ErrorRecord[]>;
  close(): Promise<void>;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

export async function launchFirefox(opts: { extDir?: string } = {}): Promise<Firefox> {
  const requests: RecordedRequest[] = [];
  const errors: ErrorRecord[] = [];
  const proxy = await startRecordingProxy(requests);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets BiDi evaluate in the browser window (scope "chrome"): how extension pages get opened.
    args: ['--remote-allow-system-access'],
    // Firefox honours services.settings.server (below) only with this set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      // loopback (our test server) stays direct
      'network.proxy.allow_hijacking_localhost': false,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'layout.css.devPixelsPerPx': '1.0',
      // Firefox's own background calls (remote settings, captive portal, telemetry…), so that
      // whatever still reaches the proxy is the add-on's doing.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  const extensionId = await browser.installExtension(opts.extDir ?? firefoxExtensionDir());
  const conn = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chromeContext = (tree.result.contexts as Array<{ context: string; url: string }>).find((c) =>
    c.url.startsWith('chrome://browser/'),
  )!.context;

  /** Evaluate an expression in the browser window (privileged); returns its JSON value. */
  async function inChrome<T>(expression: string): Promise<T> {
    const r = await conn.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context: chromeContext },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const res = r.result as { type: string; result?: { value?: string }; exceptionDetails?: { text: string } };
    if (res.type !== 'success') throw new Error(`chrome script failed: ${res.exceptionDetails?.text ?? '?'}`);
    return JSON.parse(res.result?.value ?? 'null') as T;
  }

  const idLiteral = JSON.stringify(extensionId);
  // Collect script errors of our add-on's sources from Firefox's console service.
  await inChrome(`(() => {
    const base = 'moz-extension://' + WebExtensionPolicy.getByID(${idLiteral}).mozExtensionHostname;
    window.__lgErrors = [];
    Services.console.registerListener({ observe(m) {
      if (!(m instanceof Ci.nsIScriptError) || (m.flags & Ci.nsIScriptError.warningFlag)) return;
      if (!String(m.sourceName).startsWith(base)) return;
      window.__lgErrors.push({ where: m.sourceName + ':' + m.lineNumber, text: m.errorMessage });
    } });
    return true;
  })()`);
  const uuid = await inChrome<string>(`WebExtensionPolicy.getByID(${idLiteral}).mozExtensionHostname`);
  const base = `moz-extension://${uuid}`;

  const watch = (p: Page) => {
    p.on('pageerror', (e) => errors.push({ where: `pageerror:${p.url()}`, text: String(e) }));
    p.on('console', (m) => {
      if (m.type() === 'error') errors.push({ where: `console:${p.url()}`, text: m.text() });
    });
  };

  async function prepare(page: Page, viewport?: { width: number; height: number }): Promise<Page> {
    watch(page);
    await page.setViewport(viewport ?? { width: 1280, height: 900 });
    await page.bringToFront();
    return page;
  }

  let control: Page | null = null;
  async function openExtensionPage(p: string, viewport?: { width: number; height: number }): Promise<Page> {
    const url = `${base}/${p.replace(/^\//, '')}`;
    const known = new Set(await browser.pages());
    await inChrome(`(() => {
      const tab = gBrowser.addTab(${JSON.stringify(url)}, {
        triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
      });
      gBrowser.selectedTab = tab;
      return true;
    })()`);
    // puppeteer does not follow BiDi's navigation into moz-extension:, so ask each new tab where
    // it is (the add-on may open tabs of its own meanwhile, e.g. its welcome page).
    const page = (await waitFor(async () => {
      for (const candidate of await browser.pages()) {
        if (known.has(candidate)) continue;
        const at = await candidate.evaluate(() => location.href).catch(() => '');
        if (at === url) return candidate;
      }
      return null;
    }, `extension page ${p}`, 15_000))!;
    await waitFor(() => page.evaluate(() => document.readyState === 'complete'), `${p} to load`);
    await prepare(page, viewport);
    return page;
  }

  async function inExtension<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> {
    return control!.evaluate(fn as never, ...(args as unknown as never[])) as Promise<R>;
  }

  async function tabIdOf(page: Page): Promise<number> {
    const url = page.url();
    const id = await inExtension(async (u: string) => {
      const tabs = await (globalThis as unknown as Ext).browser.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? -1;
    }, url);
    if (id < 0) throw new Error(`no tab found for ${url}`);
    return id;
  }

  // A quiet extension page kept open behind the test's tabs as our control tab. Opened first:
  // bringing a tab to front later would hide the page under test.
  control = await openExtensionPage('popup.html?tab=-1', { width: 400, height: 600 });

  return {
    browser,
    extensionId,
    base,
    errors,
    requests,
    async newPage(url, viewport) {
      const page = await prepare(await browser.newPage(), viewport);
      await page.goto(url);
      return page;
    },
    openExtensionPage,
    inExtension,
    tabIdOf,
    badgeText: (tabId) =>
      inExtension((id: number) => (globalThis as unknown as Ext).browser.browserAction.getBadgeText({ tabId: id }), tabId),
    async overlay(page) {
      const tabId = await tabIdOf(page);
      return inExtension(async (id: number, code: string) => {
        const [res] = await (globalThis as unknown as Ext).browser.tabs.executeScript(id, { code });
        return res as FxOverlay;
      }, tabId, `${PRELUDE}(${readOverlay.toString()})()`);
    },
    async overlayButton(page, text) {
      const tabId = await tabIdOf(page);
      return inExtension(async (id: number, code: string) => {
        const [res] = await (globalThis as unknown as Ext).browser.tabs.executeScript(id, { code });
        return res as { x: number; y: number } | null;
      }, tabId, `${PRELUDE}(${findButton.toString()})(${JSON.stringify(text)})`);
    },
    toolbarPopupText: () =>
      inExtension(() => {
        const ext = (globalThis as unknown as { browser: { extension: { getViews(q: object): Window[] } } }).browser.extension;
        const [popup] = ext.getViews({ type: 'popup' });
        return popup ? popup.document.body.innerText : null;
      }),
    setSettings: (patch) =>
      inExtension(async (p: Record<string, unknown>, version: number) => {
        const local = (globalThis as unknown as Ext).browser.storage.local;
        const cur = ((await local.get('settings')).settings ?? {}) as object;
        await local.set({ settings: { ...cur, version, ...p } });
      }, patch, SETTINGS_VERSION),
    async extensionErrors() {
      return inChrome<ErrorRecord[]>('window.__lgErrors');
    },
    async close() {
      await browser.close();
      await proxy.close();
    },
  };
}

/** tsx (esbuild keepNames) wraps named functions in __name(); give the injected code one. */
const PRELUDE = 'var __name = (f) => f;';

/** Runs in the page's content-script world (Firefox gives it openOrClosedShadowRoot). */
function readOverlay() {
  type El = Element & { openOrClosedShadowRoot?: ShadowRoot | null };
  const roots = [...document.querySelectorAll('*')]
    .map((e) => (e as El).openOrClosedShadowRoot)
    .filter((r): r is ShadowRoot => !!r);
  const root = roots[0];
  if (!root) return { hosts: 0, text: '', card: '', lang: '', right: 0 };
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const card = [...root.querySelectorAll('[role="dialog"], .card')].find(visible);
  const langEl = root.querySelector('[lang]');
  let right = 0;
  for (const el of root.querySelectorAll('*')) right = Math.max(right, el.getBoundingClientRect().right);
  return {
    hosts: roots.length,
    text: root.textContent ?? '',
    card: card?.textContent ?? '',
    lang: langEl?.getAttribute('lang') ?? (root.host as HTMLElement).lang ?? '',
    right,
  };
}

/** Runs in the content-script world: where the user would click a button of the overlay. */
function findButton(text: string) {
  type El = Element & { openOrClosedShadowRoot?: ShadowRoot | null };
  for (const host of document.querySelectorAll('*')) {
    const root = (host as El).openOrClosedShadowRoot;
    const button = root && [...root.querySelectorAll('button, a')].find((b) => b.textContent?.includes(text));
    if (!button) continue;
    const r = button.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  return null;
}

interface Ext {
  browser: {
    tabs: {
      query(q: object): Promise<Array<{ id?: number; url?: string }>>;
      executeScript(tabId: number, d: { code: string; allFrames?: boolean }): Promise<unknown[]>;
    };
    browserAction: { getBadgeText(d: { tabId: number }): Promise<string> };
    storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
  };
}
