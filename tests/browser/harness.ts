/**
 * Real-browser test harness: Debian Chromium driven by playwright-core, with the BUILT
 * extension loaded (no browser download, no mocks).
 *
 *   const server = await startServer();               // pages on 127.0.0.1
 *   server.page('/a.html', '<h1>…</h1>', { 'Content-Security-Policy': "style-src 'none'" });
 *   const b = await launchBrowser();                   // Chromium + extension
 *   const page = await b.context.newPage(); await page.goto(server.url('/a.html'));
 *   b.errors  → page errors, console errors (pages, service worker, content scripts)
 *   b.requests → every request any context made; assertOnlyLocalRequests(b) checks them
 *   await b.close(); await server.close();
 *
 * Every request that is not to 127.0.0.1 also goes through a recording proxy (Chromium's
 * --proxy-server), so a request Playwright cannot attribute is still caught.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = path.resolve(ROOT, '../shared');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.join(ROOT, 'docs/screenshots');

/** The built Chrome extension under test (set LG_EXT_DIR to test another build). */
export function extensionDir(): string {
  const dir = path.resolve(ROOT, process.env.LG_EXT_DIR ?? '.output/chrome-mv3');
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}: run \`npm run build\` first (or set LG_EXT_DIR).`);
  }
  return dir;
}

// ---------------------------------------------------------------- local server

export interface ServedPage {
  body: string | Buffer;
  headers?: Record<string, string>;
  status?: number;
}

export interface TestServer {
  origin: string;
  url(p: string): string;
  /** serve `body` (HTML unless a content-type header says otherwise) at path `p` */
  page(p: string, body: string | Buffer, headers?: Record<string, string>): string;
  /** every path requested, in order (to check nothing unexpected was fetched) */
  hits: string[];
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A static server on 127.0.0.1 (random port). Registered pages win; otherwise files are
 * served from `staticDirs` (first match), e.g. { '/vendor/': 'node_modules/preact/dist' }.
 */
export async function startServer(
  staticDirs: Record<string, string> = {},
): Promise<TestServer> {
  const pages = new Map<string, ServedPage>();
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    hits.push(u.pathname);
    if (u.pathname === '/favicon.ico') {
      res.writeHead(204); // browsers ask for it on every page; a 404 would log a console error
      res.end();
      return;
    }
    const p = pages.get(u.pathname);
    if (p) {
      res.writeHead(p.status ?? 200, { 'content-type': MIME['.html']!, ...p.headers });
      res.end(p.body);
      return;
    }
    for (const [prefix, dir] of Object.entries(staticDirs)) {
      if (!u.pathname.startsWith(prefix)) continue;
      const base = path.resolve(ROOT, dir);
      const file = path.resolve(base, '.' + u.pathname.slice(prefix.length - 1));
      if (file.startsWith(base) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' });
        fs.createReadStream(file).pipe(res);
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    hits,
    url: (p) => origin + p,
    page(p, body, headers) {
      pages.set(p, { body, headers });
      return origin + p;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections?.();
        server.close(() => r());
      }),
  };
}

/** Minimal HTML page around some text (escaped): paragraphs split on blank/new lines. */
export function htmlPage(title: string, text: string, extraHead = ''): string {
  const esc = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const paras = text
    .split(/\n+/)
    .filter((l) => l.trim())
    .map((l) => `<p>${esc(l)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title>${extraHead}</head><body><main><h1>${esc(title)}</h1>\n${paras}</main></body></html>`;
}

// ---------------------------------------------------------------- recording proxy

/** Anything Chromium sends to a non-loopback host lands here, is recorded and refused. */
export async function startRecordingProxy(log: RecordedRequest[]) {
  const server = http.createServer((req, res) => {
    log.push({ url: req.url ?? '', source: 'proxy' });
    res.writeHead(502);
    res.end();
  });
  server.on('connect', (req, socket) => {
    log.push({ url: `https://${req.url ?? ''}`, source: 'proxy' });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as { port: number }).port,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections?.();
        server.close(() => r());
      }),
  };
}

// ---------------------------------------------------------------- browser

export interface RecordedRequest {
  url: string;
  /** page: a page or frame (extension pages and content scripts included); worker: service worker; proxy: caught by the proxy */
  source: 'page' | 'worker' | 'proxy';
  frameUrl?: string;
}

export interface ErrorRecord {
  where: string;
  text: string;
}

