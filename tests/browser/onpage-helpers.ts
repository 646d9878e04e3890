/**
 * Helpers for the on-page tests (detector, overlay, marks, badge). Built on harness.ts.
 * Corpus text is read from ../shared at test time and never copied into the project.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { inIsolatedWorld, SHARED, waitFor, type ExtBrowser } from './harness';

export { inIsolatedWorld };

/** Our host element's tag: random per load (x- and 12 base-36 characters), nothing brand-named. */
export const HOST_TAG_RE = /^x-[0-9a-z]{12}$/i;

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

type Target = Page | import('playwright-core').Frame;

/** What the overlay shows, read inside its closed shadow root (from the isolated world). */
export interface OverlayInfo {
  hosts: number;
  banner: boolean;
  kind: string | null;
  marks: number;
  warn: boolean;
  text: string;
}

export async function overlayInfo(b: ExtBrowser, target: Target): Promise<OverlayInfo> {
  return inIsolatedWorld(b, target, () => {
    const s = (globalThis as unknown as Record<symbol, { host: Element | null; shadow: ShadowRoot | null } | undefined>)[Symbol.for('loan-guard.page')];
    const root = s?.shadow ?? null;
    const lg = root?.querySelector('.lg') ?? null;
    return {
      hosts: s?.host?.isConnected ? 1 : 0,
      banner: !!root?.querySelector('.banner, .pill'),
      kind: lg?.getAttribute('data-kind') ?? null,
      marks: Number(lg?.getAttribute('data-marks') ?? 0),
      warn: lg?.getAttribute('data-warn') === '1',
      text: root?.textContent ?? '',
    };
  });
}

/** Elements in the page that could be our host (a random x-… tag), as the page sees them. */
export async function hostCount(target: Target): Promise<number> {
  return target.evaluate((re) => [...document.querySelectorAll('*')].filter((e) => new RegExp(re, 'i').test(e.tagName)).length, HOST_TAG_RE.source);
}

/**
 * Our tip highlight as the page's world sees it (CSS.highlights is per document, shared by
 * worlds): the names are random, so it is the registered highlight(s) of priority 0.
 */
export async function highlightSize(target: Target): Promise<number> {
  return target.evaluate(() => {
    const reg = (CSS as unknown as { highlights?: Map<string, { size: number; priority: number }> }).highlights;
    let n = 0;
    reg?.forEach((h) => {
      if (h.priority === 0) n += h.size;
    });
    return n;
  });
}

/** The marked words, as the page world sees the highlight's ranges. */
export async function highlightTexts(target: Target): Promise<string[]> {
  return target.evaluate(() => {
    const reg = (CSS as unknown as { highlights?: Map<string, Set<Range> & { priority: number }> }).highlights;
    const out: string[] = [];
    reg?.forEach((h) => {
      if (h.priority === 0) for (const r of h) out.push(r.toString());
    });
    return out;
  });
}

/** Ranges of our tip highlight in the page world (first one). */
export async function firstMarkRect(target: Target): Promise<{ x: number; y: number }> {
  return target.evaluate(() => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range> & { priority: number }> }).highlights;
    let first: Range | undefined;
    reg.forEach((h) => {
      if (!first && h.priority === 0) first = [...h][0];
    });
    const r = first!;
    r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const b = r.getClientRects()[0]!;
    return { x: b.left + Math.min(4, b.width / 2), y: b.top + b.height / 2 };
  });
}

export async function waitForOverlay(b: ExtBrowser, page: Page, what = 'the overlay', ms = 15_000): Promise<OverlayInfo> {
  return (await waitFor(async () => {
    const info = await overlayInfo(b, page);
    return info.banner && info.marks > 0 ? info : null;
  }, what, ms))!;
}

/** Every text node's data, in document order (to prove the page's text was not touched). */
export async function textSnapshot(page: Page): Promise<{ texts: string[]; bodyChildren: number }> {
  return page.evaluate((re) => {
    const out: string[] = [];
    const w = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) out.push((n as Text).data);
    const bodyChildren = [...document.body.children].filter((c) => !new RegExp(re, 'i').test(c.tagName)).length;
    return { texts: out, bodyChildren };
  }, HOST_TAG_RE.source);
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
}

/**
 * Read the watcher's shared state in the extension's isolated world of every frame (through
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
        const s = (globalThis as unknown as Record<symbol, { rev: number; verdict: { kind: string; truncated?: boolean } | null; overlay: boolean; sample: { text: string } | null } | undefined>)[Symbol.for('loan-guard.page')];
        return s
          ? { rev: s.rev, kind: s.verdict?.kind ?? null, truncated: !!s.verdict?.truncated, overlay: s.overlay, sampleChars: s.sample?.text.length ?? 0 }
          : null;
      },
    });
    return res.map((r) => ({ frameId: r.frameId, ...(r.result as object) })) as never;
  }, tabId);
}

/** Wait until the watcher in the top frame (or every frame) has checked the page at least once. */
export async function waitForDetector(b: ExtBrowser, tabId: number, allFrames = false): Promise<DetectorView[]> {
  return (await waitFor(async () => {
    const views = await detectorState(b, tabId);
    const relevant = allFrames ? views : views.filter((v) => v.frameId === 0);
    return relevant.length > 0 && relevant.every((v) => v.rev > 0) ? views : null;
  }, 'the watcher to run', 15_000))!;
}
