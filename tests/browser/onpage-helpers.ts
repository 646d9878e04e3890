/**
 * Helpers for the on-page tests (detector, overlay, marks, badge). Built on harness.ts.
 * Corpus text is read from ../shared at test time and never copied into the project.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SHARED, waitFor, type ExtBrowser } from './harness';

export const HOST_TAG = 'loan-guard-overlay';

export interface CorpusPage {
  id: string;
  url: string;
  label: 'lender' | 'overdue' | 'scam' | 'none';
  hard: boolean;
  text: string;
}

export function seeds(): { name: string; title: string; text: string }[] {
  const dir = path.join(SHARED, 'corpus/seeds');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const first = text.split('\n').find((l) => l.trim()) ?? f;
      return { name: f, title: first.replace(/^#+\s*/, '').trim(), text };
    });
}

export function devCorpus(): CorpusPage[] {
  return fs
    .readFileSync(path.join(SHARED, 'corpus/dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusPage);
}

/** What the overlay shows, read through its (open) shadow root. */
export interface OverlayInfo {
  hosts: number;
  banner: boolean;
  kind: string | null;
  marks: number;
  warn: boolean;
  text: string;
}

export async function overlayInfo(page: Page | import('playwright-core').Frame): Promise<OverlayInfo> {
  return page.evaluate((tag) => {
    const hosts = [...document.querySelectorAll(tag)];
    const root = hosts[0]?.shadowRoot ?? null;
    const lg = root?.querySelector('.lg') ?? null;
    return {
      hosts: hosts.length,
      banner: !!root?.querySelector('.banner, .pill'),
      kind: lg?.getAttribute('data-kind') ?? null,
      marks: Number(lg?.getAttribute('data-marks') ?? 0),
      warn: lg?.getAttribute('data-warn') === '1',
      text: root?.textContent ?? '',
    };
  }, HOST_TAG);
}

/** Size of the page-world view of our highlight (CSS.highlights is per document, shared by worlds). */
export async function highlightSize(page: Page | import('playwright-core').Frame): Promise<number> {
  return page.evaluate(() => {
    const reg = (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights;
    return reg?.get('loan-guard-tip')?.size ?? 0;
  });
}

/** The marked words, as the page world sees the highlight's ranges. */
export async function highlightTexts(page: Page | import('playwright-core').Frame): Promise<string[]> {
  return page.evaluate(() => {
    const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const h = reg?.get('loan-guard-tip');
    return h ? [...h].map((r) => r.toString()) : [];
  });
}

export async function waitForOverlay(page: Page, what = 'the overlay', ms = 15_000): Promise<OverlayInfo> {
  return (await waitFor(async () => {
    const info = await overlayInfo(page);
    return info.banner && info.marks > 0 ? info : null;
  }, what, ms))!;
}

/** Every text node's data, in document order (to prove the page's text was not touched). */
export async function textSnapshot(page: Page): Promise<{ texts: string[]; bodyChildren: number }> {
  return page.evaluate((tag) => {
    const out: string[] = [];
    const w = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) out.push((n as Text).data);
    const bodyChildren = [...document.body.children].filter((c) => c.tagName.toLowerCase() !== tag).length;
    return { texts: out, bodyChildren };
  }, HOST_TAG);
}

/** The verdict the background keeps for a tab, asked the way the popup asks. */
export async function storedVerdict(b: ExtBrowser, tabId: number): Promise<unknown> {
  const page = await b.openExtensionPage('popup.html');
  try {
    return await page.evaluate(
      (id) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'lg:get-verdict', tabId: id }),
      tabId,
    );
  } finally {
    await page.close();
  }
}

/** Wait a fixed "quiet" period so an idle-scheduled detector has certainly run. */
export async function settle(page: Page, ms = 2_500): Promise<void> {
  await page.waitForTimeout(ms);
}

export interface DetectorView {
  frameId: number;
  rev: number;
  kind: string | null;
  truncated: boolean;
  overlay: boolean;
  sampleChars: number;
  /** the engine script has been injected into this frame (only pages past the pre-gate get it) */
  engine: boolean;
}

/**
 * Read the detector's shared state in the extension's isolated world of every frame (through
 * the service worker's scripting.executeScript), e.g. to wait until it has run at least once.
 */
export async function detectorState(b: ExtBrowser, tabId: number): Promise<DetectorView[]> {
  return b.serviceWorker.evaluate(async (id: number) => {
    const c = (globalThis as unknown as {
      chrome: { scripting: { executeScript(d: object): Promise<Array<{ frameId: number; result?: unknown }>> } };
    }).chrome;
    const res = await c.scripting.executeScript({
      target: { tabId: id, allFrames: true },
      func: () => {
        const s = (globalThis as unknown as { __loanGuard?: { rev: number; verdict: { kind: string; truncated?: boolean } | null; overlay: boolean; sample: { text: string } | null; engine: object | null } }).__loanGuard;
        return s
          ? { rev: s.rev, kind: s.verdict?.kind ?? null, truncated: !!s.verdict?.truncated, overlay: s.overlay, sampleChars: s.sample?.text.length ?? 0, engine: s.engine != null }
          : null;
      },
    });
    return res.map((r) => ({ frameId: r.frameId, ...(r.result as object) })) as never;
  }, tabId);
}

/** Wait until the detector in the top frame (or every frame) has checked the page at least once. */
export async function waitForDetector(b: ExtBrowser, tabId: number, allFrames = false): Promise<DetectorView[]> {
  return (await waitFor(async () => {
    const views = await detectorState(b, tabId);
    const relevant = allFrames ? views : views.filter((v) => v.frameId === 0);
    return relevant.length > 0 && relevant.every((v) => v.rev > 0) ? views : null;
  }, 'the detector to run', 15_000))!;
}