export interface ExtBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
  errors: ErrorRecord[];
  requests: RecordedRequest[];
  /** open an extension page (e.g. 'popup.html?tab=3') in a new tab */
  openExtensionPage(p: string): Promise<Page>;
  /** the tab id of a page, asked from the extension's service worker */
  tabIdOf(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  /** stop the extension's service worker (as Chromium does when it is idle); resolves once stopped */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extDir?: string;
  /** browser UI language, e.g. 'zh-CN' or 'en-US' */
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** load no extension at all (for baselines) */
  noExtension?: boolean;
  /** keep using this profile (e.g. to test a second start) */
  userDataDir?: string;
  viewport?: { width: number; height: number };
}

export function chromiumArgs(extDir: string | null, proxyPort: number | null): string[] {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--no-first-run',
    '--disable-quic',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
  ];
  if (extDir) args.push(`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`);
  if (proxyPort) {
    // '<-loopback>' removes Chromium's implicit loopback bypass; then we bypass only our server.
    args.push(`--proxy-server=http://127.0.0.1:${proxyPort}`, '--proxy-bypass-list=127.0.0.1');
  }
  return args;
}

/** A test file's local server and browser with the built extension (its beforeAll). */
export async function openBrowser(opts: LaunchOptions = {}): Promise<{ server: TestServer; b: ExtBrowser }> {
  const server = await startServer();
  return { server, b: await launchBrowser(opts) };
}

/** Close what openBrowser opened (its afterAll; either may be missing when the start failed). */
export async function closeBrowser(b: ExtBrowser | undefined, server: TestServer | undefined): Promise<void> {
  await b?.close();
  await server?.close();
}

