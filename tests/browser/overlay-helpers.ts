/**
 * Helpers for the overlay UX tests: a realistic page shell (site header, article, comments,
 * a sticky bottom "立即申请" bar, "在线客服 / 返回顶部" floaters) around a seed article read from
 * ../shared at run time, and a view of our UI read in the extension's isolated world (the
 * shadow root may be closed to the page), with rects for clicking it like a user would.
 */
import type { Page } from 'playwright-core';
import { waitFor, type ExtBrowser } from './harness';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page's own controls in the shell, by id (the tests check each stays reachable). */
export const SHELL_CONTROLS = ['nav-home', 'nav-loans', 'nav-login', 'bar-apply', 'bar-call', 'float-chat', 'float-top'];

export function shellPage(title: string, text: string): string {
  const paras = text
    .split(/\n+/)
    .filter((l) => l.trim())
    .map((l) => `<p>${esc(l)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
  body { margin: 0; font: 16px/1.7 sans-serif; }
  header { position: fixed; top: 0; left: 0; right: 0; height: 56px; background: #123; display: flex; align-items: center; gap: 8px; padding: 0 12px; z-index: 100; }
  header a { color: #fff; padding: 6px 8px; }
  main { max-width: 760px; margin: 0 auto; padding: 72px 16px 120px; }
  .comments li { margin: 8px 0; }
  .bar { position: fixed; left: 0; right: 0; bottom: 0; height: 60px; background: #fff3e0; display: flex; align-items: center; justify-content: center; gap: 12px; z-index: 100; box-shadow: 0 -2px 8px rgba(0,0,0,.1); }
  .bar button { font-size: 16px; padding: 10px 18px; }
  .float { position: fixed; right: 12px; width: 52px; height: 52px; border-radius: 26px; border: 0; background: #0a7; color: #fff; font-size: 12px; z-index: 101; }
  #float-chat { bottom: 140px; } #float-top { bottom: 80px; }
</style></head><body>
<header><a id="nav-home" href="#">首页</a><a id="nav-loans" href="#">贷款</a><a id="nav-login" href="#">登录</a></header>
<main><h1>${esc(title)}</h1>
${paras}
<section class="comments"><h2>网友评论</h2><ul>
<li>楼主说得对，我也遇到过。<button>回复</button></li>
<li>有没有人知道怎么和平台协商？<button>回复</button></li>
</ul></section></main>
<div class="bar"><button id="bar-apply">立即申请</button><button id="bar-call">电话咨询</button></div>
<button class="float" id="float-chat">在线客服</button>
<button class="float" id="float-top">返回顶部</button>
</body></html>`;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface UiView {
  /** the detector has a flagged verdict for this frame */
  flagged: boolean;
  present: boolean;
  warn: boolean;
  marks: number;
  mode: string | null;
  note: Box | null;
  noteText: string;
  card: Box | null;
  toast: string | null;
  /** the focused element inside our UI: its class and accessible label */
  active: string | null;
  /** every button: text, aria-label, rect */
  buttons: { text: string; label: string; box: Box }[];
  /** the note's focus outline (to check the ring is visible) */
  noteOutline: string | null;
}

/** Our UI as the extension sees it, in the tab's top frame. */
export async function ui(b: ExtBrowser, tabId: number): Promise<UiView> {
  return b.serviceWorker.evaluate(async (id: number) => {
    const c = (globalThis as unknown as {
      chrome: { scripting: { executeScript(d: object): Promise<Array<{ result?: unknown }>> } };
    }).chrome;
    const [res] = await c.scripting.executeScript({
      target: { tabId: id, frameIds: [0] },
      func: () => {
        type State = { shadow: ShadowRoot | null; verdict: { kind: string } | null };
        const s = (globalThis as unknown as Record<symbol, State | undefined>)[Symbol.for('loan-guard.page')];
        const root = s?.shadow ?? null;
        const box = (e: Element | null | undefined) => {
          if (!e) return null;
          const r = e.getBoundingClientRect();
          return { left: r.left, top: r.top, width: r.width, height: r.height };
        };
        const lg = root?.querySelector('.lg');
        const note = root?.querySelector('.note') ?? null;
        const a = root?.activeElement as HTMLElement | null | undefined;
        return {
          flagged: !!s?.verdict && s.verdict.kind !== 'none',
          present: !!root,
          warn: lg?.getAttribute('data-warn') === '1',
          marks: Number(lg?.getAttribute('data-marks') ?? 0),
          mode: note?.getAttribute('data-mode') ?? null,
          note: box(note),
          noteText: note?.textContent ?? '',
          card: box(root?.querySelector('.card')),
          toast: root?.querySelector('.toast')?.textContent ?? null,
          active: a ? `${a.className}|${a.getAttribute('aria-label') ?? ''}` : null,
          buttons: [...(root?.querySelectorAll('button') ?? [])].map((btn) => ({
            text: btn.textContent ?? '', label: btn.getAttribute('aria-label') ?? '', box: box(btn)!,
          })),
          noteOutline: note ? getComputedStyle(note).outlineStyle + ' ' + getComputedStyle(note).outlineWidth : null,
        };
      },
    });
    return res!.result as never;
  }, tabId);
}

export async function waitForNote(b: ExtBrowser, tabId: number, what = 'the note'): Promise<UiView> {
  return (await waitFor(async () => {
    const v = await ui(b, tabId);
    return v.note && v.note.left >= 0 && v.marks > 0 ? v : null;
  }, what, 20_000))!;
}

/** Click one of our buttons the way a user does (a real, trusted mouse click at its centre). */
export async function clickOurs(page: Page, b: ExtBrowser, tabId: number, match: (x: { text: string; label: string }) => boolean): Promise<void> {
  // A note that just changed size is placed again on its next frame: click only once the
  // button is in the viewport and has not moved between two reads (as a user's eye would).
  const vp = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
  let last = '';
  let names = '';
  const box = (await waitFor(async () => {
    const v = await ui(b, tabId);
    names = v.buttons.map((x) => x.text || x.label).join(' / ');
    const btn = v.buttons.find(match);
    if (!btn) return null;
    const r = btn.box;
    const key = JSON.stringify(r);
    const steady = key === last;
    last = key;
    const inside = r.width > 0 && r.left >= 0 && r.top >= 0 && r.left + r.width <= vp.w && r.top + r.height <= vp.h;
    return steady && inside ? r : null;
  }, 'the button, in view and still').catch((e: Error) => {
    throw new Error(`${e.message} (buttons: ${names})`);
  }))!;
  await page.mouse.click(box.left + box.width / 2, box.top + box.height / 2);
}

/** For each page control: is the element at its centre the control itself (not us)? */
export async function controlsReachable(page: Page, ids: string[]): Promise<Record<string, boolean>> {
  return page.evaluate((list) => {
    const out: Record<string, boolean> = {};
    for (const id of list) {
      const el = document.getElementById(id)!;
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      out[id] = !!hit && (hit === el || el.contains(hit));
    }
    return out;
  }, ids);
}

/**
 * Scroll the first painted mark to `at` (40 %) of the viewport's height and return its centre
 * (viewport px). Page world: CSS.highlights is shared by the page and the extension.
 */
export async function showFirstMark(page: Page, at = 0.4): Promise<{ x: number; y: number; text: string } | null> {
  const y = await page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [, set] of h) for (const r of set) {
      const rect = r.getClientRects()[0];
      if (rect) return rect.top + scrollY;
    }
    return null;
  });
  if (y === null) return null;
  await page.evaluate(([top, f]) => window.scrollTo({ top: top! - innerHeight * f!, behavior: 'instant' as ScrollBehavior }), [y, at]);
  return page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [, set] of h) for (const r of set) {
      const rect = r.getClientRects()[0];
      if (rect) return { x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2, text: r.toString() };
    }
    return null;
  });
}

export const coverage = (b: Box | null, vp: { width: number; height: number }) =>
  b ? (Math.max(0, Math.min(b.left + b.width, vp.width) - Math.max(b.left, 0)) * Math.max(0, Math.min(b.top + b.height, vp.height) - Math.max(b.top, 0))) / (vp.width * vp.height) : 0;
