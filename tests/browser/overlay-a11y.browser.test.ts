/**
 * Readable and accessible (issue 15): in light and dark, the note (compact and open) and a tip
 * card pass axe-core's WCAG 2.1 A/AA rules; CJK body text is at least 14 px and no title is
 * smaller than the text it heads.
 *
 * Our UI lives in a closed shadow root that axe (running in the page) cannot enter. The test
 * copies it — markup and our own stylesheet — into an open shadow root in the page, at the same
 * size, and runs axe there. Colours and sizes come from the same CSS, so contrast is checked on
 * what users see.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { inIsolatedWorld, launchBrowser, startServer, waitFor, type ExtBrowser, type TestServer } from './harness';
import { seeds } from './onpage-helpers';
import { clickOurs, shellPage, showFirstMark, ui, waitForNote } from './overlay-helpers';

interface Snapshot {
  html: string;
  css: string;
  sizes: { tag: string; cls: string; secondary: boolean; px: number; text: string }[];
}

/** Our UI's markup, stylesheet and text sizes, read in the isolated world. */
async function snapshot(b: ExtBrowser, page: Page): Promise<Snapshot> {
  return inIsolatedWorld(b, page, () => {
    const s = (globalThis as unknown as Record<symbol, { shadow: ShadowRoot | null } | undefined>)[Symbol.for('loan-guard.page')];
    const root = s!.shadow!;
    const css = root.adoptedStyleSheets.flatMap((sh) => [...sh.cssRules].map((r) => r.cssText)).join('\n');
    const sizes = [...root.querySelectorAll<HTMLElement>('h2, h3, h4, p, li, button, span')]
      .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && /[\u3400-\u9fff]/.test(n.textContent ?? '')))
      .map((e) => ({ tag: e.tagName.toLowerCase(), cls: e.className, secondary: !!e.closest('.brand, .small, .src, .quote'), px: parseFloat(getComputedStyle(e).fontSize), text: (e.textContent ?? '').slice(0, 20) }));
    return { html: root.querySelector('.lg')!.outerHTML, css, sizes };
  });
}

/** Put a copy of our UI into an open shadow root in the page and run axe on it. */
async function axeOnCopy(page: Page, snap: Snapshot) {
  await page.evaluate(({ html, css }) => {
    document.getElementById('lg-copy')?.remove();
    const host = document.createElement('div');
    host.id = 'lg-copy';
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    const t = document.createElement('template');
    t.innerHTML = html; // test-only copy of our own markup
    root.append(t.content);
    document.body.append(host);
  }, snap);
  const r = await new AxeBuilder({ page }).include('#lg-copy').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  await page.evaluate(() => document.getElementById('lg-copy')?.remove());
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Body text ≥ 14 px; secondary lines (brand, hints, sources) ≥ 13 px; titles ≥ body. */
function typeProblems(snap: Snapshot): string[] {
  const out: string[] = [];
  const body = snap.sizes.filter((s) => !/^h[2-4]$/.test(s.tag) && !s.secondary);
  for (const s of snap.sizes) {
    const min = s.secondary ? 13 : 14;
    if (s.px < min) out.push(`${s.tag}.${s.cls} "${s.text}" is ${s.px}px`);
  }
  const maxBody = Math.max(0, ...body.map((s) => s.px));
  for (const s of snap.sizes.filter((x) => /^h[2-4]$/.test(x.tag))) {
    if (s.px < maxBody && !s.cls.includes('line')) out.push(`title ${s.tag} "${s.text}" ${s.px}px < body ${maxBody}px`);
  }
  return out;
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`the overlay in ${scheme}`, () => {
    let server: TestServer;
    let b: ExtBrowser;
    beforeAll(async () => {
      server = await startServer();
      b = await launchBrowser({ colorScheme: scheme });
    });
    afterAll(async () => {
      await b?.close();
      await server?.close();
    });

    test('compact, open and a tip card: axe-clean, readable sizes', async () => {
      const seed = seeds()[3]!;
      const page = await b.context.newPage();
      // The copy is a new element: without this its entrance fade would run while axe measures contrast.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(server.page('/a11y.html', shellPage(seed.title, seed.text)));
      const tabId = await b.tabIdOf(page);
      await waitForNote(b, tabId);

      const compact = await snapshot(b, page);
      expect(await axeOnCopy(page, compact)).toEqual([]);
      expect(typeProblems(compact)).toEqual([]);

      await clickOurs(page, b, tabId, (x) => x.text === '看要点');
      await waitFor(async () => ((await ui(b, tabId)).mode === 'open' ? true : null), 'the open note');
      const mark = await showFirstMark(page);
      await page.mouse.click(mark!.x, mark!.y);
      await waitFor(async () => ((await ui(b, tabId)).card ? true : null), 'a tip card');
      const open = await snapshot(b, page);
      expect(open.html).toContain('class="card"');
      expect(await axeOnCopy(page, open)).toEqual([]);
      expect(typeProblems(open)).toEqual([]);
      await page.close();
    });
  });
}
