/**
 * Read the page, not its furniture (issue 13), in Chromium with the built extension: ordinary
 * corpus articles inside realistic page shells (tests/fixtures/shells.ts: a sidebar loan ad, a
 * 停息挂账 ad, an ad slot, "相关文章" links to overdue articles, comments) get no note, no overlay
 * and no badge; flagged corpus pages inside the same shells keep their verdict.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  closeBrowser, openBrowser, unexpectedErrors, waitFor, type ExtBrowser, type TestServer,
} from './harness';
import { overlayInfo, settle, waitForDetector } from './onpage-helpers';
import { ALL_FURNITURE, readCorpus, shell, type Furniture, type Layout } from '../fixtures/shells';

let server: TestServer;
let b: ExtBrowser;

beforeAll(async () => ({ server, b } = await openBrowser()));
afterAll(() => closeBrowser(b, server));

const corpus = new Map(readCorpus().map((r) => [r.id, r]));
const page = (id: string) => corpus.get(id)!;
/** Ordinary articles (labelled none): 物业费, 作业系统, an essay, a copywriting site. */
const ORDINARY = ['d046', 'd103', 'd083', 'd106'];
/** Flagged pages: overdue (美团生活费催收), lender (私人貸款), scam (a fake-SMS scheme). */
const FLAGGED = ['d002', 'd039', 'd006'];
const SHELLS: [readonly Furniture[], Layout][] = [
  [['loan-ad'], 'semantic'],
  [['relief-ad'], 'semantic'],
  [['related'], 'semantic'],
  [ALL_FURNITURE, 'semantic'],
  [ALL_FURNITURE, 'divs'],
];

describe('ordinary articles inside page shells', () => {
  for (const id of ORDINARY) {
    for (const [f, layout] of SHELLS) {
      test(`${id} with ${f.join(' + ')} (${layout}): no note, no overlay, no badge`, async () => {
        const url = server.page(`/shell-${id}-${f.join('-')}-${layout}.html`, shell(page(id).text, f, layout));
        const p = await b.context.newPage();
        await p.goto(url);
        const tabId = await b.tabIdOf(p);
        const [top] = await waitForDetector(b, tabId);
        expect(top!.kind).toBeNull();
        await settle(p, 500);
        const info = await overlayInfo(b, p);
        expect(info.hosts).toBe(0);
        expect(info.banner).toBe(false);
        expect(await b.badgeText(tabId)).toBe('');
        await p.close();
      });
    }
  }
});

describe('flagged pages inside page shells', () => {
  for (const id of FLAGGED) {
    for (const layout of ['semantic', 'divs'] as const) {
      test(`${id} (${page(id).label}, ${layout}): keeps its verdict`, async () => {
        const url = server.page(`/shell-${id}-${layout}.html`, shell(page(id).text, ALL_FURNITURE, layout));
        const p = await b.context.newPage();
        await p.goto(url);
        const info = await waitFor(async () => {
          const i = await overlayInfo(b, p);
          return i.banner ? i : null;
        }, 'the note on a flagged page in a shell', 15_000);
        expect(info!.kind).toBe(page(id).label);
        const tabId = await b.tabIdOf(p);
        await waitFor(async () => (await b.badgeText(tabId)) === '!', 'the badge');
        await p.close();
      });
    }
  }
});

test('no errors', () => {
  expect(unexpectedErrors(b.errors)).toEqual([]);
});
