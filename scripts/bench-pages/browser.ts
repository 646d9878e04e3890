/**
 * Chromium for the page benchmark, started by hand (not by playwright's persistent launcher): we
 * know its process id (for the worker's CPU time, ./worker-cpu.ts) and have a browser-wide
 * DevTools session (to stop the extension's worker and measure its first task after a start).
 */
import { chromium, type Browser, type BrowserContext, type CDPSession } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumArgs, CHROMIUM } from '../../tests/browser/harness';
import { workerCpuMs } from './worker-cpu';

export interface BenchBrowser {
  browser: Browser;
  context: BrowserContext;
  cdp: CDPSession;
  /** "chrome-extension://<id>/" of the loaded extension, or null */
  extOrigin: string | null;
  /** CPU ms so far of the extension's service-worker threads (0 without an extension) */
  workerCpuMs(): number;
  /** Stop the extension's service worker (it starts again on the next event). */
  stopWorker(): Promise<boolean>;
  close(): Promise<void>;
}

async function waitForFile(file: string, ms: number): Promise<string> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (fs.existsSync(file)) {
      const text = fs.readFileSync(file, 'utf8');
      if (text.includes('\n')) return text;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Chromium did not write ${file}`);
}

export async function launchBench(extDir: string | null): Promise<BenchBrowser> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-bench-profile-'));
  const proc = spawn(
    CHROMIUM,
    [
      '--headless=new',
      `--user-data-dir=${userDataDir}`,
      '--remote-debugging-port=0',
      '--window-size=1280,900',
      '--lang=zh-CN',
      ...chromiumArgs(extDir, null),
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const port = (await waitForFile(path.join(userDataDir, 'DevToolsActivePort'), 20_000)).split('\n')[0]!;
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0]!;
  const cdp = await browser.newBrowserCDPSession();
  let extOrigin: string | null = null;
  if (extDir) {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extOrigin = sw.url().replace(/^(chrome-extension:\/\/[^/]+\/).*$/, '$1');
  }
  // Close the welcome tab (Loan Guard opens it on install; it may take a moment) and any other tab.
  const end = Date.now() + (extDir ? 2000 : 0);
  do {
    await new Promise((r) => setTimeout(r, 250));
    for (const p of context.pages()) if (p.url() !== 'about:blank') await p.close().catch(() => {});
  } while (Date.now() < end);

  return {
    browser,
    context,
    cdp,
    extOrigin,
    workerCpuMs: () => (extDir && proc.pid ? workerCpuMs(proc.pid) : 0),
    async stopWorker() {
      if (!extOrigin) return false;
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
      const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(extOrigin!));
      if (!sw) return false;
      // Closing the worker's target ends the worker, like Chrome's idle timeout does; the next
      // event (a content script's message) starts it again.
      await cdp.send('Target.closeTarget', { targetId: sw.targetId }).catch(() => undefined);
      return true;
    },
    async close() {
      await browser.close().catch(() => {});
      proc.kill();
      await new Promise((r) => setTimeout(r, 500));
      fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}