export async function launchBrowser(opts: LaunchOptions = {}): Promise<ExtBrowser> {
  const extDir = opts.noExtension ? null : (opts.extDir ?? extensionDir());
  const userDataDir = opts.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'lg-profile-'));
  const requests: RecordedRequest[] = [];
  const errors: ErrorRecord[] = [];
  const proxy = await startRecordingProxy(requests);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(extDir, proxy.port),
    locale: opts.locale ?? 'zh-CN',
    // Playwright's locale reaches pages (navigator.language) but not the browser's own UI
    // language, which i18n.getUILanguage() reports to the worker: on Linux that comes from
    // LANGUAGE (chromium-l10n provides the translations). Both must say the same, as for a user.
    env: { ...process.env, LANGUAGE: (opts.locale ?? 'zh-CN').replace('-', '_') },
    colorScheme: opts.colorScheme ?? 'light',
    viewport: opts.viewport ?? { width: 1280, height: 900 },
  });

  context.on('request', (req) => {
    const worker = req.serviceWorker();
    let frameUrl: string | undefined;
    try {
      frameUrl = req.frame().url();
    } catch {
      frameUrl = undefined; // service-worker requests have no frame
    }
    requests.push({ url: req.url(), source: worker ? 'worker' : 'page', frameUrl });
  });
  context.on('weberror', (e) => errors.push({ where: 'page', text: String(e.error()) }));
  context.on('console', (m) => {
    if (m.type() !== 'error') return;
    const where = m.worker() ? `worker:${m.worker()!.url()}` : `page:${m.page()?.url() ?? '?'}`;
    errors.push({ where, text: m.text() });
  });
  const watchPage = (p: Page) => {
    p.on('pageerror', (e) => errors.push({ where: `pageerror:${p.url()}`, text: String(e) }));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);

  let serviceWorker: Worker | undefined;
  let extensionId = '';
  if (extDir) {
    serviceWorker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(serviceWorker.url()).host;
  }

  const sw = () => {
    // A service worker can be stopped and restarted by Chromium: always take the live one.
    const live = context.serviceWorkers().find((w) => w.url().includes(extensionId));
    return live ?? serviceWorker!;
  };

  return {
    context,
    extensionId,
    get serviceWorker() {
      return sw();
    },
    userDataDir,
    errors,
    requests,
    async openExtensionPage(p) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${p.replace(/^\//, '')}`);
      return page;
    },
    async tabIdOf(page) {
      await page.bringToFront();
      const url = page.url();
      const id = await sw().evaluate(async (u: string) => {
        // No "tabs" permission: match on the URL we are allowed to see, else the active tab.
        const all = await chrome.tabs.query({});
        const hit = all.find((t) => t.url === u) ?? all.find((t) => t.active);
        return hit?.id ?? -1;
      }, url);
      if (id < 0) throw new Error(`no tab found for ${url}`);
      return id;
    },
    async badgeText(tabId) {
      return sw().evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async stopServiceWorker() {
      // DevTools' ServiceWorker domain, from one of our own pages (the worker's storage partition).
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      const cdp = await context.newCDPSession(page);
      let stopped = false;
      cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: Array<{ scriptURL: string; runningStatus: string }> }) => {
        if (e.versions.some((v) => v.scriptURL.includes(extensionId) && v.runningStatus === 'stopped')) stopped = true;
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor(() => stopped, 'the service worker to stop');
      await cdp.detach();
      await page.close();
    },
    async close() {
      await context.close();
      await proxy.close();
      if (!opts.userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------- assertions & helpers

/**
 * Chromium itself (not any extension) phones Google for time, accounts and component updates
 * even with background networking disabled; the proxy sees those with no initiator. They are
 * allowed only for these hosts: a proxied request to any other host fails the check.
 */
const CHROMIUM_OWN_HOSTS = /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)$/;

/** Requests that went anywhere but 127.0.0.1 / extension / data URLs (Chromium's own calls aside). */
export function foreignRequests(reqs: readonly RecordedRequest[]): RecordedRequest[] {
  return reqs.filter((r) => {
    if (r.source === 'proxy') {
      try {
        return !CHROMIUM_OWN_HOSTS.test(new URL(r.url).hostname);
      } catch {
        return true;
      }
    }
    try {
      const u = new URL(r.url);
      if (['chrome-extension:', 'data:', 'blob:', 'about:'].includes(u.protocol)) return false;
      return u.hostname !== '127.0.0.1';
    } catch {
      return true;
    }
  });
}

/** Errors, minus ones the test explicitly expects (regexes). */
export function unexpectedErrors(errors: readonly ErrorRecord[], allow: RegExp[] = []): ErrorRecord[] {
  return errors.filter((e) => !allow.some((re) => re.test(e.text)));
}

type Target = Page | import('playwright-core').Frame;

/**
 * Run `fn` in the extension's isolated world of `target` (the watcher's and overlay's world),
 * through the service worker's scripting.executeScript — the only way in: the overlay's shadow
 * root is closed and the page state is a symbol-keyed global of that world.
 */
export async function inIsolatedWorld<R>(b: ExtBrowser, target: Target, fn: (...args: never[]) => R, ...args: unknown[]): Promise<R> {
  const page = 'page' in target && typeof target.page === 'function' ? target.page() : (target as Page);
  const tabId = await b.tabIdOf(page);
  const href = target.url();
  const src = `(async () => {
    const res = await chrome.scripting.executeScript({
      target: { tabId: ${tabId}, allFrames: true },
      func: (...a) => ({ href: location.href, value: (${fn.toString()})(...a) }),
      args: ${JSON.stringify(args)},
    });
    return res.map((r) => r.result);
  })()`;
  const all = (await b.serviceWorker.evaluate(src)) as Array<{ href: string; value: R } | null>;
  const hit = all.find((r) => r && r.href === href) ?? all[0];
  return hit?.value as R;
}

/** Elements that could be our overlay's host (a random x-… tag), as the page sees them. */
export async function shadowHostCount(page: Page): Promise<number> {
  return page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => /^x-[0-9a-z]{12}$/i.test(e.tagName)).length);
}

/** Our overlay's language and text, read inside its closed shadow root (null when none). */
export async function overlayContent(b: ExtBrowser, page: Target): Promise<{ lang: string | null; text: string } | null> {
  return inIsolatedWorld(b, page, () => {
    const root = (globalThis as unknown as Record<symbol, { shadow: ShadowRoot | null } | undefined>)[Symbol.for('loan-guard.page')]?.shadow;
    const lg = root?.querySelector('.lg');
    return lg ? { lang: lg.getAttribute('lang'), text: root!.textContent ?? '' } : null;
  });
}

/** Text inside our overlay's (closed) shadow root; empty string when none. */
export async function overlayText(b: ExtBrowser, page: Page): Promise<string> {
  return (await overlayContent(b, page))?.text ?? '';
}

/** Wait until `fn` returns a truthy value (polling), or throw with `what` after `ms`. */
export async function waitFor<T>(fn: () => Promise<T> | T, what: string, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, name);
}

declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string; active: boolean }>> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};
